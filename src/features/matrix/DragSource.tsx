import { useDraggable } from '@dnd-kit/core';
import { createContext, type MouseEvent, type ReactNode, type TouchEvent, useCallback, useContext, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Cell } from '../../domain/axes';
import type { DragData } from './dnd';

type PressEvent = MouseEvent<HTMLElement> | TouchEvent<HTMLElement>;

interface DragSourceValue {
  /** The id of dnd-kit's hidden instructions, which each card is described by. */
  describedBy: string | undefined;
  /** A pointer or finger came down on a card: the source becomes that card and dnd-kit takes the event. */
  press(event: PressEvent, factorId: string, cell: Cell): void;
}

const DragSourceContext = createContext<DragSourceValue | null>(null);

export function useDragSource(): DragSourceValue {
  const source = useContext(DragSourceContext);
  if (!source) throw new Error('outside <MatrixDragSource>');
  return source;
}

// Registered while no card has been pressed yet; no event is ever passed to it.
const UNARMED = 'matrix:unarmed';

/**
 * The matrix's one dnd-kit draggable, for pointer and touch drags. dnd-kit re-renders every
 * draggable whenever its drag state changes (the cell under the pointer, the active card's
 * measured box), and it measures the active card again whenever that card's element changes, as
 * it does each time the card is drawn in another cell on the way. With a draggable per card, a
 * pointer entering a cell re-rendered all of them (100 at workshop size), and each cell crossed
 * cost one more render after the frame. Here the card under a pointer or finger becomes the
 * draggable as it is pressed, before dnd-kit sees the event, and stays so for the whole drag.
 */
export function MatrixDragSource({ children }: { children: ReactNode }) {
  const [armed, setArmed] = useState<Extract<DragData, { type: 'factor' }> | null>(null);
  const { attributes, listeners, setNodeRef, active } = useDraggable({ id: armed?.factorId ?? UNARMED, ...(armed ? { data: armed } : {}) });
  const latest = useRef({ listeners, setNodeRef, dragging: active !== null });
  useLayoutEffect(() => {
    latest.current = { listeners, setNodeRef, dragging: active !== null };
  });

  const press = useCallback((event: PressEvent, factorId: string, cell: Cell) => {
    // A drag under way keeps its card (a second finger, say).
    if (latest.current.dragging) return;
    // Rendered at once, so that dnd-kit knows the card by the time it reads the event.
    flushSync(() => setArmed((current) => (current?.factorId === factorId && current.cell === cell ? current : { type: 'factor', factorId, cell })));
    latest.current.setNodeRef(event.currentTarget);
    const listener = event.type === 'touchstart' ? latest.current.listeners?.onTouchStart : latest.current.listeners?.onMouseDown;
    listener?.(event);
  }, []);

  const describedBy = attributes['aria-describedby'];
  const value = useMemo(() => ({ describedBy, press }), [describedBy, press]);
  return <DragSourceContext.Provider value={value}>{children}</DragSourceContext.Provider>;
}
