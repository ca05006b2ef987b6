import type { Factor } from '../../domain/schema';
import { findScenario } from '../../domain/workspace';
import type { AppStore } from '../../store/appStore';
import { selectActiveScenario } from '../../store/selectors';
import { type AttachedText, checkCitation, ensureTextsLoaded, useSourceTexts } from './useSourceTexts';
import { type FactorVerdict, sameVerdict, useVerdicts } from './verdicts';

/** A factor's verdict, or undefined when none of its quotes has a source text to be checked against. */
export function verdictOf(factor: Factor, texts: ReadonlyMap<string, AttachedText>): FactorVerdict | undefined {
  let checked = 0;
  let verified = 0;
  let close = 0;
  for (const citation of factor.citations) {
    if (!texts.has(citation.sourceId)) continue;
    const result = checkCitation(texts, citation.sourceId, citation.quote, citation.locator);
    if (result.status === 'no-quote') continue;
    checked++;
    if (result.status === 'verified') verified++;
    else if (result.status === 'close') close++;
  }
  if (checked === 0) return undefined;
  const status = verified === checked ? 'verified' : verified + close === checked ? 'close' : 'not-found';
  return { status, checked, verified };
}

/**
 * Keeps the card verdicts in step with the scenarios on screen (the active one and the one it is
 * compared with) and with the attached texts. Unchanged verdicts keep their object, so only the
 * cards whose verdict changed re-render. Returns a function that stops watching.
 */
export function watchVerdicts(store: AppStore): () => void {
  let seen: { factors: readonly Factor[][]; texts: ReadonlyMap<string, AttachedText> } | null = null;
  // A verdict depends only on the factor and the texts; a factor that did not change keeps its
  // object, so a move in a 5,000-factor scenario checks one factor's quotes, not every one's.
  let known = new WeakMap<Factor, FactorVerdict | undefined>();
  const verdictFor = (factor: Factor, texts: ReadonlyMap<string, AttachedText>) => {
    if (known.has(factor)) return known.get(factor);
    const verdict = verdictOf(factor, texts);
    known.set(factor, verdict);
    return verdict;
  };

  const update = () => {
    const state = store.getState();
    const compared = state.compareWithId ? findScenario(state.workspace, state.compareWithId) : undefined;
    const factors = [selectActiveScenario(state).factors, ...(compared ? [compared.factors] : [])];
    const texts = useSourceTexts.getState().texts;
    if (seen && seen.texts === texts && seen.factors.length === factors.length && seen.factors.every((list, i) => list === factors[i])) return;
    if (seen?.texts !== texts) known = new WeakMap();
    seen = { factors, texts };

    const previous = useVerdicts.getState().byFactor;
    // No text attached, no quote to check: nothing to walk.
    if (texts.size === 0) {
      if (previous.size > 0) useVerdicts.setState({ byFactor: new Map() });
      return;
    }
    const next = new Map<string, FactorVerdict>();
    let changed = false;
    for (const list of factors) {
      for (const factor of list) {
        const verdict = verdictFor(factor, texts);
        if (!verdict) continue;
        const before = previous.get(factor.id);
        next.set(factor.id, sameVerdict(before, verdict) ? before! : verdict);
        if (!sameVerdict(before, verdict)) changed = true;
      }
    }
    if (changed || next.size !== previous.size) useVerdicts.setState({ byFactor: next });
  };

  ensureTextsLoaded();
  update();
  const stopStore = store.subscribe(update);
  const stopTexts = useSourceTexts.subscribe(update);
  return () => {
    stopStore();
    stopTexts();
  };
}
