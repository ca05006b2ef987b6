import { useEffect } from 'react';
import type { Citation } from '../../domain/schema';
import { evidenceStrings as S } from './strings';
import { showInSource } from './showInSource';
import { checkCitation, ensureTextsLoaded, useSourceTexts } from './useSourceTexts';

/** How a citation's quote stands in its source's attached text, and a way to see it there. */
export function QuoteCheckBadge({ citation }: { citation: Citation }) {
  const texts = useSourceTexts((state) => state.texts);
  useEffect(ensureTextsLoaded, []);
  const result = checkCitation(texts, citation.sourceId, citation.quote, citation.locator);
  if (result.status === 'no-quote') return null;
  const attached = texts.get(citation.sourceId);
  return (
    <div className={`quote-check quote-check--${result.status}`}>
      <span className="quote-check__status" title={S.statusHint[result.status]}>
        <span aria-hidden="true">{result.status === 'verified' ? '✓' : result.status === 'close' ? '≈' : result.status === 'not-found' ? '✗' : '○'} </span>
        {S.status[result.status]}
      </span>
      {result.status === 'close' && (
        <p className="quote-check__passage">
          {S.sourceSays} <q dir="auto">{result.passage}</q>
        </p>
      )}
      {attached && (result.status === 'verified' || result.status === 'close') && (
        <button type="button" className="button--small" onClick={() => showInSource(attached, citation.sourceId, result, citation.locator)}>
          {S.showInSource}
        </button>
      )}
    </div>
  );
}
