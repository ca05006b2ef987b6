import { type Dispatch, useEffect, useReducer, useRef } from 'react';
import { initialTimer, isRunning, type TimerAction, timerReducer, type TimerState } from './timer';

const TICK_MS = 250;

/**
 * The countdown with its clock. Ticks only while running, and computes the time left from the
 * end time rather than counting ticks, so a throttled background tab does not slow it down.
 */
export function useTimer(onFinished: () => void): [TimerState, Dispatch<TimerAction>] {
  const [timer, dispatch] = useReducer(timerReducer, undefined, () => initialTimer());
  const running = isRunning(timer);

  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => dispatch({ type: 'tick', now: Date.now() }), TICK_MS);
    return () => clearInterval(id);
  }, [running]);

  const finishedBefore = useRef(timer.finished);
  const onFinishedRef = useRef(onFinished);
  onFinishedRef.current = onFinished;
  useEffect(() => {
    if (timer.finished && !finishedBefore.current) onFinishedRef.current();
    finishedBefore.current = timer.finished;
  }, [timer.finished]);

  return [timer, dispatch];
}
