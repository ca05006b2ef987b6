import { useId } from 'react';
import { cellLabel } from '../../domain/axes';
import { diffToJson, isEmptyDiff } from '../../domain/diff';
import { downloadText, slug, today } from '../../io/download';
import { useApp } from '../../store/context';
import { selectActiveScenario, selectDiff } from '../../store/selectors';
import { ScenarioOptions } from './ScenarioOptions';

function Group({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <section className="compare__group">
      <h3>
        {title} ({items.length})
      </h3>
      <ul>
        {items.map((item, index) => (
          // Two factors may share a title; their position keeps the keys apart.
          <li key={index}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Compares the scenario on screen (B) with one the user picks (A). While it is open the
 * grid marks B's factors as added, moved or edited, and shows A's missing ones as removed.
 */
export function ComparePanel() {
  const id = useId();
  const active = useApp(selectActiveScenario);
  const compareWithId = useApp((state) => state.compareWithId);
  const setCompareWith = useApp((state) => state.setCompareWith);
  const setPanel = useApp((state) => state.setPanel);
  const result = useApp(selectDiff);

  const close = () => {
    setCompareWith(null);
    setPanel(null);
  };

  return (
    <aside className="side-panel compare" aria-labelledby={`${id}-heading`}>
      <header className="side-panel__header">
        <h2 id={`${id}-heading`}>Compare scenarios</h2>
        <button type="button" className="side-panel__close" aria-label="Close comparison" onClick={close}>
          ×
        </button>
      </header>
      <div className="field">
        <label htmlFor={`${id}-a`}>Compare “{active.name}” with</label>
        <select id={`${id}-a`} value={compareWithId ?? ''} onChange={(event) => setCompareWith(event.target.value || null)}>
          <option value="">Choose a scenario…</option>
          <ScenarioOptions except={active.id} />
        </select>
      </div>
      {result && (
        <div className="compare__result" aria-live="polite">
          <p className="compare__legend">
            Changes from <strong>{result.a.name}</strong> (A) to <strong>{result.b.name}</strong> (B, on screen). Cards are
            labelled Added, Moved, Edited or Removed.
          </p>
          {isEmptyDiff(result.diff) ? (
            <p>The two scenarios hold the same factors in the same cells.</p>
          ) : (
            <>
              <Group title="Only in B (added)" items={result.diff.onlyInB.map((f) => `${f.title} — ${cellLabel(f)}`)} />
              <Group title="Only in A (removed)" items={result.diff.onlyInA.map((f) => `${f.title} — ${cellLabel(f)}`)} />
              <Group
                title="Moved"
                items={result.diff.moved.map(({ factor, from, to }) => `${factor.title}: ${cellLabel(from)} → ${cellLabel(to)}`)}
              />
              <Group
                title="Edited"
                items={result.diff.edited.map(({ after, fields }) => `${after.title}: ${fields.join(', ')} changed`)}
              />
            </>
          )}
          <button
            type="button"
            onClick={() =>
              downloadText(
                `swot-pest-diff-${slug(result.a.name)}-vs-${slug(result.b.name)}-${today()}.json`,
                `${JSON.stringify(diffToJson(result.a, result.b, result.diff), null, 2)}\n`,
              )
            }
          >
            Export difference as JSON
          </button>
        </div>
      )}
    </aside>
  );
}
