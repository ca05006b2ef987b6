import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_SESSION } from '../../src/features/live/rules';
import { joinSecretOf, newRoomSecret, roomNameOf } from '../../src/sync/liveConnection';
import { addRoomFactor, readRoom, removeRoomFactor, restoreRoomFactor, seedRoom, setVote, updateSession } from '../../src/sync/liveRoom';
import { makeScenario } from '../fixtures/live';
import { type RunningLiveServer, startLiveServer } from '../tools/live-server.mjs';

// Node 20 has no WebSocket of its own; the provider takes the server's `ws` package instead.
const WebSocket: unknown = createRequire(import.meta.url)('ws');

let server: RunningLiveServer;
let dataDir: string;
const open: HocuspocusProvider[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'live-permissions-'));
  server = await startLiveServer({ dataDir, build: false });
});

afterAll(async () => {
  for (const provider of open) provider.destroy();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A client speaking the same provider as the app; resolves once the server has sent the room. */
function connect(name: string, token: string, doc = new Y.Doc()): Promise<Y.Doc> {
  return new Promise((resolve, reject) => {
    const provider = new HocuspocusProvider({
      websocketProvider: new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${server.port}/sync`, WebSocketPolyfill: WebSocket }),
      name,
      token,
      document: doc,
      onSynced: () => resolve(doc),
      onAuthenticationFailed: ({ reason }) => reject(new Error(reason)),
    });
    provider.attach();
    open.push(provider);
  });
}

/** A facilitator's room with two factors, and one participant in it. */
async function room() {
  const hostKey = newRoomSecret();
  const joinSecret = joinSecretOf(hostKey);
  const name = roomNameOf(joinSecret);
  const host = await connect(name, `host:${hostKey}`);
  seedRoom(host, makeScenario(['a', 'b']));
  updateSession(host, DEFAULT_SESSION);
  const phone = await connect(name, `join:${joinSecret}`);
  await expect.poll(() => readRoom(phone).factors.length).toBe(2);
  return { name, hostKey, joinSecret, host, phone };
}

describe('the live server keeps the session’s settings and removals for the facilitator', () => {
  it('undoes a participant’s change of phase, and keeps the facilitator’s', async () => {
    const { name, host, phone } = await room();
    updateSession(phone, { phase: 'vote', dotBudget: 50, ended: true });
    // The server's undo comes back to the phone that tried.
    await expect.poll(() => readRoom(phone).session).toEqual(DEFAULT_SESSION);
    await expect.poll(() => readRoom(host).session).toEqual(DEFAULT_SESSION);
    const fresh = await connect(name, 'view');
    expect(readRoom(fresh).session).toEqual(DEFAULT_SESSION);

    updateSession(host, { phase: 'vote', dotBudget: 3 });
    await expect.poll(() => readRoom(phone).session.phase).toBe('vote');
    const later = await connect(name, 'view');
    expect(readRoom(later).session).toMatchObject({ phase: 'vote', dotBudget: 3 });
    expect(server.output()).toContain('undid a participant');
  });

  it('brings back a factor a participant removed, and keeps what participants may do', async () => {
    const { name, host, phone } = await room();
    updateSession(host, { phase: 'vote' });
    addRoomFactor(phone, { id: 'mine', title: 'From a phone', cell: { pest: 'social', swot: 'threats' }, author: 'p-1' });
    setVote(phone, 'a', 'p-1', 1);
    await expect.poll(() => readRoom(host).factors.map((factor) => factor.id)).toContain('mine');
    await expect.poll(() => readRoom(host).votes).toEqual([[`a\u0000p-1`, 1]]);

    removeRoomFactor(phone, 'b');
    await expect.poll(() => readRoom(phone).factors.map((factor) => factor.id).sort()).toEqual(['a', 'b', 'mine']);
    const check = await connect(name, 'view');
    expect(readRoom(check).factors.find((factor) => factor.id === 'b')).toMatchObject({ title: 'Factor b', author: 'host' });

    // A tampered phone deleting a factor outright is refused the same way.
    const phoneFactors = () => (phone.getMap('scenarios').values().next().value as Y.Map<Y.Map<unknown>>).get('factors') as Y.Map<unknown>;
    phoneFactors().delete('a');
    await expect.poll(() => readRoom(phone).factors.map((factor) => factor.id).sort()).toEqual(['a', 'b', 'mine']);

    // The facilitator's removal stands, and only the facilitator may bring the factor back.
    removeRoomFactor(host, 'mine');
    await expect.poll(() => readRoom(phone).factors.map((factor) => factor.id).sort()).toEqual(['a', 'b']);
    expect(restoreRoomFactor(phone, 'mine')).toBe(true);
    await expect.poll(() => readRoom(phone).factors.map((factor) => factor.id).sort()).toEqual(['a', 'b']);
    expect(restoreRoomFactor(host, 'mine')).toBe(true);
    await expect.poll(() => readRoom(phone).factors.find((factor) => factor.id === 'mine')?.author).toBe('p-1');
  });

  it('refuses the participants’ link as a facilitator’s key', async () => {
    const { name, joinSecret } = await room();
    await expect(connect(name, `host:${joinSecret}`)).rejects.toThrow('permission-denied');
  });
});
