import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useActions, useApp, useAppStore, useBoundActions } from '../../store/context';
import { createVoteActions } from '../../store/voteActions';
import { selectActiveScenario } from '../../store/selectors';
import { HelpOverlay } from './HelpOverlay';
import { JoinOverlay } from './JoinOverlay';
import { StrategyOverlay } from './StrategyOverlay';
import { OverviewMatrix } from './OverviewMatrix';
import { PresentControls } from './PresentControls';
import { PresentToast, type ToastMessage } from './PresentToast';
import { QuickCapture } from './QuickCapture';
import { revealedCount, revealOrder } from './reveal';
import { isRunning } from './timer';
import { TimerWidget } from './TimerWidget';
import { useCommands } from './useCommands';
import { useFocusFollow } from './useFocusFollow';
import { useFullscreen } from './useFullscreen';
import { usePresentKeys } from './usePresentKeys';
import { useTimer } from './useTimer';
import { initialView, type Theme, viewLabel, viewReducer } from './viewState';
import { ZoomView } from './ZoomView';
import { useLiveStatus } from '../live/liveStatus';
import './theme.css';
import './present.css';
import { count, text } from '../../i18n/core';
import { presentText } from '../../i18n/en/present';

const preferredTheme = (): Theme =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';

/**
 * Present mode: the matrix for a projector, run from the keyboard. What it shows (focus, zoom,
 * reveal, theme, timer) is its own React state and never saved; what it changes (votes, new
 * factors) goes through the store's actions, so undo, redo and autosave treat it like any edit.
 */
export default function PresentMode() {
  const store = useAppStore();
  const editing = useActions();
  const voting = useBoundActions(createVoteActions);
  const actions = useMemo(() => ({ ...editing, ...voting }), [editing, voting]);
  const scenario = useApp(selectActiveScenario);
  const liveDown = useLiveStatus((state) => state.running && !state.connected);
  const liveRunning = useLiveStatus((state) => state.running);
  const [view, dispatch] = useReducer(viewReducer, undefined, () => initialView(preferredTheme()));
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const notify = useCallback((text: string) => setToast((last) => ({ text, seq: (last?.seq ?? 0) + 1 })), []);
  const [timer, timerDispatch] = useTimer(() => {
    store.getState().announce(text(presentText).timeIsUp);
    notify(text(presentText).timeIsUp);
  });
  const fullscreen = useFullscreen();
  const surface = useRef<HTMLElement>(null);

  // Leaving, the keyboard goes back to the toolbar's Present button (shortcut P), where the user
  // came from, rather than to the top of the page.
  useEffect(
    () => () => {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.toolbar [aria-keyshortcuts="P"]')?.focus());
    },
    [],
  );

  const run = useCommands({ store, actions, view, dispatch, timer, timerDispatch, toggleFullscreen: fullscreen.toggle, surface, notify, liveRunning });
  usePresentKeys(run, view.revealing);
  useFocusFollow(surface, view);

  const revealed = useMemo(() => (view.revealing ? new Set(view.revealed) : null), [view.revealing, view.revealed]);
  const latest = view.revealing ? (view.revealed[view.revealed.length - 1] ?? null) : null;
  const order = useMemo(() => revealOrder(scenario.factors), [scenario.factors]);

  const closeOverlay = useCallback(() => dispatch({ type: 'close' }), []);
  const onCaptured = useCallback(
    (factorId: string | null) => {
      // A factor captured mid-reveal is shown at once: the room just heard it.
      if (factorId && view.revealing) dispatch({ type: 'setRevealed', revealed: [...view.revealed, factorId], cell: null });
      // The new card may land behind "+N more"; say where it went.
      if (factorId) notify(store.getState().announcement.text);
      dispatch({ type: 'close' });
    },
    [view.revealing, view.revealed, notify, store],
  );

  const corner = (
    <TimerWidget
      timer={timer}
      editing={view.overlay?.kind === 'timer'}
      onEdit={() => run('timerMinutes')}
      onDoneEditing={(minutes) => {
        if (minutes !== null) {
          timerDispatch({ type: 'setMinutes', minutes });
          timerDispatch({ type: 'start', now: Date.now() });
          store.getState().announce(text(presentText).say.started({ time: count(text(presentText).minutes, minutes) }));
        }
        closeOverlay();
      }}
    />
  );

  // A session that could not be resumed leaves no code to show: the overlay goes with it.
  const joinOpen = view.overlay?.kind === 'join';
  useEffect(() => {
    if (joinOpen && !liveRunning) dispatch({ type: 'close' });
  }, [joinOpen, liveRunning]);

  // Said when the live session's connection goes or comes back, not on entering Present mode.
  const wasDown = useRef(liveDown);
  useEffect(() => {
    if (wasDown.current === liveDown) return;
    wasDown.current = liveDown;
    const words = liveDown ? text(presentText).say.liveLost : text(presentText).say.liveBack;
    notify(words);
    store.getState().announce(words);
  }, [liveDown, notify, store]);

  const S = text(presentText);
  const status = [
    ...(liveDown ? [S.liveDown] : []),
    ...(timer.finished ? [S.timesUp] : []),
    viewLabel(view),
    ...(view.revealing ? [S.revealedOf({ shown: revealedCount(order, view.revealed), total: order.length })] : []),
    ...(fullscreen.active ? [] : [S.fullscreenHint]),
  ];

  return (
    <div className={`present${timer.finished ? ' present--time-up' : ''}`} data-theme={view.theme} data-testid="present-mode">
      <main ref={surface} className="present__stage" aria-label={S.stage}>
        <h1 className="visually-hidden">{S.heading({ name: scenario.name })}</h1>
        <p id="present-instructions" className="visually-hidden">
          {S.instructions}
        </p>
        {view.zoom === null ? (
          <OverviewMatrix view={view} revealed={revealed} latest={latest} dispatch={dispatch} name={scenario.name} corner={corner} />
        ) : (
          <ZoomView view={view} revealed={revealed} latest={latest} dispatch={dispatch} corner={corner} />
        )}
      </main>
      <PresentToast message={toast} />
      {view.overlay?.kind === 'capture' ? (
        <QuickCapture cell={view.overlay.cell} onDone={onCaptured} />
      ) : (
        <PresentControls name={scenario.name} timerRunning={isRunning(timer)} liveRunning={liveRunning} status={status} run={run} onExit={() => store.getState().setMode('edit')} />
      )}
      <HelpOverlay open={view.overlay?.kind === 'help'} onClose={closeOverlay} />
      <StrategyOverlay open={view.overlay?.kind === 'strategy'} onClose={closeOverlay} />
      <JoinOverlay open={joinOpen} live={liveRunning} onClose={closeOverlay} />
    </div>
  );
}
