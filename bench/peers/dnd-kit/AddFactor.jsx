// Not in the story: "+ Add" opens a one-line field, and Enter adds a card at the end of the
// cell. It exists so that the bench's add-factor driver (which finds the app's accessible
// names) measures a plain React state update next to the app's.
import { useState } from 'react';
import { cellLabel } from '../shared/scenario.js';

export function AddFactor({ cell, onAdd }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const label = cellLabel(cell);
  if (!open) {
    return (
      <button type="button" className="cell__add" aria-label={`Add factor to ${label}`} onClick={() => setOpen(true)}>
        + Add
      </button>
    );
  }
  return (
    <form
      className="add-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!title.trim()) return;
        onAdd(cell, title.trim());
        setTitle('');
        setOpen(false);
      }}
    >
      <input
        className="add-form__input"
        aria-label={`New factor in ${label}`}
        placeholder="Factor title"
        value={title}
        autoFocus
        onChange={(event) => setTitle(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
      />
      <div className="add-form__hint">Enter to add · Esc to cancel</div>
    </form>
  );
}
