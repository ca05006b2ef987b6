import { useEffect, useRef, useState } from 'react';
import { holdDraft } from '../../store/drafts';

/**
 * A text field edited locally and committed as one undoable step when the user is done,
 * rather than one step per keystroke. It follows the stored value when that changes (undo).
 * While it holds uncommitted typing it is registered as a draft, so leaving the page commits it.
 */
export function useCommittedField(stored: string, save: (value: string) => void) {
  const [value, setValue] = useState(stored);
  useEffect(() => setValue(stored), [stored]);
  const changed = value !== stored;
  const latest = useRef({ value, save });
  latest.current = { value, save };
  useEffect(() => (changed ? holdDraft(() => latest.current.save(latest.current.value)) : undefined), [changed]);
  return { value, setValue, changed, reset: () => setValue(stored), commit: () => changed && save(value) };
}
