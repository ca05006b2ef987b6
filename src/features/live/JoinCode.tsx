import { useEffect } from 'react';
import { useAppStore } from '../../store/context';
import { joinLink } from '../../sync/liveConnection';
import { startHostSession, useHostSession } from './hostSession';
import { QrCode } from './QrCode';

/**
 * The query ("?join=…") as one piece: on two lines the address comes first and the whole secret
 * second, rather than "…/?" and "join=…" wherever the line happened to end.
 */
const lines = (link: string) => {
  const at = link.indexOf('?');
  if (at < 0) return link;
  return (
    <>
      {link.slice(0, at)}
      <span className="p-join__query">{link.slice(at)}</span>
    </>
  );
};

/**
 * The running session's QR code and participants' link, for Present mode's join overlay. It sits
 * with the live code (Yjs, the provider, the QR encoder), which Present mode fetches only while a
 * session runs.
 */
export function JoinCode({ loading }: { loading: string }) {
  const store = useAppStore();
  const session = useHostSession((state) => state.session);

  // After a reload the session resumes when its panel opens; Present mode has no panel, so it
  // resumes here instead (with a session already running this returns it and changes nothing).
  useEffect(() => {
    if (!session) void startHostSession(store);
  }, [session, store]);

  if (!session) return <p className="p-join__link" role="status">{loading}</p>;
  const link = joinLink(session.base, session.secret);
  return (
    <>
      <QrCode text={link} />
      <p className="p-join__link" dir="ltr" translate="no" data-testid="present-join-link">
        {lines(link)}
      </p>
    </>
  );
}
