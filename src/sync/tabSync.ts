import * as Y from 'yjs';

/** The origin of updates that came from another tab of this browser. */
export const FROM_OTHER_TAB = Symbol('from another tab');

type Message = { type: 'update'; update: Uint8Array } | { type: 'hello'; stateVector: Uint8Array };

/** True when `theirs` has seen changes that `ours` has not. */
function knowsMore(theirs: Uint8Array, ours: Uint8Array): boolean {
  const mine = Y.decodeStateVector(ours);
  for (const [client, clock] of Y.decodeStateVector(theirs)) if (clock > (mine.get(client) ?? 0)) return true;
  return false;
}

/**
 * Keeps the tabs of one browser on one document, live: every change made here is posted to the
 * others as a Yjs update, and a tab that opens asks the others for what it lacks. Yjs merges
 * updates field by field in any order, so there is nothing to resolve here. Returns a stop function;
 * without BroadcastChannel it does nothing, and tabs still meet through storage.
 */
export function startTabSync(doc: Y.Doc, channelName = 'swot-pest-matrix/doc'): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(channelName);
  const post = (message: Message) => channel.postMessage(message);

  // A change made here is posted in a task of its own, not in the middle of drawing it: cloning
  // and posting the update took about half a millisecond of an add. A hidden tab, whose timers the
  // browser may hold back for a minute, posts at once. Updates leave in the order they were made.
  const queued: Uint8Array[] = [];
  const postQueued = () => {
    for (const update of queued.splice(0)) post({ type: 'update', update });
  };
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === FROM_OTHER_TAB) return;
    if (queued.push(update) === 1) setTimeout(postQueued);
    if (document.hidden) postQueued();
  };
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    try {
      if (message?.type === 'update') Y.applyUpdate(doc, message.update, FROM_OTHER_TAB);
      else if (message?.type === 'hello') answerHello(message.stateVector);
    } catch {
      // A message this build cannot read (another version, damage) changes nothing here; the
      // other tab's saved copy is checked, and set aside if need be, when storage reports it.
    }
  };
  const answerHello = (stateVector: Uint8Array) => {
    const ours = Y.encodeStateVector(doc);
    post({ type: 'update', update: Y.encodeStateAsUpdate(doc, stateVector) });
    if (knowsMore(stateVector, ours)) post({ type: 'hello', stateVector: ours });
  };
  doc.on('update', onUpdate);
  post({ type: 'hello', stateVector: Y.encodeStateVector(doc) });
  return () => {
    doc.off('update', onUpdate);
    postQueued();
    channel.close();
  };
}
