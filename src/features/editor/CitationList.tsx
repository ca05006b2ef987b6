import { useState } from 'react';
import type { Factor } from '../../domain/schema';
import { sourceByline } from '../../domain/sourceText';
import { findSource } from '../../domain/workspace';
import { useApp, useBoundActions } from '../../store/context';
import { createEvidenceActions } from '../../store/evidenceActions';
import { CitationForm } from './CitationForm';
import { QuoteCheckBadge } from '../evidence/QuoteCheckBadge';
import { EvidenceKindSelect } from '../strategy/EvidenceKindSelect';
import '../evidence/evidence.css';
import { text } from '../../i18n/core';
import { panelsText } from '../../i18n/en/panels';

/** A factor's citations, each with its source in full, and controls to edit, reorder and remove. */
export function CitationList({ factor }: { factor: Factor }) {
  const actions = useBoundActions(createEvidenceActions);
  const workspace = useApp((state) => state.workspace);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const count = factor.citations.length;

  const S = text(panelsText).citations;
  return (
    <section className="citations" aria-labelledby="citations-heading">
      <h3 id="citations-heading">{S.heading({ count })}</h3>
      {count === 0 && <p className="muted">{S.none}</p>}
      <ol className="citations__list">
        {factor.citations.map((citation, index) => {
          const source = findSource(workspace, citation.sourceId);
          const n = index + 1;
          return (
            <li key={`${citation.sourceId}-${index}`} className="citation">
              {editing === index ? (
                <CitationForm
                  initial={citation}
                  submitLabel={S.save({ n })}
                  onSubmit={(next) => actions.updateCitation(factor.id, index, next)}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <>
                  <p className="citation__source">
                    <cite>{source?.title ?? S.unknownSource({ id: citation.sourceId })}</cite>
                    {source?.url && (
                      <>
                        {' '}
                        <a href={source.url} target="_blank" rel="noopener noreferrer">
                          {S.link}
                        </a>
                      </>
                    )}
                  </p>
                  {source && <p className="citation__byline">{sourceByline(source, text(panelsText).sources)}</p>}
                  {citation.locator && <p className="citation__locator">{citation.locator}</p>}
                  {citation.quote && (
                    <blockquote className="citation__quote" dir="auto">
                      {citation.quote}
                    </blockquote>
                  )}
                  <QuoteCheckBadge citation={citation} />
                  <EvidenceKindSelect factorId={factor.id} citation={citation} index={index} />
                  {citation.quoteTranslation && (
                    <p className="citation__translation">
                      <span className="citation__translation-label">{S.translation}</span>
                      {citation.quoteTranslation}
                    </p>
                  )}
                  <div className="citation__actions">
                    <button type="button" onClick={() => setEditing(index)} aria-label={S.editLabel({ n })}>
                      {S.edit}
                    </button>
                    <button
                      type="button"
                      disabled={index === 0}
                      onClick={() => actions.moveCitation(factor.id, index, index - 1)}
                      aria-label={S.up({ n })}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      disabled={index === count - 1}
                      onClick={() => actions.moveCitation(factor.id, index, index + 1)}
                      aria-label={S.down({ n })}
                    >
                      ↓
                    </button>
                    <button type="button" onClick={() => actions.removeCitation(factor.id, index)} aria-label={S.removeLabel({ n })}>
                      {S.remove}
                    </button>
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ol>
      {editing === 'new' ? (
        <CitationForm
          submitLabel={S.add}
          onSubmit={(citation) => actions.addCitation(factor.id, citation)}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button type="button" onClick={() => setEditing('new')}>
          {S.addButton}
        </button>
      )}
    </section>
  );
}
