import { count, text } from '../../i18n/core';
import { presentText } from '../../i18n/en/present';
/** The countdown of Present mode. Pure: the current time is always passed in, never read. */
export interface TimerState {
  minutes: number;
  /** Time left while paused or stopped; recomputed from `endsAt` while running. */
  remainingMs: number;
  /** When the countdown reaches zero if it keeps running; null while paused or stopped. */
  endsAt: number | null;
  /** True once the countdown reached zero, until it is reset or started again. */
  finished: boolean;
}

export type TimerAction =
  | { type: 'setMinutes'; minutes: number }
  | { type: 'start'; now: number }
  | { type: 'pause'; now: number }
  | { type: 'reset' }
  | { type: 'tick'; now: number };

export const MIN_MINUTES = 1;
// Two digits keep the clock as narrow as the row names under it; no workshop step runs longer.
export const MAX_MINUTES = 99;
const MINUTE_MS = 60_000;

/** A whole number of minutes within the limits, or null when `value` is not one. */
export function parseMinutes(value: string | number): number | null {
  const number = typeof value === 'number' ? value : Number(value.trim().replace(',', '.'));
  if (!Number.isFinite(number) || (typeof value === 'string' && value.trim() === '')) return null;
  return Math.min(MAX_MINUTES, Math.max(MIN_MINUTES, Math.round(number)));
}

export function initialTimer(minutes = 5): TimerState {
  return { minutes, remainingMs: minutes * MINUTE_MS, endsAt: null, finished: false };
}

export const isRunning = (timer: TimerState): boolean => timer.endsAt !== null;

export function timerReducer(state: TimerState, action: TimerAction): TimerState {
  switch (action.type) {
    case 'setMinutes': {
      const minutes = parseMinutes(action.minutes) ?? state.minutes;
      // A new duration starts a fresh countdown: half-spent time of the old one means nothing.
      return initialTimer(minutes);
    }
    case 'start': {
      if (isRunning(state)) return state;
      const remainingMs = state.finished || state.remainingMs <= 0 ? state.minutes * MINUTE_MS : state.remainingMs;
      return { ...state, remainingMs, endsAt: action.now + remainingMs, finished: false };
    }
    case 'pause':
      if (state.endsAt === null) return state;
      return { ...state, remainingMs: Math.max(0, state.endsAt - action.now), endsAt: null };
    case 'reset':
      return initialTimer(state.minutes);
    case 'tick': {
      if (state.endsAt === null) return state;
      const remainingMs = Math.max(0, state.endsAt - action.now);
      if (remainingMs === 0) return { ...state, remainingMs: 0, endsAt: null, finished: true };
      // The clock shows whole seconds: a tick within the same second changes nothing on screen,
      // so it returns the same state and nothing re-renders. Pause reads the exact time from endsAt.
      return Math.ceil(remainingMs / 1000) === Math.ceil(state.remainingMs / 1000) ? state : { ...state, remainingMs };
    }
  }
}

/** "4:59": whole seconds rounded up, so the clock shows 0:00 only when time is really up. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** The same time in words, for screen readers: "4 minutes 59 seconds". */
export function spokenClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const parts = [];
  if (minutes > 0) parts.push(count(text(presentText).minutes, minutes));
  if (seconds > 0 || minutes === 0) parts.push(count(text(presentText).seconds, seconds));
  return parts.join(' ');
}
