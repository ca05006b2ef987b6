import { type FormEvent, useId, useState } from 'react';
import type { Citation } from '../../domain/schema';
import { useApp, useBoundActions } from '../../store/context';
import { createEvidenceActions } from '../../store/evidenceActions';
import { EMPTY_SOURCE_FIELDS, SourceFields, type SourceFieldValues } from './SourceFields';
import { readSourceFields } from './sourceForm';
import { SubmitOrCancel } from '../../ui/SubmitOrCancel';
import { text } from '../../i18n/core';
import { panelsText } from '../../i18n/en/panels';

const NEW_SOURCE = '__new__';

interface CitationFormProps {
  initial?: Citation;
  submitLabel: string;
  onSubmit(citation: Citation): boolean;
  onCancel(): void;
}

/** Adds or edits one citation; the source is one already known, or a new one typed here. */
export function CitationForm({ initial, submitLabel, onSubmit, onCancel }: CitationFormProps) {
  const id = useId();
  const actions = useBoundActions(createEvidenceActions);
  const sources = useApp((state) => state.workspace.sources);
  const [sourceId, setSourceId] = useState(initial?.sourceId ?? sources[0]?.id ?? NEW_SOURCE);
  const [newSource, setNewSource] = useState<SourceFieldValues>(EMPTY_SOURCE_FIELDS);
  const [sourceErrors, setSourceErrors] = useState<Partial<Record<keyof SourceFieldValues, string>>>({});
  const [locator, setLocator] = useState(initial?.locator ?? '');
  const [quote, setQuote] = useState(initial?.quote ?? '');
  const [translation, setTranslation] = useState(initial?.quoteTranslation ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    let chosen = sourceId;
    if (sourceId === NEW_SOURCE) {
      const read = readSourceFields(newSource);
      if (!read.ok) {
        setSourceErrors(read.errors);
        return;
      }
      const created = actions.addSource(read.draft);
      if (!created) return;
      chosen = created;
      setSourceId(created);
      setNewSource(EMPTY_SOURCE_FIELDS);
    }
    // What this form does not edit (the evidence label, set beside the citation) stays as it was.
    const citation: Citation = { ...initial, sourceId: chosen, locator: locator.trim(), quote: quote.trim() };
    if (translation.trim()) citation.quoteTranslation = translation.trim();
    else delete citation.quoteTranslation;
    if (onSubmit(citation)) onCancel();
  }

  const S = text(panelsText).citations;
  return (
    <form className="citation-form" onSubmit={submit} aria-label={submitLabel}>
      <div className="field">
        <label htmlFor={`${id}-source`}>{S.source}</label>
        <select id={`${id}-source`} value={sourceId} onChange={(event) => setSourceId(event.target.value)}>
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.title.length > 70 ? `${source.title.slice(0, 68)}…` : source.title}
            </option>
          ))}
          <option value={NEW_SOURCE}>{S.newSource}</option>
        </select>
      </div>
      {sourceId === NEW_SOURCE && (
        <SourceFields
          values={newSource}
          errors={sourceErrors}
          onChange={(values) => {
            setNewSource(values);
            setSourceErrors({});
          }}
        />
      )}
      <div className="field">
        <label htmlFor={`${id}-locator`}>{S.locator}</label>
        <input id={`${id}-locator`} value={locator} maxLength={300} onChange={(event) => setLocator(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-quote`}>{S.quote}</label>
        <textarea id={`${id}-quote`} value={quote} rows={3} maxLength={2000} onChange={(event) => setQuote(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-translation`}>{S.quoteTranslation}</label>
        <textarea
          id={`${id}-translation`}
          value={translation}
          rows={2}
          maxLength={2000}
          onChange={(event) => setTranslation(event.target.value)}
        />
      </div>
      <SubmitOrCancel submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
