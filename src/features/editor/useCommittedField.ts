import { useEffect, useState } from 'react';

/**
 * A text field edited locally and committed as one undoable step when the user is done,
 * rather than one step per keystroke. It follows the stored value when that changes (undo).
 */
export function useCommittedField(stored: string) {
  const [value, setValue] = useState(stored);
  useEffect(() => setValue(stored), [stored]);
  return { value, setValue, changed: value !== stored, reset: () => setValue(stored) };
}
