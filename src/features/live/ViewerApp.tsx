import { useRef, useState } from 'react';
import { PEST, SWOT } from '../../domain/axes';
import { cellLabel, pestLabel, swotLabel } from '../../i18n/axes';
import { roomTotals } from '../../sync/liveRoom';
import { ConnectionBanner } from './ConnectionBanner';
import { HOST_AUTHOR, othersVisible, visibleFactors } from './rules';
import { LIVE } from './strings';
import { useConnectedCount, useRoomState } from './useRoom';
import { useRoomConnection } from './useRoomConnection';
import { useFitToScreen } from './useFitToScreen';
import './live.css';

/**
 * A second screen: the room's matrix, read-only. The server drops anything this connection
 * sends, so the page has no way to change the room even if its code were altered.
 */
export function ViewerApp({ roomName }: { roomName: string }) {
  const [attempt, setAttempt] = useState(0);
  const connection = useRoomConnection('view', roomName, attempt);
  const room = useRoomState(connection.doc);
  const connected = useConnectedCount(connection.provider);
  const screen = { kind: 'screen' } as const;
  const open = othersVisible(room.session, screen);
  const shown = visibleFactors(room.factors, room.session, screen);
  const totals = roomTotals(room, open);
  const hiddenFactors = room.factors.filter((factor) => factor.author !== HOST_AUTHOR).length;
  const castVotes = room.votes.reduce((sum, [, count]) => sum + (Number.isInteger(count) && count > 0 ? count : 0), 0);
  const page = useRef<HTMLDivElement>(null);
  useFitToScreen(page, room);

  return (
    <div className="live-screen" ref={page}>
      <header className="live-screen__header">
        <h1>{LIVE.viewTitle(room.scenarioName)}</h1>
        <p>
          <span className="live-tag">{LIVE.viewOnly}</span> {LIVE.phaseNow(LIVE.phaseNames[room.session.phase])} ·{' '}
          <span data-testid="live-connected">{LIVE.connectedCount(connected)}</span>
        </p>
        {!open && (
          <p className="live-screen__hidden" role="status" data-testid="hidden-summary">
            {LIVE.hiddenSummary(hiddenFactors, castVotes)}
          </p>
        )}
        {room.session.ended && <p role="status">{LIVE.sessionEnded}</p>}
      </header>
      <ConnectionBanner connection={connection} onRetry={() => setAttempt((count) => count + 1)} />
      <table className="live-grid">
        <thead>
          <tr>
            <td />
            {SWOT.map((swot) => (
              <th key={swot} scope="col" className={`live-grid__head--${swot}`}>
                {swotLabel(swot)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {PEST.map((pest) => (
            <tr key={pest}>
              <th scope="row">{pestLabel(pest)}</th>
              {SWOT.map((swot) => (
                <td key={swot} aria-label={cellLabel({ pest, swot })} data-testid={`cell-${pest}-${swot}`}>
                  <ul>
                    {shown
                      .filter((factor) => factor.pest === pest && factor.swot === swot)
                      .map((factor) => (
                        <li key={factor.id}>
                          {factor.title}
                          {(totals.get(factor.id) ?? 0) > 0 && <span className="live-count">{totals.get(factor.id)}</span>}
                        </li>
                      ))}
                  </ul>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
