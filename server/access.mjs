import { createHash } from 'node:crypto';

/**
 * Who may do what in a room. Three keys, each derived one way from the one before by SHA-256
 * (first 22 base64url characters), so each link gives no way to the one above it:
 *
 *   host key     128 random bits, kept by the facilitator's tab only
 *   join secret  joinSecretOf(host key), in the participants' link
 *   room name    roomNameOf(join secret), alone in the view-only link
 *
 *   token "host:<host key>"     may create the room and write everything
 *   token "join:<join secret>"  may write to a room that exists, except what permissions.mjs keeps for the host
 *   token "view"                may read a room that exists; the server drops its updates
 */
const hash22 = (text) => createHash('sha256').update(text, 'utf8').digest('base64url').slice(0, 22);
export const roomNameOf = (secret) => hash22(secret);
export const joinSecretOf = (hostKey) => hash22(`join:${hostKey}`);

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
  const joinSecret = role === 'host' && secret ? joinSecretOf(secret) : secret;
  if ((role !== 'host' && role !== 'join') || !secret || secret.length > 64 || roomNameOf(joinSecret) !== documentName) {
    throw new AccessError('permission-denied');
  }
  if (role === 'join' && !rooms.has(documentName)) throw new AccessError('room-not-found');
  return { role, readOnly: false };
}
