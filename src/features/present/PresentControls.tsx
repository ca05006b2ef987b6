import type { Command } from './keymap';
import { useAwake } from './useAwake';
import { text } from '../../i18n/core';
import { presentText } from '../../i18n/en/present';

interface PresentControlsProps {
  name: string;
  timerRunning: boolean;
  /** A live session runs, so the room has a join code to see. */
  liveRunning: boolean;
  /** Where the presenter is and which modes are on, in a few words each. */
  status: string[];
  run(command: Command): void;
  /** Leaves Present mode at once, zoomed or not. */
  onExit(): void;
}

/**
 * The scenario, the state and the few buttons a mouse needs. It lies over the bottom edge only
 * while the mouse moves or the keyboard is in it, so the matrix keeps the whole screen.
 */
export function PresentControls({ name, timerRunning, liveRunning, status, run, onExit }: PresentControlsProps) {
  const awake = useAwake(3000);
  const S = text(presentText).controls;
  return (
    <footer className="p-controls" data-awake={awake || undefined} data-testid="present-controls">
      <p className="p-controls__name">{name}</p>
      <p className="p-controls__status" data-testid="present-status">
        {status.map((item) => (
          <span key={item} className="p-chip">
            {item}
          </span>
        ))}
      </p>
      <div className="p-controls__actions" role="group" aria-label={S.timer}>
        <button type="button" className="p-button" onClick={() => run('timerMinutes')} aria-keyshortcuts="M">
          {S.setMinutes}
        </button>
        <button type="button" className="p-button" onClick={() => run('timerToggle')} aria-keyshortcuts="S">
          {timerRunning ? S.pause : S.start}
        </button>
        <button type="button" className="p-button" onClick={() => run('timerReset')} aria-keyshortcuts="Shift+S">
          {S.reset}
        </button>
      </div>
      <div className="p-controls__actions">
        <button type="button" className="p-button" onClick={() => run('rowTour')} aria-keyshortcuts="Shift+R">
          {S.rowTour}
        </button>
        <button type="button" className="p-button" onClick={() => run('sortByVotes')} aria-keyshortcuts="O">
          {S.sort}
        </button>
        <button type="button" className="p-button" onClick={() => run('clearVotes')} aria-keyshortcuts="Shift+X">
          {S.clear}
        </button>
        <button type="button" className="p-button" onClick={() => run('toggleStrategy')} aria-keyshortcuts="G">
          {S.strategy}
        </button>
        {liveRunning && (
          <button type="button" className="p-button" onClick={() => run('toggleJoin')} aria-keyshortcuts="J">
            {S.join}
          </button>
        )}
        <button type="button" className="p-button" onClick={() => run('toggleHelp')} aria-keyshortcuts="?">
          {S.shortcuts} <kbd aria-hidden="true">?</kbd>
        </button>
        <button type="button" className="p-button" onClick={onExit}>
          {S.exit}
        </button>
      </div>
    </footer>
  );
}
