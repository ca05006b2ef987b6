import type { Dispatch, RefObject } from 'react';
import { type Cell, PEST } from '../../domain/axes';
import { cellLabel, pestLabel } from '../../i18n/axes';
import { cellFactors, findFactor } from '../../domain/matrix';
import type { Scenario } from '../../domain/schema';
import type { Actions } from '../../store/actions';
import type { VoteActions } from '../../store/voteActions';
import type { AppStore } from '../../store/appStore';
import { selectActiveScenario } from '../../store/selectors';
import { focusedCard, shownCards } from './dom';
import type { Command } from './keymap';
import { cellOfFactor, hideLast, revealedCount, revealNext, revealOrder } from './reveal';
import { isRunning, spokenClock, type TimerAction, type TimerState } from './timer';
import { type ViewAction, viewLabel, viewReducer, type ViewState } from './viewState';
import { count, text } from '../../i18n/core';
import { presentText } from '../../i18n/en/present';

export interface CommandContext {
  store: AppStore;
  actions: Actions & VoteActions;
  view: ViewState;
  dispatch: Dispatch<ViewAction>;
  timer: TimerState;
  timerDispatch: Dispatch<TimerAction>;
  toggleFullscreen(): Promise<boolean>;
  surface: RefObject<HTMLElement | null>;
  /** Shows a short message on screen for a moment (see PresentToast). */
  notify(text: string): void;
  /** Whether this tab runs a live session, so there is a join code to show. */
  liveRunning: boolean;
}


const isSortedByVotes = (scenario: Scenario, cell: Cell) =>
  cellFactors(scenario, cell).every((factor, index, all) => index === 0 || all[index - 1]!.votes >= factor.votes);

/** The help list, the strategy and the join code are modal: only the keys that close them do anything. */
function modalIgnores(command: Command, view: ViewState): boolean {
  switch (view.overlay?.kind) {
    case 'help':
      return command !== 'toggleHelp' && command !== 'back';
    case 'strategy':
      return command !== 'toggleStrategy' && command !== 'back';
    case 'join':
      return command !== 'toggleJoin' && command !== 'back';
    default:
      return false;
  }
}

/**
 * Runs one command of Present mode. Changes to the scenario go through the store's actions, so undo covers them.
 * Returns false when an open dialog ignores the command: its key then keeps its ordinary meaning
 * there (↑ ↓ scroll a dialog that runs past the screen), so the key handler leaves it alone.
 */
export function runCommand(command: Command, context: CommandContext): boolean {
  if (modalIgnores(command, context.view)) return false;
  execute(command, context);
  return true;
}

function execute(command: Command, context: CommandContext): void {
  const { store, actions, view, dispatch, timer, timerDispatch } = context;
  const surface = context.surface.current;
  /** For screen readers: what changed, where the screen shows it anyway. */
  const say = (text: string) => store.getState().announce(text);
  /** For everyone: why a key did nothing, or a change the screen does not make obvious. */
  const tell = (text: string) => {
    say(text);
    context.notify(text);
  };
  /** The store's own words for undo and redo ("Undone", "Nothing to redo"), shown as well. */
  const echo = () => context.notify(store.getState().announcement.text);
  const scenario = () => selectActiveScenario(store.getState());
  /** Back on the whole matrix mid-reveal, the room sees the cells so far; say how far it got. */
  const wholeMatrix = () => {
    if (!view.revealing) return text(presentText).wholeMatrix;
    const order = revealOrder(scenario().factors);
    return text(presentText).say.wholeMatrixSoFar({ shown: revealedCount(order, view.revealed), total: order.length });
  };

  switch (command) {
    case 'up':
    case 'down': {
      const card = focusedCard(surface);
      const cellEl = card?.closest<HTMLElement>('[data-cell]');
      if (card && cellEl) {
        // On a card, up and down step through the cell's cards; above the first is the cell itself.
        const cards = shownCards(cellEl);
        const next = cards.indexOf(card) + (command === 'up' ? -1 : 1);
        if (next < 0) cellEl.focus();
        else cards[next]?.focus();
        return;
      }
      dispatch({ type: 'move', rows: command === 'up' ? -1 : 1, cols: 0 });
      return;
    }
    case 'left':
    case 'right':
      dispatch({ type: 'move', rows: 0, cols: command === 'left' ? -1 : 1 });
      return;

    case 'zoomCell': {
      dispatch({ type: 'zoom', zoom: 'cell' });
      const factorCount = cellFactors(scenario(), view.focus).length;
      say(text(presentText).say.zoomedCell({ cell: cellLabel(view.focus), factors: count(text(presentText).factors, factorCount) }));
      return;
    }
    case 'zoomRow':
    case 'zoomColumn': {
      const zoom = command === 'zoomRow' ? 'row' : 'column';
      const next = view.zoom === zoom ? null : zoom;
      dispatch({ type: 'zoom', zoom });
      say(next ? text(presentText).say.zoomed({ view: viewLabel({ focus: view.focus, zoom: next }) }) : wholeMatrix());
      return;
    }
    case 'rowTour': {
      const next = viewReducer(view, { type: 'tourNext' });
      dispatch({ type: 'tourNext' });
      if (next.zoom !== 'row') return say(wholeMatrix());
      const factorCount = scenario().factors.filter((factor) => factor.pest === next.focus.pest).length;
      say(
        text(presentText).say.tourRow({
          pest: pestLabel(next.focus.pest),
          position: PEST.indexOf(next.focus.pest) + 1,
          total: PEST.length,
          factors: count(text(presentText).factors, factorCount),
        }),
      );
      return;
    }
    case 'back':
      if (view.overlay) dispatch({ type: 'close' });
      else if (view.zoom) {
        dispatch({ type: 'zoomOut' });
        say(wholeMatrix());
      } else store.getState().setMode('edit');
      return;

    case 'toggleReveal': {
      const total = scenario().factors.length;
      dispatch({ type: 'toggleReveal' });
      say(
        view.revealing
          ? text(presentText).say.revealOff
          : text(presentText).say.revealOn({ total }),
      );
      return;
    }
    case 'revealNext':
    case 'revealPrevious': {
      const factors = scenario().factors;
      const order = revealOrder(factors);
      const step = command === 'revealNext' ? revealNext(order, view.revealed) : hideLast(order, view.revealed);
      if (!step) return tell(command === 'revealNext' ? text(presentText).say.allRevealed : text(presentText).say.noneRevealed);
      const cell = cellOfFactor(factors, step.id);
      dispatch({ type: 'setRevealed', revealed: step.revealed, cell, reveal: command === 'revealNext' });
      const S = text(presentText).say;
      const title = factors.find((factor) => factor.id === step.id)?.title ?? S.factor;
      const words = { title, cell: cell ? cellLabel(cell) : S.theMatrix, shown: revealedCount(order, step.revealed), total: order.length };
      say(command === 'revealNext' ? S.revealed(words) : S.hid(words));
      return;
    }

    case 'voteUp':
    case 'voteDown': {
      const id = focusedCard(surface)?.dataset.factorId;
      const factor = id ? findFactor(scenario(), id) : undefined;
      if (!id || !factor) return tell(text(presentText).say.selectFirst);
      if (command === 'voteDown' && factor.votes === 0) return tell(text(presentText).say.noVotesToTake({ title: factor.title }));
      if (!actions.changeVotes(id, command === 'voteUp' ? 1 : -1)) return;
      const votes = findFactor(scenario(), id)?.votes ?? 0;
      say(text(presentText).say.votes({ title: factor.title, votes: count(text(presentText).votes, votes) }));
      return;
    }
    case 'sortByVotes': {
      const label = cellLabel(view.focus);
      // Sorting an already sorted cell would only add an empty step to undo.
      if (isSortedByVotes(scenario(), view.focus)) return tell(text(presentText).say.alreadySorted({ cell: label }));
      if (actions.sortCellByVotes(view.focus)) tell(text(presentText).say.sorted({ cell: label }));
      return;
    }
    case 'clearVotes': {
      if (scenario().factors.every((factor) => factor.votes === 0)) return tell(text(presentText).say.noVotes);
      if (actions.clearVotes()) tell(text(presentText).say.cleared);
      return;
    }

    case 'timerMinutes':
      dispatch({ type: 'open', overlay: { kind: 'timer' } });
      return;
    case 'timerToggle':
      if (isRunning(timer)) {
        timerDispatch({ type: 'pause', now: Date.now() });
        say(text(presentText).say.paused({ left: spokenClock(timer.remainingMs) }));
      } else {
        timerDispatch({ type: 'start', now: Date.now() });
        say(text(presentText).say.started({ time: spokenClock(timer.finished ? timer.minutes * 60_000 : timer.remainingMs) }));
      }
      return;
    case 'timerReset':
      timerDispatch({ type: 'reset' });
      say(text(presentText).say.reset({ time: count(text(presentText).minutes, timer.minutes) }));
      return;

    case 'capture':
      dispatch({ type: 'open', overlay: { kind: 'capture', cell: view.focus } });
      return;
    case 'undo':
      store.getState().undo();
      echo();
      return;
    case 'redo':
      store.getState().redo();
      echo();
      return;

    case 'toggleTheme':
      dispatch({ type: 'toggleTheme' });
      say(view.theme === 'light' ? text(presentText).say.darkTheme : text(presentText).say.lightTheme);
      return;
    case 'toggleFullscreen': {
      const wasActive = Boolean(document.fullscreenElement);
      void context.toggleFullscreen().then((active) => {
        if (!active && !wasActive) tell(text(presentText).say.noFullscreen);
      });
      return;
    }
    case 'toggleStrategy':
      dispatch(view.overlay?.kind === 'strategy' ? { type: 'close' } : { type: 'open', overlay: { kind: 'strategy' } });
      return;
    case 'toggleJoin':
      if (view.overlay?.kind === 'join') return dispatch({ type: 'close' });
      // Without a session there is no code to show; an empty overlay on the projector would puzzle the room.
      if (!context.liveRunning) return tell(text(presentText).say.noLiveSession);
      dispatch({ type: 'open', overlay: { kind: 'join' } });
      return;
    case 'toggleHelp':
      dispatch(view.overlay?.kind === 'help' ? { type: 'close' } : { type: 'open', overlay: { kind: 'help' } });
      return;
  }
}
