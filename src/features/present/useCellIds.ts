import { useMemo } from 'react';
import type { Cell } from '../../domain/axes';
import { useApp } from '../../store/context';
import { selectCellIds } from '../../store/selectors';
import { useSameItems } from '../../store/useSameItems';

/** A cell's factor ids as the room should see them: in reveal mode, only those revealed so far. */
export function useCellIds(cell: Cell, revealed: ReadonlySet<string> | null): readonly string[] {
  const ids = useApp(useSameItems((state) => selectCellIds(state, cell)));
  return useMemo(() => (revealed ? ids.filter((id) => revealed.has(id)) : ids), [ids, revealed]);
}
