import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import { text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';

// The menu's items and the exporters load when it is first opened (or when the page is idle).
const ExportMenuList = lazy(() => import('./ExportMenuList').then((m) => ({ default: m.ExportMenuList })));

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
      {open && (
        <Suspense fallback={null}>
          <ExportMenuList id={id} button={button} onClose={close} />
        </Suspense>
      )}
    </div>
  );
}
