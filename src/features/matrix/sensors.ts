import { MouseSensor, TouchSensor } from '@dnd-kit/core';
import type { Coordinates } from '@dnd-kit/utilities';
import { flushSync } from 'react-dom';

/**
 * dnd-kit renders a pointer's move in a task of its own, and reports the cell under the card only
 * from an effect after that render; the board moves the card from the report, one more render
 * later, so a move showed in the frame after the one that drew the pointer. Rendered at once, a
 * sync render's effects run at once too, and the card shows where it lands in the frame of the move.
 */
function renderMovesAtOnce<P extends { onMove(coordinates: Coordinates): void }>(props: P): P {
  return { ...props, onMove: (coordinates: Coordinates) => flushSync(() => props.onMove(coordinates)) };
}

export class MouseDragSensor extends MouseSensor {
  constructor(props: ConstructorParameters<typeof MouseSensor>[0]) {
    super(renderMovesAtOnce(props));
  }
}

export class TouchDragSensor extends TouchSensor {
  constructor(props: ConstructorParameters<typeof TouchSensor>[0]) {
    super(renderMovesAtOnce(props));
  }
}
