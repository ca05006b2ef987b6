import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { Factor } from '../../domain/schema';
import { parseTags } from '../../domain/sourceText';
import { useActions, useApp } from '../../store/context';
import { selectEditedFactor } from '../../store/selectors';
import { CitationList } from './CitationList';
import { FactorMethodFields } from '../strategy/FactorMethodFields';
import { useCommittedField } from './useCommittedField';
import './editor.css';
import { cellLabel } from '../../i18n/axes';
import { text } from '../../i18n/core';
import { panelsText } from '../../i18n/en/panels';
import { useToolbarHeight } from '../../ui/useToolbarHeight';

function FactorFields({ factor }: { factor: Factor }) {
  const id = useId();
  const actions = useActions();
  const title = useCommittedField(factor.title, (value) => value.trim() && actions.updateFactor(factor.id, { title: value }));
  const note = useCommittedField(factor.note, (value) => actions.updateFactor(factor.id, { note: value }));
  const tags = useCommittedField(factor.tags.join(', '), (value) => actions.updateFactor(factor.id, { tags: parseTags(value) }));
  const [titleError, setTitleError] = useState<string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);

  useEffect(() => titleRef.current?.focus(), [factor.id]);

  function commitTitle(): void {
    if (!title.changed) return;
    if (!title.value.trim()) {
      setTitleError(text(panelsText).editor.titleNeeded);
      return;
    }
    setTitleError(null);
    title.commit();
  }

  const onTitleKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commitTitle();
    }
  };

  const S = text(panelsText).editor;
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-title`}>{S.title}</label>
        <input
          ref={titleRef}
          id={`${id}-title`}
          value={title.value}
          maxLength={200}
          required
          dir="auto"
          onChange={(event) => {
            title.setValue(event.target.value);
            setTitleError(null);
          }}
          onBlur={commitTitle}
          onKeyDown={onTitleKey}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? `${id}-title-error` : undefined}
        />
        {titleError && (
          <p className="field__error" id={`${id}-title-error`} role="alert">
            {titleError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{S.note}</label>
        <textarea
          id={`${id}-note`}
          value={note.value}
          rows={5}
          maxLength={20000}
          dir="auto"
          onChange={(event) => note.setValue(event.target.value)}
          onBlur={note.commit}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-impact`}>{S.impact}</label>
          <select
            id={`${id}-impact`}
            value={factor.impact ?? ''}
            onChange={(event) =>
              actions.updateFactor(factor.id, { impact: event.target.value === '' ? null : Number(event.target.value) })
            }
          >
            <option value="">{S.notSet}</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n} {n === 1 ? S.low : n === 5 ? S.high : ''}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--grow">
          <label htmlFor={`${id}-tags`}>{S.tags}</label>
          <input
            id={`${id}-tags`}
            value={tags.value}
            onChange={(event) => tags.setValue(event.target.value)}
            onBlur={tags.commit}
          />
        </div>
      </div>
      <FactorMethodFields factor={factor} />
      <CitationList factor={factor} />
    </>
  );
}

/** The side panel for one factor. Fields commit when left; Escape closes and returns focus to the card. */
export function FactorEditor() {
  useToolbarHeight();
  const headingId = useId();
  const actions = useActions();
  const factorId = useApp((state) => state.editing?.factorId ?? null);
  const factor = useApp(selectEditedFactor);
  const close = useApp((state) => state.setEditing);

  useEffect(() => {
    if (factorId && !factor) close(null);
  }, [factorId, factor, close]);

  if (!factor) return null;

  function closeEditor() {
    // Blur first so a field being typed in commits before the panel goes.
    (document.activeElement as HTMLElement | null)?.blur();
    close(null);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-factor-id="${CSS.escape(factor!.id)}"]`)?.focus());
  }

  const S = text(panelsText).editor;
  return (
    // A non-modal dialog beside the matrix. Its header and footer are plain blocks: inside a
    // dialog, <header> and <footer> would be the page's banner and content-info landmarks.
    <div
      className="editor"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          closeEditor();
        }
      }}
    >
      <div className="editor__header">
        <h2 id={headingId}>{S.heading}</h2>
        <p className="editor__cell">{cellLabel(factor)}</p>
        <button type="button" className="editor__close" onClick={closeEditor} aria-label={S.close}>
          ×
        </button>
      </div>
      <div className="editor__body">
        <FactorFields key={factor.id} factor={factor} />
      </div>
      <div className="editor__footer">
        <button type="button" className="button--danger" onClick={() => actions.removeFactor(factor.id)}>
          {S.delete}
        </button>
        <button type="button" onClick={closeEditor}>
          {S.done}
        </button>
      </div>
    </div>
  );
}
