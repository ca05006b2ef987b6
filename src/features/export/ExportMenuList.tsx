import { type RefObject, useEffect, useRef } from 'react';
import { useAppStore } from '../../store/context';
import { selectActiveScenario } from '../../store/selectors';
import type { ExportFormat } from './exportAs';
import { exportStrings as S } from './strings';
import { usePrint } from './usePrint';
import { onMenuKeyDown } from '../../ui/menuKeys';

const items = (): Array<{ format: ExportFormat; label: string }> => [
  { format: 'print', label: S.print },
  { format: 'markdown', label: S.markdown },
  { format: 'factors-csv', label: S.factorsCsv },
  { format: 'strategies-csv', label: S.strategiesCsv },
  { format: 'citations-csv', label: S.citationsCsv },
  { format: 'all-factors-csv', label: S.allFactorsCsv },
  { format: 'all-citations-csv', label: S.allCitationsCsv },
  { format: 'pptx', label: S.pptx },
  { format: 'png', label: S.png },
  { format: 'svg', label: S.svg },
  { format: 'json-with-texts', label: S.jsonWithTexts },
];

/** The open "Export as…" menu: its items, arrow keys, and the export chosen. Loaded when first opened. */
export function ExportMenuList({ id, button, onClose }: { id: string; button: RefObject<HTMLButtonElement | null>; onClose(): void }) {
  const store = useAppStore();
  const menu = useRef<HTMLUListElement>(null);

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && event.target !== button.current) onClose();
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [button, onClose]);

  function close() {
    onClose();
    button.current?.focus();
  }

  async function choose(format: ExportFormat) {
    close();
    if (format === 'print') return usePrint.getState().start();
    const state = store.getState();
    const { exportAs, exportHeavy, exportWithTexts } = await import('./exportAs');
    const scenario = selectActiveScenario(state);
    const label = items().find((item) => item.format === format)!.label;
    try {
      let file: string;
      if (format === 'json-with-texts') file = await exportWithTexts(scenario, state.workspace);
      else if (format === 'png' || format === 'svg' || format === 'pptx') {
        state.announce(S.preparing(label));
        file = await exportHeavy(format, scenario, state.workspace.sources);
      } else file = exportAs(format, scenario, state.workspace.scenarios, state.workspace.sources);
      state.announce(S.exported(file));
    } catch (error) {
      console.error(error);
      state.toast(S.failed(label), { tone: 'error' });
    }
  }

  return (
    <ul ref={menu} id={`${id}-menu`} role="menu" aria-label={S.menuLabel} className="menu" onKeyDown={(event) => onMenuKeyDown(event, close)}>
      {items().map((item) => (
        <li key={item.format} role="none">
          <button type="button" role="menuitem" tabIndex={-1} onClick={() => void choose(item.format)}>
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
