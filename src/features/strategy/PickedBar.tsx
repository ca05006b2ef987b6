import { quadrantsForFactors } from '../../domain/strategy/tows';
import { count, text } from '../../i18n/core';
import { strategyText } from '../../i18n/en/strategy';
import { useApp, useAppStore } from '../../store/context';
import { selectActiveScenario } from '../../store/selectors';
import { useStrategySession } from './strategySession';
import './strategy.css';

/** Shown while cards are picked on the grid: make a TOWS strategy from them, or clear the pick. */
export function PickedBar() {
  const store = useAppStore();
  const picked = useApp((state) => state.picked);
  const clearPicked = useApp((state) => state.clearPicked);
  const S = text(strategyText).tows;
  if (picked.length === 0) return null;

  function makeStrategy() {
    const state = store.getState();
    const factors = selectActiveScenario(state).factors.filter((factor) => picked.includes(factor.id));
    // The first quadrant whose two parts the picked cards cover; the form lets the user change it.
    const quadrant = quadrantsForFactors(factors)[0] ?? 'SO';
    useStrategySession.setState({ tab: 'tows', seed: { quadrant, factorIds: [...picked] } });
    state.setPanel('strategy');
  }

  return (
    <div className="picked-bar" role="region" aria-label={S.make}>
      <p role="status">{count(S.picked, picked.length)}</p>
      <button type="button" className="button--primary" onClick={makeStrategy} title={S.makeHint}>
        {S.make}
      </button>
      <button type="button" onClick={clearPicked}>
        {S.clearPicked}
      </button>
    </div>
  );
}
