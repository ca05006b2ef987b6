import { DndContext, type DragEndEvent, PointerSensor, useDroppable, useSensor, useSensors } from '@dnd-kit/core';
import { type KeyboardEvent, type ReactNode, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { TOWS_QUADRANTS, type TowsQuadrant } from '../../domain/axes';
import type { Strategy } from '../../domain/schema';
import { text } from '../../i18n/core';
import { strategyText } from '../../i18n/en/strategy';
import { useApp, useBoundActions } from '../../store/context';
import { selectActiveScenario } from '../../store/selectors';
import { createStrategyActions } from '../../store/strategyActions';
import { StrategyForm } from './StrategyForm';
import { StrategyItem } from './StrategyItem';
import { byQuadrant, placed, type QuadrantLists, type Slot, step, without } from './strategyMove';
import { useStrategySession } from './strategySession';

interface KeyboardMove {
  strategyId: string;
  origin: Slot;
  at: Slot;
}

const slotOf = (lists: QuadrantLists, strategyId: string): Slot => {
  const quadrant = TOWS_QUADRANTS.find((q) => lists[q].includes(strategyId))!;
  return { quadrant, index: lists[quadrant].indexOf(strategyId) };
};

function Quadrant({ quadrant, children }: { quadrant: TowsQuadrant; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: `quadrant:${quadrant}`, data: { quadrant } });
  return (
    <section ref={setNodeRef} className={`tows__quadrant tows__quadrant--${quadrant}${isOver ? ' tows__quadrant--over' : ''}`} aria-label={text(strategyText).tows.quadrants[quadrant]}>
      {children}
    </section>
  );
}

// Kept as one object: dnd-kit makes new sensors, and new listeners for every strategy, when the options change.
const POINTER_DRAG = { activationConstraint: { distance: 5 } };

/**
 * The TOWS 2×2 (Weihrich 1982). Strategies move by pointer (dnd-kit) or by keyboard, as factor
 * cards do: Space picks one up, arrows move it, Space or Enter drops it, Escape puts it back.
 * The keyboard move is previewed here and committed as one undoable step on the drop.
 */
export function TowsView() {
  const instructionsId = useId();
  const scenario = useApp(selectActiveScenario);
  const announce = useApp((state) => state.announce);
  const clearPicked = useApp((state) => state.clearPicked);
  const actions = useBoundActions(createStrategyActions);
  const seed = useStrategySession((state) => state.seed);
  const [adding, setAdding] = useState<TowsQuadrant | null>(seed?.quadrant ?? null);
  const [move, setMove] = useState<KeyboardMove | null>(null);
  // "Make strategy" on the grid while this view is open opens the form with the picked cards.
  useEffect(() => {
    if (seed) setAdding(seed.quadrant);
  }, [seed]);
  const refocus = useRef<string | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, POINTER_DRAG));
  const S = text(strategyText).tows;

  const byId = useMemo(() => new Map(scenario.strategies.map((strategy) => [strategy.id, strategy])), [scenario.strategies]);
  const stored = useMemo(
    () => byQuadrant((quadrant) => scenario.strategies.filter((strategy) => strategy.quadrant === quadrant).map((strategy) => strategy.id)),
    [scenario.strategies],
  );
  const shown = move ? placed(stored, move.strategyId, move.at) : stored;

  // A moved strategy's handle remounts in its new list; focus follows it there.
  useLayoutEffect(() => {
    if (!refocus.current) return;
    document.querySelector<HTMLElement>(`[data-strategy-handle="${CSS.escape(refocus.current)}"]`)?.focus();
    refocus.current = null;
  });

  const where = (lists: QuadrantLists, slot: Slot) => S.where({ quadrant: slot.quadrant, position: slot.index + 1, total: lists[slot.quadrant].length });

  function onHandleKey(event: KeyboardEvent<HTMLButtonElement>, strategy: Strategy) {
    const key = event.key;
    if (!move) {
      if (key !== ' ' && key !== 'Enter') return;
      event.preventDefault();
      const origin = slotOf(stored, strategy.id);
      setMove({ strategyId: strategy.id, origin, at: origin });
      announce(S.pickedUp({ title: strategy.title, where: where(stored, origin) }));
      return;
    }
    if (move.strategyId !== strategy.id) return;
    event.preventDefault();
    if (key === 'Escape') {
      refocus.current = strategy.id;
      setMove(null);
      announce(S.cancelled({ title: strategy.title, where: where(stored, move.origin) }));
    } else if (key === ' ' || key === 'Enter') {
      refocus.current = strategy.id;
      setMove(null);
      const unmoved = move.at.quadrant === move.origin.quadrant && move.at.index === move.origin.index;
      if (unmoved) announce(S.over({ title: strategy.title, where: where(stored, move.origin) }));
      else actions.moveStrategy(strategy.id, move.at.quadrant, move.at.index);
    } else {
      const next = step(without(stored, strategy.id), move.at, key);
      if (!next) return;
      refocus.current = strategy.id;
      setMove({ ...move, at: next });
      announce(S.over({ title: strategy.title, where: where(placed(stored, strategy.id, next), next) }));
    }
  }
  // Leaving the handle mid-move puts the strategy back, as leaving a card does.
  function onHandleBlur(strategy: Strategy) {
    if (!move || move.strategyId !== strategy.id || refocus.current) return;
    setMove(null);
    announce(S.cancelled({ title: strategy.title, where: where(stored, move.origin) }));
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const strategyId = active.data.current?.strategyId as string | undefined;
    if (!strategyId || !over) return;
    const rest = without(stored, strategyId);
    const before = over.data.current?.beforeStrategyId as string | undefined;
    const target: Slot | null = before
      ? before === strategyId
        ? null
        : slotOf(rest, before)
      : { quadrant: over.data.current?.quadrant as TowsQuadrant, index: rest[over.data.current?.quadrant as TowsQuadrant].length };
    if (target) actions.moveStrategy(strategyId, target.quadrant, target.index);
  }

  function closeForm(createdId: string | null) {
    setAdding(null);
    if (createdId) {
      refocus.current = createdId;
      clearPicked();
    }
    useStrategySession.setState({ seed: null });
  }

  return (
    <div className="tows">
      <p className="strategy__method">{S.method}</p>
      <p id={instructionsId} className="visually-hidden">
        {S.instructions}
      </p>
      <DndContext sensors={sensors} onDragEnd={onDragEnd}>
        <div className="tows__grid">
          {TOWS_QUADRANTS.map((quadrant) => (
            <Quadrant key={quadrant} quadrant={quadrant}>
              <h3 className="tows__heading">{S.quadrants[quadrant]}</h3>
              {shown[quadrant].length === 0 ? (
                <p className="tows__empty">{S.none}</p>
              ) : (
                <ol className="tows__list">
                  {shown[quadrant].map((strategyId) => {
                    const strategy = byId.get(strategyId);
                    return strategy ? (
                      <StrategyItem
                        key={strategyId}
                        strategy={strategy}
                        instructionsId={instructionsId}
                        moving={move?.strategyId === strategyId}
                        onHandleKey={onHandleKey}
                        onHandleBlur={onHandleBlur}
                      />
                    ) : null;
                  })}
                </ol>
              )}
              {adding === quadrant ? (
                <StrategyForm quadrant={quadrant} initialFactorIds={seed?.quadrant === quadrant ? seed.factorIds : []} onDone={closeForm} />
              ) : (
                <button type="button" className="tows__add" onClick={() => setAdding(quadrant)}>
                  {S.add({ quadrant })}
                </button>
              )}
            </Quadrant>
          ))}
        </div>
      </DndContext>
    </div>
  );
}
