import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ALL_CELLS, cellKey, parseCellKey } from '../../domain/axes';
import { cellLabel } from '../../i18n/axes';
import { locatorFor } from '../../domain/evidence/locator';
import { LIMITS } from '../../domain/limits';
import { useActions, useApp, useBoundActions } from '../../store/context';
import { createEvidenceActions } from '../../store/evidenceActions';
import { selectActiveScenario } from '../../store/selectors';
import { Modal } from '../scenarios/Modal';
import { evidenceStrings as S } from './strings';
import { useReader } from './useReader';
import { useSourceTexts } from './useSourceTexts';

/** How much text the reader shows at once, either side of the passage: long texts stay fast. */
const WINDOW = 6_000;

interface Selected {
  start: number;
  end: number;
  quote: string;
}

/** The text of the reader's container up to a point, counted from the start of the source. */
function offsetIn(container: HTMLElement, node: Node, offset: number, windowStart: number): number {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return windowStart + range.toString().length;
}

function CitePassage({ sourceId, selected, onDone }: { sourceId: string; selected: Selected; onDone(): void }) {
  const id = useId();
  const actions = useActions();
  const evidence = useBoundActions(createEvidenceActions);
  const scenario = useApp(selectActiveScenario);
  const toast = useApp((state) => state.toast);
  const text = useSourceTexts((state) => state.texts.get(sourceId)?.record.text ?? '');
  const [locator, setLocator] = useState(() => locatorFor(text, selected.start));
  // The factor the reader was opened from (its editor, or the card selected), so "Show in source"
  // then Cite adds to that factor; the scenario's first factor only when there is none.
  const openedFrom = useApp((state) => state.editing?.factorId ?? state.selectedFactorId);
  const [factorId, setFactorId] = useState(() =>
    openedFrom && scenario.factors.some((factor) => factor.id === openedFrom) ? openedFrom : (scenario.factors[0]?.id ?? ''),
  );
  const [cell, setCell] = useState(cellKey(ALL_CELLS[0]!));
  const [title, setTitle] = useState('');
  const citation = { sourceId, locator: locator.trim(), quote: selected.quote };

  function citeFor() {
    const factor = scenario.factors.find((candidate) => candidate.id === factorId);
    if (factor && evidence.addCitation(factor.id, citation)) {
      toast(S.cited(factor.title));
      onDone();
    }
  }
  function createFactor() {
    const where = parseCellKey(cell);
    if (!where || !title.trim()) return;
    if (actions.addFactor(where, { title, citations: [citation] })) {
      toast(S.created(title.trim()));
      onDone();
    }
  }

  return (
    <div className="reader__cite stack">
      <p className="muted">
        {S.selected(selected.quote.length)}: <q dir="auto">{selected.quote.length > 160 ? `${selected.quote.slice(0, 160)}…` : selected.quote}</q>
      </p>
      <div className="field">
        <label htmlFor={`${id}-locator`}>{S.locatorLabel}</label>
        <input id={`${id}-locator`} value={locator} maxLength={LIMITS.locatorLength} onChange={(event) => setLocator(event.target.value)} />
      </div>
      <div className="field-row">
        <div className="field field--grow">
          <label htmlFor={`${id}-factor`}>{S.citeForLabel}</label>
          <select id={`${id}-factor`} value={factorId} onChange={(event) => setFactorId(event.target.value)}>
            {ALL_CELLS.map((c) => (
              <optgroup key={cellKey(c)} label={cellLabel(c)}>
                {scenario.factors
                  .filter((f) => f.pest === c.pest && f.swot === c.swot)
                  .map((f) => (
                    <option key={f.id} value={f.id}>
                      {f.title}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <button type="button" className="button--primary" onClick={citeFor} disabled={!factorId}>
          {S.cite}
        </button>
      </div>
      <fieldset className="stack">
        <legend>{S.newFactor}</legend>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-cell`}>{S.newFactorCell}</label>
            <select id={`${id}-cell`} value={cell} onChange={(event) => setCell(event.target.value as typeof cell)}>
              {ALL_CELLS.map((c) => (
                <option key={cellKey(c)} value={cellKey(c)}>
                  {cellLabel(c)}
                </option>
              ))}
            </select>
          </div>
          <div className="field field--grow">
            <label htmlFor={`${id}-title`}>{S.newFactorTitle}</label>
            <input id={`${id}-title`} value={title} maxLength={LIMITS.titleLength} onChange={(event) => setTitle(event.target.value)} />
          </div>
        </div>
        <button type="button" onClick={createFactor} disabled={!title.trim()}>
          {S.create}
        </button>
      </fieldset>
    </div>
  );
}

/** A source's attached text, opened at a passage, highlighted; select a passage to cite it. */
export function Reader() {
  const target = useReader((state) => state.target);
  const close = useReader((state) => state.close);
  const attached = useSourceTexts((state) => (target ? state.texts.get(target.sourceId) : undefined));
  const source = useApp((state) => state.workspace.sources.find((candidate) => candidate.id === target?.sourceId));
  const text = attached?.record.text ?? '';
  const anchor = target?.highlight?.start ?? 0;
  const [span, setSpan] = useState({ before: WINDOW, after: WINDOW });
  const [selected, setSelected] = useState<Selected | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const markRef = useRef<HTMLElement>(null);

  const windowStart = Math.max(0, anchor - span.before);
  const windowEnd = Math.min(text.length, (target?.highlight?.end ?? anchor) + span.after);
  const parts = useMemo(() => {
    const highlight = target?.highlight;
    if (!highlight) return { before: text.slice(windowStart, windowEnd), mark: '', after: '' };
    return { before: text.slice(windowStart, highlight.start), mark: text.slice(highlight.start, highlight.end), after: text.slice(highlight.end, windowEnd) };
  }, [text, target, windowStart, windowEnd]);

  useLayoutEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center' });
  }, [target]);

  if (!target || !attached) return null;

  function onSelect() {
    const selection = document.getSelection();
    const container = textRef.current;
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !container) return;
    const range = selection.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return;
    let start = offsetIn(container, range.startContainer, range.startOffset, windowStart);
    let end = offsetIn(container, range.endContainer, range.endOffset, windowStart);
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    const quote = text.slice(start, end);
    if (quote.length < 12 || quote.length > LIMITS.quoteLength) {
      setSelected(null);
      setHint(S.selectionTooShort);
      return;
    }
    setHint(null);
    setSelected({ start, end, quote });
  }

  return (
    <Modal title={S.readerTitle(source?.title ?? target.sourceId)} onClose={close} wide>
      {target.locator && <p className="reader__locator">{S.locator(target.locator)}</p>}
      <p className="muted">{target.highlight ? S.highlighted : S.selectionHint}</p>
      {windowStart > 0 && (
        <button type="button" className="button--small" onClick={() => setSpan((s) => ({ ...s, before: s.before + WINDOW }))}>
          {S.earlier}
        </button>
      )}
      <div ref={textRef} className="reader__text" dir="auto" tabIndex={0} onMouseUp={onSelect} onKeyUp={onSelect}>
        {parts.before}
        {parts.mark && (
          <mark ref={markRef} className="reader__mark">
            {parts.mark}
          </mark>
        )}
        {parts.after}
      </div>
      {windowEnd < text.length && (
        <button type="button" className="button--small" onClick={() => setSpan((s) => ({ ...s, after: s.after + WINDOW }))}>
          {S.later}
        </button>
      )}
      {hint && <p role="status">{hint}</p>}
      {selected && <CitePassage key={`${selected.start}-${selected.end}`} sourceId={target.sourceId} selected={selected} onDone={close} />}
    </Modal>
  );
}

export default Reader;
