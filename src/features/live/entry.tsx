import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { isRoomKey } from '../../sync/liveConnection';
import { ParticipantApp } from './ParticipantApp';
import { PageStopped } from './PageStopped';
import { LIVE } from './strings';
import { ViewerApp } from './ViewerApp';

/** The phone and second-screen pages (`?join=<secret>`, `?view=<room>`), loaded instead of the editor. */
export function mountLiveRoom(root: Root, params: URLSearchParams): void {
  const join = params.get('join');
  const view = params.get('view');
  root.render(
    <StrictMode>
      <PageStopped>
        {isRoomKey(join) ? (
          <ParticipantApp secret={join} />
        ) : isRoomKey(view) ? (
          <ViewerApp roomName={view} />
        ) : (
          <p role="alert" className="live-banner live-banner--error">
            {LIVE.roomNotFound}
          </p>
        )}
      </PageStopped>
    </StrictMode>,
  );
}
