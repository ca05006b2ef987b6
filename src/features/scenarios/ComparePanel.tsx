import { useId } from 'react';
import { compareScenarios, diffMarks, diffToJson, isEmptyDiff, type ScenarioDiff } from '../../domain/diff';
import { fieldChanges } from '../../domain/fieldChanges';
import { downloadText, slug, today } from '../../io/download';
import { useApp } from '../../store/context';
import { installDiffer, selectActiveScenario, selectDiff } from '../../store/selectors';
import { FieldChanges } from './FieldChanges';
import { ScenarioOptions } from './ScenarioOptions';
import { cellLabel } from '../../i18n/axes';
import { text } from '../../i18n/core';
import { twoDecimals } from '../../i18n/strategyWording';
import { panelsText } from '../../i18n/en/panels';
import { useToolbarHeight } from '../../ui/useToolbarHeight';

installDiffer((a, b) => {
  const diff = compareScenarios(a, b);
  return { diff, marks: diffMarks(diff) };
});

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

/** Each edited factor with what changed in it, field by field. */
function Edited({ edited }: { edited: ScenarioDiff['edited'] }) {
  const sources = useApp((state) => state.workspace.sources);
  if (edited.length === 0) return null;
  const S = text(panelsText).compare;
  return (
    <section className="compare__group">
      <h3>
        {S.edited} ({edited.length})
      </h3>
      <ul className="compare__edited-list">
        {edited.map(({ before, after, fields }) => (
          <li key={after.id} className="compare__edited">
            <h4 className="compare__edited-title">{after.title}</h4>
            <FieldChanges changes={fieldChanges(before, after, fields)} sources={sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What changed in the TOWS strategies, and what the weight and rating edits add up to. */
function StrategyChanges({ diff }: { diff: ScenarioDiff }) {
  const S = text(panelsText).compare;
  const { strategies, totals } = diff;
  return (
    <>
      <Group title={S.strategiesAdded} items={strategies.onlyInB.map((s) => `${s.title} — ${s.quadrant}`)} />
      <Group title={S.strategiesRemoved} items={strategies.onlyInA.map((s) => `${s.title} — ${s.quadrant}`)} />
      <Group title={S.strategiesMoved} items={strategies.moved.map(({ strategy, from, to }) => `${strategy.title}: ${from} → ${to}`)} />
      <Group
        title={S.strategiesEdited}
        items={strategies.edited.map(({ after, fields }) => `${after.title}: ${S.strategyChanged({ fields: fields.map((field) => S.strategyFields[field]).join(', ') })}`)}
      />
      <section className="compare__group">
        <h3>{S.totals}</h3>
        <ul>
          {(['ife', 'efe'] as const).map((matrix) => (
            <li key={matrix}>{S.total({ matrix: matrix.toUpperCase(), a: twoDecimals(totals[matrix].a), b: twoDecimals(totals[matrix].b) })}</li>
          ))}
        </ul>
      </section>
    </>
  );
}

/**
 * Compares the scenario on screen (B) with one the user picks (A). While it is open the
 * grid marks B's factors as added, moved or edited, and shows A's missing ones as removed.
 */
export function ComparePanel() {
  useToolbarHeight();
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

  const S = text(panelsText).compare;
  return (
    <aside className="side-panel compare" aria-labelledby={`${id}-heading`}>
      <header className="side-panel__header">
        <h2 id={`${id}-heading`}>{S.heading}</h2>
        <button type="button" className="side-panel__close" aria-label={S.close} onClick={close}>
          ×
        </button>
      </header>
      <div className="field">
        <label htmlFor={`${id}-a`}>{S.with({ name: active.name })}</label>
        <select id={`${id}-a`} value={compareWithId ?? ''} onChange={(event) => setCompareWith(event.target.value || null)}>
          <option value="">{S.choose}</option>
          <ScenarioOptions except={active.id} />
        </select>
      </div>
      {result && (
        <div className="compare__result" aria-live="polite">
          <p className="compare__legend">
            {S.legendBefore}
            <strong>{result.a.name}</strong>
            {S.legendMiddle}
            <strong>{result.b.name}</strong>
            {S.legendAfter}
          </p>
          {isEmptyDiff(result.diff) ? (
            <p>{S.same}</p>
          ) : (
            <>
              <Group title={S.added} items={result.diff.onlyInB.map((f) => `${f.title} — ${cellLabel(f)}`)} />
              <Group title={S.removed} items={result.diff.onlyInA.map((f) => `${f.title} — ${cellLabel(f)}`)} />
              <Group
                title={S.moved}
                items={result.diff.moved.map(({ factor, from, to }) => `${factor.title}: ${cellLabel(from)} → ${cellLabel(to)}`)}
              />
              <Edited edited={result.diff.edited} />
              <StrategyChanges diff={result.diff} />
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
            {S.export}
          </button>
        </div>
      )}
    </aside>
  );
}
