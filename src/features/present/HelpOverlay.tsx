import { helpSections } from './keymap';
import { PresentDialog } from './PresentDialog';
import { text } from '../../i18n/core';
import { presentText } from '../../i18n/en/present';

// A Mac user reads ⌘ where the list says Ctrl; the keys accept both anyway.
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
const shown = (key: string) => (isMac ? key.replace('Ctrl+', '⌘') : key);

/** Every shortcut of Present mode, from the keymap itself. A modal dialog: Escape or ? closes it. */
export function HelpOverlay({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <PresentDialog open={open} onClose={onClose} labelledBy="p-help-title" className="p-help">
      <div className="p-help__top">
        <h2 id="p-help-title">{text(presentText).help.title}</h2>
        <button type="button" className="p-button" onClick={onClose} autoFocus>
          {text(presentText).help.close} <kbd>Esc</kbd>
        </button>
      </div>
      <div className="p-help__sections">
        {helpSections().map((section) => (
          <section key={section.title} className="p-help__section" aria-labelledby={`p-help-${section.title}`}>
            <h3 id={`p-help-${section.title}`}>{section.title}</h3>
            <dl>
              {section.rows.map((row) => (
                <div key={row.label} className="p-help__row">
                  <dt>
                    {row.keys.map((key) => (
                      <kbd key={key}>{shown(key)}</kbd>
                    ))}
                  </dt>
                  <dd>{row.label}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </PresentDialog>
  );
}
