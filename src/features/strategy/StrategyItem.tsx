import { useDraggable, useDroppable } from '@dnd-kit/core';
import { type KeyboardEvent, useState } from 'react';
import type { Strategy } from '../../domain/schema';
import { strategyEvidence, strategyStatus } from '../../domain/strategy/tows';
import { cellLabel } from '../../i18n/axes';
import { count, text } from '../../i18n/core';
import { strategyText } from '../../i18n/en/strategy';
import { missingPartsText } from '../../i18n/strategyWording';
import { useApp, useBoundActions } from '../../store/context';
import { selectActiveScenario } from '../../store/selectors';
import { createStrategyActions } from '../../store/strategyActions';
import { StrategyForm } from './StrategyForm';

interface StrategyItemProps {
  strategy: Strategy;
  instructionsId: string;
  /** Being moved by keyboard: shown lifted. */
  moving: boolean;
  onHandleKey(event: KeyboardEvent<HTMLButtonElement>, strategy: Strategy): void;
  onHandleBlur(strategy: Strategy): void;
}

/** One strategy: what it says, what it rests on, whether that is complete, and its evidence. */
export function StrategyItem({ strategy, instructionsId, moving, onHandleKey, onHandleBlur }: StrategyItemProps) {
  const scenario = useApp(selectActiveScenario);
  const sources = useApp((state) => state.workspace.sources);
  const actions = useBoundActions(createStrategyActions);
  const [editing, setEditing] = useState(false);
  const drag = useDraggable({ id: `strategy:${strategy.id}`, data: { strategyId: strategy.id } });
  const drop = useDroppable({ id: `before:${strategy.id}`, data: { beforeStrategyId: strategy.id } });
  const status = strategyStatus(scenario, strategy);
  const evidence = strategyEvidence(scenario, strategy, sources);
  const missing = strategy.factorIds.length - status.linked.length;
  const S = text(strategyText).tows;

  if (editing) {
    return (
      <li className="strategy">
        <StrategyForm quadrant={strategy.quadrant} strategy={strategy} onDone={() => setEditing(false)} />
      </li>
    );
  }
  const classes = ['strategy', !status.complete && 'strategy--incomplete', moving && 'strategy--moving', drag.isDragging && 'strategy--dragging', drop.isOver && 'strategy--drop-before']
    .filter(Boolean)
    .join(' ');
  return (
    <li ref={drop.setNodeRef} className={classes} data-strategy-id={strategy.id}>
      <div className="strategy__head">
        <button
          ref={drag.setNodeRef}
          {...drag.attributes}
          {...drag.listeners}
          // The keyboard move is ours (see TowsView); dnd-kit handles the pointer only.
          type="button"
          role={undefined}
          tabIndex={0}
          className="strategy__handle"
          aria-roledescription={undefined}
          aria-label={S.handle({ title: strategy.title })}
          aria-describedby={instructionsId}
          aria-pressed={moving}
          data-strategy-handle={strategy.id}
          onKeyDown={(event) => onHandleKey(event, strategy)}
          onBlur={() => onHandleBlur(strategy)}
        >
          ⠿
        </button>
        <h4 className="strategy__title" dir="auto">
          {strategy.title}
        </h4>
      </div>
      {!status.complete && (
        <p className="strategy__incomplete">
          <span aria-hidden="true">⚠ </span>
          {S.incomplete({ parts: missingPartsText(status.missingParts) })}
        </p>
      )}
      {strategy.note.trim() && (
        <p className="strategy__note" dir="auto">
          {strategy.note}
        </p>
      )}
      <p className="strategy__label">{S.restsOn}:</p>
      <ul className="strategy__factors">
        {status.linked.map((factor) => (
          <li key={factor.id}>
            <span dir="auto">{factor.title}</span> <span className="strategy__cell">({cellLabel(factor)})</span>
          </li>
        ))}
        {missing > 0 && <li className="strategy__missing">{count(S.missingFactors, missing)}</li>}
      </ul>
      {evidence.length > 0 && (
        <details className="strategy__evidence">
          <summary>{count(S.evidence, evidence.length)}</summary>
          <ul>
            {evidence.map(({ factor, citation, source }, index) => (
              <li key={index}>
                <span dir="auto">{factor.title}</span>: {source?.title ?? citation.sourceId}
                {citation.locator ? `, ${citation.locator}` : ''} — <q dir="auto">{citation.quote}</q>
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="strategy__actions">
        <button type="button" onClick={() => setEditing(true)} aria-label={S.edit({ title: strategy.title })}>
          {S.editButton}
        </button>
        <button type="button" className="button--danger" onClick={() => actions.removeStrategy(strategy.id)} aria-label={S.delete({ title: strategy.title })}>
          {S.deleteButton}
        </button>
      </div>
    </li>
  );
}
