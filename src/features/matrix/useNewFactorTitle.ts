import { type ChangeEvent, type FormEvent, type KeyboardEvent, useState } from 'react';
import type { Cell } from '../../domain/axes';
import { useActions } from '../../store/context';
import { text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';

/**
 * The behaviour every "new factor" field shares, in the grid and in Present mode: Enter adds
 * through the store (so it can be undone), an empty title is refused with a message, Escape cancels.
 */
export function useNewFactorTitle(cell: Cell, onAdded: (factorId: string) => void, onCancel: () => void, startingTitle = '') {
  const actions = useActions();
  const [title, setTitle] = useState(startingTitle);
  const [error, setError] = useState<string | null>(null);

  function submit() {
    if (!title.trim()) {
      setError(text(appText).matrix.titleFirst);
      return;
    }
    const id = actions.addFactor(cell, { title });
    if (id) onAdded(id);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    submit();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter adds at once, rather than through the form's implicit submission: the keypress,
    // textInput, change and submit events on the way there took about 2 ms of an add at 100
    // factors. While an input method composes a word, its Enter finishes the word instead.
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
      return;
    }
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  }

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    setTitle(event.target.value);
    setError(null);
  }

  return { title, error, submit, onSubmit, onKeyDown, onChange };
}
