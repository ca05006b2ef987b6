import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useActions, useAppStore } from '../../store/context';
import { useToolbarHeight } from '../../ui/useToolbarHeight';
import { joinLink, viewLink } from '../../sync/liveConnection';
import { removeRoomFactor, restoreRoomFactor, type RoomFactor, updateSession } from '../../sync/liveRoom';
import { CopyLink } from './CopyLink';
import { type HostSession, startHostSession, useHostSession } from './hostSession';
import { QrCode } from './QrCode';
import { HOST_AUTHOR, MAX_DOT_BUDGET, PHASES } from './rules';
import { LIVE } from './strings';
import { useConnectedCount, useRoomState } from './useRoom';
import './live.css';

// Present mode's join overlay loads it from here, so the host's live code stays one chunk (JoinOverlay.tsx).
export { JoinCode } from './JoinCode';

type Opening = { step: 'checking' } | { step: 'no-server' } | { step: 'failed'; reason: string } | { step: 'open'; session: HostSession };

/** The facilitator's panel: starts a session on first open, then shows the code, links and controls. */
export function HostPanel({ onClose }: { onClose(): void }) {
  const store = useAppStore();
  const running = useHostSession((state) => state.session);
  const [opening, setOpening] = useState<Opening>(running ? { step: 'open', session: running } : { step: 'checking' });
  const headingId = useId();
  useToolbarHeight();

  useEffect(() => {
    if (running) {
      setOpening({ step: 'open', session: running });
      return;
    }
    if (opening.step !== 'checking') return;
    let cancelled = false;
    startHostSession(store)
      .then((result) => {
        if (!cancelled) setOpening(result.ok ? { step: 'open', session: result.session } : { step: 'no-server' });
      })
      .catch((error: unknown) => !cancelled && setOpening({ step: 'failed', reason: String(error) }));
    return () => {
      cancelled = true;
    };
  }, [store, running, opening.step]);

  return (
    <section className="live-panel" aria-labelledby={headingId} data-testid="live-panel">
      <header className="live-panel__header">
        <h2 id={headingId}>{LIVE.panelTitle}</h2>
        <button type="button" onClick={onClose} aria-label={LIVE.closePanelLabel}>
          {LIVE.closePanel}
        </button>
      </header>
      {opening.step === 'checking' && <p role="status">{LIVE.checking}</p>}
      {opening.step === 'no-server' && <p role="alert">{LIVE.needsServer}</p>}
      {opening.step === 'failed' && <p role="alert">{LIVE.startFailed(opening.reason)}</p>}
      {opening.step === 'open' && <SessionControls session={opening.session} />}
    </section>
  );
}

function SessionControls({ session }: { session: HostSession }) {
  const store = useAppStore();
  const actions = useActions();
  const status = useHostSession((state) => state.status);
  const failure = useHostSession((state) => state.failure);
  const room = useRoomState(session.doc);
  const connected = useConnectedCount(session.provider);
  const budgetId = useId();
  const participantLink = joinLink(session.base, session.secret);
  const { phase, dotBudget, hidden, revealed } = room.session;
  const theirs = room.factors.filter((factor) => factor.author !== HOST_AUTHOR);

  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const focusAfterRemove = useRef<number | null>(null);

  // The removed item's button is gone: focus goes to the next one, the previous, or the heading.
  useLayoutEffect(() => {
    const index = focusAfterRemove.current;
    if (index === null) return;
    focusAfterRemove.current = null;
    const buttons = listRef.current?.querySelectorAll('button') ?? [];
    (buttons[Math.min(index, buttons.length - 1)] ?? headingRef.current)?.focus();
  }, [theirs.length]);

  const remove = (factor: RoomFactor, index: number) => {
    focusAfterRemove.current = index;
    // A factor on the facilitator's scenario is deleted there, with Undo, and the bridge takes it
    // out of the room; one still hidden from the shared screens is only in the room.
    if (actions.removeFactor(factor.id, session.scenarioId)) return;
    removeRoomFactor(session.doc, factor.id);
    store.getState().toast(LIVE.removed(factor.title), {
      action: { label: LIVE.undoRemove, run: () => restoreRoomFactor(session.doc, factor.id) },
    });
  };

  const end = async () => {
    if (!window.confirm(LIVE.confirmEnd)) return;
    await session.end();
    store.getState().toast(LIVE.ended);
  };

  return (
    <div className="live-panel__body">
      <p className={`live-status live-status--${status}`} role="status">
        {failure ? LIVE.permissionDenied : LIVE.status[status]} · <span data-testid="live-connected">{LIVE.connectedCount(connected)}</span>
      </p>
      {session.resumed && <p className="live-note">{LIVE.resumed}</p>}
      <div className="live-panel__join">
        <figure className="live-panel__qr">
          <QrCode text={participantLink} />
          <figcaption>{LIVE.scanToJoin}</figcaption>
        </figure>
        <div>
          <CopyLink label={LIVE.participantLink} link={participantLink} testId="live-join-link" />
          <CopyLink label={LIVE.viewLink} link={viewLink(session.base, session.roomName)} testId="live-view-link" />
        </div>
      </div>

      <fieldset className="live-phase">
        <legend>{LIVE.phaseLegend}</legend>
        {PHASES.map((option) => (
          <label key={option}>
            <input type="radio" name="live-phase" value={option} checked={phase === option} onChange={() => updateSession(session.doc, { phase: option })} />
            {LIVE.phaseNames[option]}
          </label>
        ))}
      </fieldset>

      <div className="live-field">
        <label htmlFor={budgetId}>{LIVE.budgetLabel}</label>
        <input
          id={budgetId}
          type="number"
          min={0}
          max={MAX_DOT_BUDGET}
          value={dotBudget}
          onChange={(event) => {
            const value = Number(event.currentTarget.value);
            if (Number.isInteger(value) && value >= 0 && value <= MAX_DOT_BUDGET) updateSession(session.doc, { dotBudget: value });
          }}
        />
      </div>

      <div className="live-field">
        <label>
          <input type="checkbox" checked={hidden} onChange={(event) => updateSession(session.doc, { hidden: event.currentTarget.checked, revealed: false })} />
          {LIVE.hiddenLabel}
        </label>
        {hidden && (
          <>
            <button type="button" className="button--primary" disabled={revealed} onClick={() => updateSession(session.doc, { revealed: true })}>
              {revealed ? LIVE.revealed : LIVE.reveal}
            </button>
            <p className="live-note">{LIVE.hiddenNote}</p>
          </>
        )}
      </div>

      <h3 ref={headingRef} tabIndex={-1}>
        {LIVE.participantFactors}
      </h3>
      {theirs.length === 0 ? (
        <p className="live-note">{LIVE.noParticipantFactors}</p>
      ) : (
        <ul className="live-list" data-testid="live-participant-factors" ref={listRef}>
          {theirs.map((factor, index) => (
            <li key={factor.id}>
              <span className="live-list__title">{factor.title}</span>{' '}
              <span className="live-note">{LIVE.byAuthor(room.participants.get(factor.author)?.name || LIVE.anonymous)}</span>
              <button type="button" className="button--danger" onClick={() => remove(factor, index)}>
                {LIVE.removeFactor(factor.title)}
              </button>
            </li>
          ))}
        </ul>
      )}

      <button type="button" className="live-end" onClick={() => void end()}>
        {LIVE.endSession}
      </button>
    </div>
  );
}
