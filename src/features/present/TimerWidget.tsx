import { type FormEvent, type KeyboardEvent, useState } from 'react';
import { formatClock, isRunning, MAX_MINUTES, MIN_MINUTES, parseMinutes, spokenClock, type TimerState } from './timer';
import { text } from '../../i18n/core';
import { presentText } from '../../i18n/en/present';

interface TimerWidgetProps {
  timer: TimerState;
  /** True while the minutes field is open (M key, or a click on the clock). */
  editing: boolean;
  onEdit(): void;
  /** Sets the minutes and starts the countdown; null when the field was left without a change. */
  onDoneEditing(minutes: number | null): void;
}

function MinutesField({ initial, onDone }: { initial: number; onDone(minutes: number | null): void }) {
  const [value, setValue] = useState(String(initial));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onDone(parseMinutes(value));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onDone(null);
  };
  return (
    <form className="p-timer__form" onSubmit={submit}>
      <label className="visually-hidden" htmlFor="p-timer-minutes">
        {text(presentText).timer.minutes}
      </label>
      <input
        id="p-timer-minutes"
        className="p-timer__input"
        type="number"
        inputMode="numeric"
        min={MIN_MINUTES}
        max={MAX_MINUTES}
        value={value}
        autoFocus
        onFocus={(event) => event.currentTarget.select()}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => onDone(null)}
      />
    </form>
  );
}

/**
 * The countdown in the corner: the time alone, big enough for the room. At zero it turns to the
 * alert colours (and the screen gets a frame), without sound. Its buttons are in the controls
 * bar; the keys are M, S and Shift+S.
 */
export function TimerWidget({ timer, editing, onEdit, onDoneEditing }: TimerWidgetProps) {
  const running = isRunning(timer);
  const state = timer.finished ? ' p-timer--done' : running ? ' p-timer--running' : '';
  return (
    <div className={`p-timer${state}`} role="group" aria-label={text(presentText).timer.group} data-testid="present-timer">
      {editing ? (
        <MinutesField initial={timer.minutes} onDone={onDoneEditing} />
      ) : (
        <button
          type="button"
          className="p-timer__clock"
          onClick={onEdit}
          aria-label={
            timer.finished
              ? text(presentText).timer.upSetMinutes
              : (running ? text(presentText).timer.left : text(presentText).timer.leftStopped)({ time: spokenClock(timer.remainingMs) })
          }
          aria-keyshortcuts="M"
          title={text(presentText).timer.setHint}
          data-testid="present-timer-clock"
        >
          {formatClock(timer.remainingMs)}
        </button>
      )}
    </div>
  );
}
