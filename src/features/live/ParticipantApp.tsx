import { useEffect, useState } from 'react';
import type { Cell } from '../../domain/axes';
import { cellLabel } from '../../i18n/axes';
import { roomNameOf } from '../../sync/liveConnection';
import { setParticipantName } from '../../sync/liveRoom';
import { CellPicker } from './CellPicker';
import { CellView } from './CellView';
import { ConnectionBanner } from './ConnectionBanner';
import { NameForm } from './NameForm';
import { type Identity, readIdentity, saveIdentity } from './roomCopy';
import { ownVotes, visibleFactors, votesLeft } from './rules';
import { LIVE } from './strings';
import { useRoomConnection } from './useRoomConnection';
import { useRoomState } from './useRoom';
import './live.css';

const newParticipantId = (): string =>
  `p-${Array.from(globalThis.crypto.getRandomValues(new Uint8Array(8)), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;

/** A participant's phone: a name, then the cells, then one cell at a time to add factors and vote. */
export function ParticipantApp({ secret }: { secret: string }) {
  const roomName = roomNameOf(secret);
  const [attempt, setAttempt] = useState(0);
  const connection = useRoomConnection('join', secret, attempt);
  const room = useRoomState(connection.doc);
  const [identity, setIdentity] = useState<Identity | null>(() => readIdentity(roomName));
  const [cell, setCell] = useState<Cell | null>(null);
  const [announcement, setAnnouncement] = useState({ text: '', seq: 0 });
  const announce = (text: string) => setAnnouncement((previous) => ({ text, seq: previous.seq + 1 }));

  // Name and presence go out again after every reconnect; awareness is how the room counts phones.
  useEffect(() => {
    if (!identity) return;
    setParticipantName(connection.doc, identity.id, identity.name);
    connection.provider?.awareness?.setLocalState({ role: 'participant', id: identity.id, name: identity.name });
  }, [identity, connection.doc, connection.provider]);

  const join = (name: string) => {
    const next = { id: identity?.id ?? newParticipantId(), name };
    saveIdentity(roomName, next);
    setIdentity(next);
    announce(LIVE.greeting(name));
  };

  const viewer = identity ? ({ kind: 'participant', id: identity.id } as const) : ({ kind: 'screen' } as const);
  const factors = visibleFactors(room.factors, room.session, viewer);
  const factorIds = new Set(room.factors.map((factor) => factor.id));
  const own = identity ? ownVotes(room.votes, identity.id, factorIds) : new Map<string, number>();
  const left = identity ? votesLeft(room.votes, identity.id, room.session.dotBudget, factorIds) : 0;
  const { phase, ended, dotBudget } = room.session;

  return (
    <div className="live-phone">
      <header className="live-phone__header">
        <h1>{room.scenarioName || LIVE.joinTitle}</h1>
        {identity && <p className="live-note">{LIVE.greeting(identity.name)}</p>}
      </header>
      <ConnectionBanner connection={connection} onRetry={() => setAttempt((count) => count + 1)} />
      {!identity ? (
        <NameForm onJoin={join} />
      ) : ended ? (
        <p className="live-phone__ended" role="status">
          {LIVE.sessionEnded}
        </p>
      ) : (
        <main>
          <p className="live-phone__phase">
            <strong>{LIVE.phaseNow(LIVE.phaseNames[phase])}</strong> {LIVE.phaseHelp[phase]}
          </p>
          {phase === 'vote' && (
            <>
              <p className="live-dots" data-testid="dots-left">
                {LIVE.dotsLeft(left, dotBudget)}
              </p>
              <p className="live-note">{LIVE.holdHint}</p>
            </>
          )}
          {cell ? (
            <CellView
              cell={cell}
              room={room}
              doc={connection.doc}
              me={identity}
              factors={factors.filter((factor) => factor.pest === cell.pest && factor.swot === cell.swot)}
              ownVotes={own}
              left={left}
              announce={announce}
              onBack={() => {
                setCell(null);
                announce(LIVE.backToCells);
              }}
            />
          ) : (
            <CellPicker
              factors={factors}
              onOpen={(picked) => {
                setCell(picked);
                announce(cellLabel(picked));
              }}
            />
          )}
        </main>
      )}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-announcer">
        <span key={announcement.seq}>{announcement.text}</span>
      </div>
    </div>
  );
}
