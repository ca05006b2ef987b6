import { createRequire } from 'node:module';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';

// Node 20 has no WebSocket of its own; the provider takes the server's `ws` package instead.
const WebSocket = createRequire(import.meta.url)('ws');

/** Wall-clock milliseconds with sub-millisecond precision, comparable across processes on one machine. */
export const now = () => performance.timeOrigin + performance.now();

/** One client with its own socket, as a phone has; resolves once the room has arrived. */
export function connect(port, name, token) {
  const doc = new Y.Doc();
  return new Promise((resolve, reject) => {
    const provider = new HocuspocusProvider({
      websocketProvider: new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${port}/sync`, WebSocketPolyfill: WebSocket }),
      name,
      token,
      document: doc,
      onSynced: () => resolve({ doc, provider }),
      onAuthenticationFailed: ({ reason }) => reject(new Error(reason)),
    });
    provider.attach();
  });
}

/** The room's factors map (the layout of src/sync/liveRoom.ts) and its votes. */
export function roomParts(doc) {
  const scenario = doc.getMap('scenarios').get('s-bench');
  return { factors: scenario?.get('factors'), votes: doc.getMap('votes') };
}

/** Factors and dots the room holds now. */
export function tally(doc) {
  const { factors, votes } = roomParts(doc);
  let dots = 0;
  for (const value of votes.values()) dots += value;
  return { factors: factors?.size ?? 0, dots };
}
