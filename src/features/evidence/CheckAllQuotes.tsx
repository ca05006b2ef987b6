import { useState } from 'react';
import { checkScenario, type ScenarioCheck } from '../../domain/evidence/check';
import type { PreparedSource } from '../../domain/evidence/match';
import { useApp } from '../../store/context';
import { selectActiveScenario } from '../../store/selectors';
import { evidenceStrings as S } from './strings';
import { useSourceTexts } from './useSourceTexts';

/** "Check all quotes": the scenario's tally, and each quote that is not verified, with a way to its factor. */
export function CheckAllQuotes() {
  const scenario = useApp(selectActiveScenario);
  const setEditing = useApp((state) => state.setEditing);
  const texts = useSourceTexts((state) => state.texts);
  const [result, setResult] = useState<ScenarioCheck | null>(null);

  function run() {
    const prepared = new Map<string, PreparedSource>([...texts].map(([id, attached]) => [id, attached.prepared]));
    setResult(checkScenario(scenario, prepared));
  }
  const problems = result?.checks.filter((check) => check.result.status !== 'verified') ?? [];

  return (
    <section className="check-all" aria-label={S.checkAll}>
      <button type="button" onClick={run}>
        {S.checkAll}
      </button>
      {result && (
        <>
          <p role="status" className="check-all__summary">
            {S.summary(result.total, result.verified, result.close, result.notFound, result.noText)}
          </p>
          {problems.length > 0 && (
            <details open={problems.length <= 12}>
              <summary>{S.problems} ({problems.length})</summary>
              <ul className="check-all__problems">
                {problems.map((problem) => (
                  <li key={`${problem.factorId}-${problem.index}`}>
                    <span className={`quote-check__status quote-check--${problem.result.status}`}>{S.status[problem.result.status]}</span>{' '}
                    <button type="button" className="link-button" onClick={() => setEditing(problem.factorId)}>
                      {S.openFactor(problem.factorTitle)}
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
