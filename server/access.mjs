import { createHash } from 'node:crypto';

/**
 * Who may do what in a room. A room's name is the first 22 characters of the base64url
 * SHA-256 of its 128-bit secret. The secret is in the participants' link and the facilitator's
 * page; the name alone is in the view-only link. So a projector link gives no way to write:
 *
 *   token "host:<secret>"  may create the room and write
 *   token "join:<secret>"  may write to a room that exists
 *   token "view"           may read a room that exists; the server drops its updates
 */
export const roomNameOf = (secret) => createHash('sha256').update(secret, 'utf8').digest('base64url').slice(0, 22);

export class AccessError extends Error {
  constructor(reason) {
    super(reason);
    this.reason = reason;
  }
}

/** Returns { role, readOnly }, or throws an AccessError whose reason the client shows. */
export function decideAccess(token, documentName, rooms) {
  if (typeof token !== 'string' || !rooms.isName(documentName)) throw new AccessError('bad-request');
  if (token === 'view') {
    if (!rooms.has(documentName)) throw new AccessError('room-not-found');
    return { role: 'view', readOnly: true };
  }
  const [role, secret] = token.split(':', 2);
  if ((role !== 'host' && role !== 'join') || !secret || secret.length > 64 || roomNameOf(secret) !== documentName) {
    throw new AccessError('permission-denied');
  }
  if (role === 'join' && !rooms.has(documentName)) throw new AccessError('room-not-found');
  return { role, readOnly: false };
}
