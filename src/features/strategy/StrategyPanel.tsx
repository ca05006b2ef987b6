import { type KeyboardEvent, useId, useRef } from 'react';
import { text } from '../../i18n/core';
import { strategyText } from '../../i18n/en/strategy';
import { useApp } from '../../store/context';
import { EvidenceView } from './EvidenceView';
import { type StrategyTab, useStrategySession } from './strategySession';
import { TowsView } from './TowsView';
import { WeightsView } from './WeightsView';
import './strategy.css';
import { useToolbarHeight } from '../../ui/useToolbarHeight';

const TABS: readonly StrategyTab[] = ['weights', 'tows', 'evidence'];

/** The strategy methods beside the grid: IFE/EFE with the IE matrix, TOWS strategies, and evidence strength. */
export function StrategyPanel() {
  useToolbarHeight();
  const id = useId();
  const setPanel = useApp((state) => state.setPanel);
  const tab = useStrategySession((state) => state.tab);
  const tabRefs = useRef<Partial<Record<StrategyTab, HTMLButtonElement | null>>>({});
  const S = text(strategyText).panel;

  // Tabs follow the WAI-ARIA pattern: arrows move between them, and the focused tab is shown.
  function onTabKey(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const to = event.key === 'Home' ? TABS[0] : event.key === 'End' ? TABS.at(-1) : step ? TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length] : undefined;
    if (!to) return;
    event.preventDefault();
    useStrategySession.setState({ tab: to });
    tabRefs.current[to]?.focus();
  }

  return (
    <aside className="side-panel strategy-panel" aria-labelledby={`${id}-heading`}>
      <header className="side-panel__header">
        <h2 id={`${id}-heading`}>{S.heading}</h2>
        <button type="button" className="side-panel__close" aria-label={S.close} onClick={() => setPanel(null)}>
          ×
        </button>
      </header>
      <div className="tabs" role="tablist" aria-label={S.tabs} onKeyDown={onTabKey}>
        {TABS.map((name) => (
          <button
            key={name}
            ref={(node) => {
              tabRefs.current[name] = node;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`${id}-view`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => useStrategySession.setState({ tab: name })}
          >
            {S[name]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-view`} aria-labelledby={`${id}-tab-${tab}`} className="strategy-panel__view">
        {tab === 'weights' && <WeightsView />}
        {tab === 'tows' && <TowsView />}
        {tab === 'evidence' && <EvidenceView />}
      </div>
    </aside>
  );
}
