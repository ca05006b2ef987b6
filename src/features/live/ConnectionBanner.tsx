import { LIVE } from './strings';
import type { RoomConnection } from './useRoomConnection';

/** Says when the phone is offline or the link is wrong; typed work stays on the phone meanwhile. */
export function ConnectionBanner({ connection, onRetry }: { connection: RoomConnection; onRetry(): void }) {
  if (connection.failure) {
    return (
      <div className="live-banner live-banner--error" role="alert">
        <p>{connection.failure === 'room-not-found' ? LIVE.roomNotFound : LIVE.permissionDenied}</p>
        <button type="button" onClick={onRetry}>
          {LIVE.retry}
        </button>
      </div>
    );
  }
  return (
    <p className={`live-status live-status--${connection.status}`} role="status" data-testid="live-status">
      {LIVE.status[connection.status]}
    </p>
  );
}
