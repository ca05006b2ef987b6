import { createContext, type CSSProperties, memo, type RefObject, useContext, useEffect, useLayoutEffect, useRef } from 'react';
import type { Cell } from '../../domain/axes';
import { useApp } from '../../store/context';
import { selectActiveScenario } from '../../store/selectors';
import { useSameItems } from '../../store/useSameItems';
import { useCapture } from './capture';
import { DraggableFactor } from './DraggableFactor';
import { type Slots, slotKeys } from './slotKeys';
import { useNearViewport } from './useNearViewport';

/**
 * In a large scenario cards are mounted in chunks, and only near the viewport, so that a
 * 5,000-factor matrix stays responsive. A workshop-sized one is mounted whole: find-in-page
 * and screen-reader browsing then see every card.
 */
const CHUNK_SIZE = 10;
const WINDOWING_FROM = 300;

interface ChunkProps {
  /** Where the chunk starts in its list, in chunks, and how many cards it holds. */
  index: number;
  count: number;
  cell: Cell;
  always: boolean;
  /** Holds the card being dragged or used from the keyboard: it stays mounted wherever the page scrolls. */
  pinned: boolean;
  /** Mounted on the first render, before the observer has reported (the top of each cell). */
  initially: boolean;
  topVotedId: string | null;
  onOpen(factorId: string): void;
}

/**
 * The list's ids reach a chunk's cards through context, not through the chunk's props: a chunk
 * far from the viewport renders a placeholder that does not depend on which cards it holds, so
 * when the list changes (a switch, a drop) it is left alone. With the ids as props, a switch at
 * 5,000 factors re-rendered and updated all 5,000 placeholders.
 */
const ListIds = createContext<readonly string[]>([]);

/**
 * While `measuring`, the chunk's cards tell its list how tall a card is (cardSlot.ts). That code
 * loads only with a large scenario; in a workshop-sized one every card is mounted, and nothing
 * waits to be.
 */
function useCardSlot(ref: RefObject<HTMLDivElement | null>, measuring: boolean): void {
  useEffect(() => {
    const chunk = ref.current;
    if (!measuring || !chunk) return;
    let stop: (() => void) | null = null;
    let stopped = false;
    void import('./cardSlot').then(({ measureCardSlot }) => {
      if (!stopped) stop = measureCardSlot(chunk);
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, [ref, measuring]);
}

const Chunk = memo(function Chunk({ index, count, cell, always, pinned, initially, topVotedId, onOpen }: ChunkProps) {
  const ref = useRef<HTMLDivElement>(null);
  const nearness = useNearViewport(ref, initially);
  const mounted = always || nearness.near || pinned;
  useCardSlot(ref, mounted && !always);

  if (!mounted) {
    // Held at its own height once it has been seen, before that at what its cards would take.
    const style = nearness.height === null ? ({ '--cards': count } as CSSProperties) : { height: nearness.height };
    return <div ref={ref} className="cell__chunk cell__chunk--idle" style={style} aria-hidden="true" />;
  }
  return (
    <div ref={ref} className="cell__chunk">
      <ChunkCards index={index} cell={cell} topVotedId={topVotedId} onOpen={onOpen} />
    </div>
  );
});

/** The keys of a chunk's cards (slotKeys.ts); the ones rendered are kept once React has committed them. */
function useSlotKeys(ids: readonly string[]): readonly number[] {
  const scenarioId = useApp((state) => state.workspace.activeScenarioId);
  const rendered = useRef<Slots | null>(null);
  const keys = slotKeys(rendered.current, ids, scenarioId);
  useLayoutEffect(() => {
    rendered.current = { scenarioId, ids, keys };
  });
  return keys;
}

function ChunkCards({ index, cell, topVotedId, onOpen }: Pick<ChunkProps, 'index' | 'cell' | 'topVotedId' | 'onOpen'>) {
  const ids = useContext(ListIds).slice(index * CHUNK_SIZE, (index + 1) * CHUNK_SIZE);
  const keys = useSlotKeys(ids);
  return ids.map((id, i) => <DraggableFactor key={keys[i]} factorId={id} cell={cell} onOpen={onOpen} topVoted={id === topVotedId} />);
}

interface CardListProps {
  ids: string[];
  cell: Cell;
  labelledBy: string;
  /** In the Overview density, the cell's top-voted factor, which is marked. */
  topVotedId?: string | null;
  /**
   * In a large scenario, whether the list's first cards mount before the observer has reported;
   * not for a cell whose row starts far below the first screen.
   */
  mountFirst?: boolean;
  onOpen(factorId: string): void;
}

/** The index of the chunk holding the card, or -1 when the list does not hold it. */
const chunkHolding = (ids: readonly string[], id: string | null | undefined) => (id ? Math.floor(ids.indexOf(id) / CHUNK_SIZE) : -1);

export function CardList({ ids, cell, labelledBy, topVotedId = null, mountFirst = true, onOpen }: CardListProps) {
  const large = useApp((state) => selectActiveScenario(state).factors.length >= WINDOWING_FROM);
  const windowed = useCapture((state) => large && !state.capturing);
  // The list asks once which of its chunks hold the dragged and the selected card, rather than
  // each chunk asking the store; a list holding neither does not re-render when they change.
  const pinned = useApp(useSameItems((state) => [chunkHolding(ids, state.drag?.factorId), chunkHolding(ids, state.selectedFactorId)] as const));
  const chunkCount = Math.ceil(ids.length / CHUNK_SIZE);
  return (
    <div role="list" className="cell__list" aria-labelledby={labelledBy}>
      <ListIds value={ids}>
        {Array.from({ length: chunkCount }, (_, index) => (
          <Chunk
            key={index}
            index={index}
            count={Math.min(CHUNK_SIZE, ids.length - index * CHUNK_SIZE)}
            cell={cell}
            always={!windowed}
            pinned={pinned.includes(index)}
            initially={!windowed || (index === 0 && mountFirst)}
            topVotedId={topVotedId}
            onOpen={onOpen}
          />
        ))}
      </ListIds>
    </div>
  );
}
