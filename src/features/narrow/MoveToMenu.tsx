import { useEffect, useId, useRef, useState } from 'react';
import { ALL_CELLS, type Cell, sameCell } from '../../domain/axes';
import { useActions, useAppStore } from '../../store/context';
import { selectCellIds, selectFactor } from '../../store/selectors';
import { useShownCell } from './shownCell';
import { cellLabel } from '../../i18n/axes';
import { text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';
import { narrowText } from '../../i18n/en/narrow';
import { onMenuKeyDown } from '../../ui/menuKeys';

/** "Move to…": a menu naming all 16 cells, for moving a card where dragging is awkward. */
export function MoveToMenu({ factorId, cell }: { factorId: string; cell: Cell }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const store = useAppStore();
  const actions = useActions();
  const title = () => selectFactor(store.getState(), factorId)?.title ?? '';

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role=menuitem]:not([aria-disabled=true])')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && event.target !== button.current) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  function moveTo(target: Cell) {
    const name = title();
    setOpen(false);
    const end = selectCellIds(store.getState(), target).length;
    if (!actions.moveFactor(factorId, target, end)) return;
    const S = text(appText).matrix;
    store.getState().announce(S.moved({ title: name, where: S.position({ cell: cellLabel(target), position: end + 1, total: end + 1 }) }));
    useShownCell.getState().show(target);
  }

  return (
    <div className="move-to">
      <button
        ref={button}
        type="button"
        className="move-to__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        aria-label={text(narrowText).moveTo({ title: title() })}
        onClick={() => setOpen((value) => !value)}
      >
        ⇄
      </button>
      {open && (
        <ul ref={menu} id={`${id}-menu`} role="menu" aria-label={text(narrowText).moveMenu({ title: title() })} className="menu move-to__menu" onKeyDown={(event) => onMenuKeyDown(event, close)}>
          {ALL_CELLS.map((target) => {
            const here = sameCell(target, cell);
            return (
              <li key={`${target.pest}:${target.swot}`} role="none">
                <button
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  aria-disabled={here}
                  className={`move-to__item move-to__item--${target.swot}`}
                  onClick={() => !here && moveTo(target)}
                >
                  {cellLabel(target)}
                  {here && <span className="move-to__here"> {text(narrowText).here}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
