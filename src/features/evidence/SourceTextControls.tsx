import { useEffect, useMemo, useState } from 'react';
import type { Source } from '../../domain/schema';
import { formatBytes } from './formatBytes';
import { AttachTextForm } from './AttachTextForm';
import { useApp } from '../../store/context';
import { selectActiveScenario } from '../../store/selectors';
import { evidenceStrings as S } from './strings';
import { useReader } from './useReader';
import { checkCitation, ensureTextsLoaded, useSourceTexts } from './useSourceTexts';

/** A source's attached text: its size, how many of the scenario's quotes it verifies, and controls. */
export function SourceTextControls({ source }: { source: Source }) {
  const attached = useSourceTexts((state) => state.texts.get(source.id));
  const texts = useSourceTexts((state) => state.texts);
  const remove = useSourceTexts((state) => state.remove);
  const scenario = useApp(selectActiveScenario);
  const toast = useApp((state) => state.toast);
  const [attaching, setAttaching] = useState(false);
  useEffect(ensureTextsLoaded, []);

  const tally = useMemo(() => {
    if (!attached) return null;
    let total = 0;
    let verified = 0;
    for (const factor of scenario.factors) {
      for (const citation of factor.citations) {
        if (citation.sourceId !== source.id || !citation.quote.trim()) continue;
        total++;
        if (checkCitation(texts, source.id, citation.quote, citation.locator).status === 'verified') verified++;
      }
    }
    return { total, verified };
  }, [attached, texts, scenario, source.id]);

  if (attaching) return <AttachTextForm source={source} onDone={() => setAttaching(false)} />;
  return (
    <div className="source-text">
      <p className="source-text__state">
        {attached ? S.attached(attached.record.origin, formatBytes(attached.record.bytes)) : S.noText}
        {tally && tally.total > 0 && <span className="source-text__tally"> · {S.sourceTally(tally.verified, tally.total)}</span>}
      </p>
      <div className="form-actions">
        <button type="button" onClick={() => setAttaching(true)} aria-label={`${attached ? S.replaceText : S.attachText} ${source.title}`}>
          {attached ? S.replaceText : S.attachText}
        </button>
        {attached && (
          <>
            <button type="button" onClick={() => useReader.getState().open({ sourceId: source.id, highlight: null, locator: '' })} aria-label={`${S.showText} ${source.title}`}>
              {S.showText}
            </button>
            <button
              type="button"
              onClick={() => void remove(source.id).then((done) => done && toast(S.removedToast(source.title)))}
              aria-label={`${S.removeText} ${source.title}`}
            >
              {S.removeText}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
