import { useCallback, useId, useRef, useState } from 'react';
import { closableFailed } from '../../app/OverlayFailed';
import { preloadable } from '../../app/preloadable';
import { text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';

// The menu's items and the exporters load when it is first opened (or when the page is idle).
export const ExportMenuList = preloadable(() => import('./ExportMenuList').then((m) => m.ExportMenuList), undefined, closableFailed);

/** "Export as…": a menu button (WAI-ARIA menu pattern): arrows move, Enter chooses, Escape closes. */
export function ExportMenu() {
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);

  return (
    <div className="menu-button">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {text(appText).transfer.exportAs}
      </button>
      {open && <ExportMenuList id={id} button={button} onClose={close} />}
    </div>
  );
}
