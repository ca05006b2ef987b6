import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import { digest } from 'lib0/hash/sha256';
import type * as Y from 'yjs';

/**
 * Reaching a live room on the server started by `npm run live` (server/live.mjs). A room is
 * known by three strings, each derived from the one before by SHA-256 (server/access.mjs): the
 * host key (128 random bits, kept by the facilitator's tab), the join secret (the participants'
 * link) and the room name (the only thing in a view-only link). The server lets a connection
 * write only when it proves the join secret, and change the session only with the host key.
 *
 * SHA-256 comes from lib0 rather than crypto.subtle, and randomness from getRandomValues
 * rather than randomUUID: a phone on a plain-HTTP LAN address is not in a secure context,
 * and those are missing there.
 */
export type RoomRole = 'host' | 'join' | 'view';

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '');
}

export const newRoomSecret = (): string => base64Url(globalThis.crypto.getRandomValues(new Uint8Array(16)));
const hash22 = (text: string): string => base64Url(digest(new TextEncoder().encode(text))).slice(0, 22);
export const roomNameOf = (secret: string): string => hash22(secret);
export const joinSecretOf = (hostKey: string): string => hash22(`join:${hostKey}`);
export const isRoomKey = (value: string | null): value is string => value !== null && /^[A-Za-z0-9_-]{22}$/.test(value);

export interface LiveServerInfo {
  /** Addresses phones can open, as the server sees its network. */
  addresses: string[];
}

/** Asks the page's own server whether it runs live sessions; a static host or `vite` answers with the page, not JSON. */
export async function findLiveServer(fetchImpl: typeof fetch = fetch): Promise<LiveServerInfo | null> {
  try {
    const response = await fetchImpl('/api/live', { cache: 'no-store' });
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('application/json')) return null;
    const body = (await response.json()) as { live?: unknown; addresses?: unknown };
    if (body.live !== true) return null;
    const addresses = Array.isArray(body.addresses) ? body.addresses.filter((item): item is string => typeof item === 'string') : [];
    return { addresses };
  } catch {
    return null;
  }
}

const isLoopback = (hostname: string): boolean => hostname === 'localhost' || hostname.startsWith('127.') || hostname === '[::1]';

/** Where phones should go: this page's address, unless it is the laptop's own loopback. */
export function publicBase(location: Pick<Location, 'origin' | 'hostname'>, server: LiveServerInfo): string {
  if (isLoopback(location.hostname) && server.addresses[0]) return server.addresses[0].replace(/\/?$/, '/');
  return `${location.origin}/`;
}

export const joinLink = (base: string, secret: string): string => `${base}?join=${secret}`;
export const viewLink = (base: string, name: string): string => `${base}?view=${name}`;

export type ConnectionStatus = 'connecting' | 'connected' | 'offline';
export type RoomFailure = 'room-not-found' | 'permission-denied' | 'bad-request' | string;

export interface RoomConnectionOptions {
  doc: Y.Doc;
  role: RoomRole;
  /** The host key for host, the join secret for join, the room name for view. */
  key: string;
  onStatus(status: ConnectionStatus): void;
  onSynced?(): void;
  onFailure(reason: RoomFailure): void;
}

/**
 * When a connection closes, the server marks its presence gone by raising that client's awareness
 * clock by one. Sent again with its old clock after a reconnect, the presence would be ignored
 * until the next renewals (up to 30 s), so the phone would not count as connected. Two local
 * updates move the clock past the server's mark.
 */
function reannounce(provider: HocuspocusProvider): void {
  const awareness = provider.awareness;
  const state = awareness?.getLocalState();
  if (!awareness || !state) return;
  awareness.setLocalState({ ...state });
  awareness.setLocalState({ ...state });
}

export function connectRoom({ doc, role, key, onStatus, onSynced, onFailure }: RoomConnectionOptions): HocuspocusProvider {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const provider = new HocuspocusProvider({
    url: `${scheme}://${location.host}/sync`,
    name: role === 'view' ? key : roomNameOf(role === 'host' ? joinSecretOf(key) : key),
    document: doc,
    token: role === 'view' ? 'view' : `${role}:${key}`,
    onStatus: ({ status }) => onStatus(status === WebSocketStatus.Connected ? 'connected' : status === WebSocketStatus.Connecting ? 'connecting' : 'offline'),
    onSynced: () => onSynced?.(),
    onAuthenticationFailed: ({ reason }) => onFailure(reason),
    onAuthenticated: () => reannounce(provider),
  });
  // A phone's browser says at once when its network goes; the socket alone may notice only at its
  // 30 s check, and meanwhile the page would claim to be connected. Changes made offline stay in
  // the document and go out in the sync that follows the reconnect.
  const offline = () => void provider.disconnect();
  const online = () => void provider.connect();
  window.addEventListener('offline', offline);
  window.addEventListener('online', online);
  provider.on('destroy', () => {
    window.removeEventListener('offline', offline);
    window.removeEventListener('online', online);
  });
  return provider;
}
