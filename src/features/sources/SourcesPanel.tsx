import { type FormEvent, useId, useMemo, useState } from 'react';
import type { Source } from '../../domain/schema';
import { sourceByline } from '../../domain/sourceText';
import { citationCounts } from '../../domain/workspace';
import { useApp, useBoundActions } from '../../store/context';
import { createEvidenceActions } from '../../store/evidenceActions';
import { selectActiveScenario } from '../../store/selectors';
import { EMPTY_SOURCE_FIELDS, SourceFields, type SourceFieldValues } from '../editor/SourceFields';
import { readSourceFields, sourceToFields } from '../editor/sourceForm';
import { SubmitOrCancel } from '../../ui/SubmitOrCancel';
import { CheckAllQuotes } from '../evidence/CheckAllQuotes';
import { SourceTextControls } from '../evidence/SourceTextControls';
import '../evidence/evidence.css';
import { count, text } from '../../i18n/core';
import { panelsText } from '../../i18n/en/panels';
import { useToolbarHeight } from '../../ui/useToolbarHeight';

function SourceEditor({ initial, submitLabel, onSubmit, onCancel }: {
  initial: SourceFieldValues;
  submitLabel: string;
  onSubmit(values: SourceFieldValues): boolean;
  onCancel(): void;
}) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof SourceFieldValues, string>>>({});
  function submit(event: FormEvent) {
    event.preventDefault();
    const read = readSourceFields(values);
    if (!read.ok) return setErrors(read.errors);
    if (onSubmit(values)) onCancel();
  }
  return (
    <form onSubmit={submit} className="stack" aria-label={submitLabel}>
      <SourceFields values={values} errors={errors} onChange={(next) => { setValues(next); setErrors({}); }} />
      <SubmitOrCancel submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}

/** The bibliography: every source, how often the scenario on screen cites it, and its details. */
export function SourcesPanel() {
  useToolbarHeight();
  const id = useId();
  const actions = useBoundActions(createEvidenceActions);
  const sources = useApp((state) => state.workspace.sources);
  const scenario = useApp(selectActiveScenario);
  const setPanel = useApp((state) => state.setPanel);
  const counts = useMemo(() => citationCounts(scenario), [scenario]);
  const [editing, setEditing] = useState<string | 'new' | null>(null);

  const save = (source: Source | null) => (values: SourceFieldValues) => {
    const read = readSourceFields(values);
    if (!read.ok) return false;
    if (source) return actions.updateSource(source.id, read.draft);
    return actions.addSource(read.draft) !== null;
  };

  const S = text(panelsText).sources;
  return (
    <aside className="side-panel sources" aria-labelledby={`${id}-heading`}>
      <header className="side-panel__header">
        <h2 id={`${id}-heading`}>{S.heading}</h2>
        <button type="button" className="side-panel__close" aria-label={S.close} onClick={() => setPanel(null)}>
          ×
        </button>
      </header>
      <CheckAllQuotes />
      <ul className="sources__list">
        {sources.map((source) => {
          const citedTimes = counts.get(source.id) ?? 0;
          return (
            <li key={source.id} className="sources__item">
              {editing === source.id ? (
                <SourceEditor initial={sourceToFields(source)} submitLabel={S.save} onSubmit={save(source)} onCancel={() => setEditing(null)} />
              ) : (
                <>
                  <p className="sources__title">
                    <cite>{source.title}</cite>
                  </p>
                  <p className="sources__byline">{sourceByline(source, S)}</p>
                  {source.url && (
                    <p>
                      <a href={source.url} target="_blank" rel="noopener noreferrer">
                        {source.url}
                      </a>
                    </p>
                  )}
                  <p className="sources__count">
                    {citedTimes === 0 ? S.notCited : count(S.cited, citedTimes)}
                  </p>
                  <SourceTextControls source={source} />
                  <div className="form-actions">
                    <button type="button" onClick={() => setEditing(source.id)} aria-label={S.editLabel({ title: source.title })}>
                      {S.edit}
                    </button>
                    <button type="button" onClick={() => actions.removeSource(source.id)} aria-label={S.deleteLabel({ title: source.title })}>
                      {S.delete}
                    </button>
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {editing === 'new' ? (
        <SourceEditor initial={EMPTY_SOURCE_FIELDS} submitLabel={S.add} onSubmit={save(null)} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" onClick={() => setEditing('new')}>
          {S.addButton}
        </button>
      )}
    </aside>
  );
}
