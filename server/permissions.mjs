import * as Y from 'yjs';

/**
 * What only the facilitator may do in a room, enforced on the server: change the session's
 * settings (phase, dot budget, hidden, revealed, ended), or remove a factor (or the scenario).
 * Participants' phones never do either; a phone that was tampered with could, since a join
 * connection may write to the shared document.
 *
 * Yjs cannot refuse part of an update before applying it without decoding the structs against
 * the document, so a forbidden change is applied and then undone at once by the server, as a
 * change of its own that reaches every client (and the room file) right after. The undo takes
 * back everything that transaction did to the settings and the scenarios, so a tampered
 * client's factors in the same message go too; honest clients never mix the two.
 */
const isParticipant = (origin) => typeof origin?.context?.role === 'string' && origin.context.role !== 'host';

/** The mark on a factor the facilitator removed (src/sync/liveRoom.ts, REMOVED). */
const REMOVED = 'removed';

/** Whether a transaction changed the settings, or removed (or brought back) a scenario or a factor. */
export function touchesHostOnly(transaction, session, scenarios) {
  if (transaction.changed.has(session)) return true;
  // A scenario's `factors` map.
  const isFactors = (type) => type instanceof Y.Map && type._item?.parentSub === 'factors' && type._item.parent?._item?.parent === scenarios;
  for (const [type, keys] of transaction.changed) {
    if (type === scenarios) {
      for (const key of keys) if (!scenarios.has(key)) return true;
      continue;
    }
    // A key gone from a factors map is a factor deleted outright (an older facilitator's way).
    if (isFactors(type)) {
      for (const key of keys) if (key !== null && !type.has(key)) return true;
    }
    // A factor's removal mark set or cleared.
    if (keys.has(REMOVED) && isFactors(type._item?.parent)) return true;
  }
  return false;
}

/**
 * Watches a room's document for the life of the server; `onRefused` hears of each undone change.
 * Returns a function that stops watching.
 */
export function enforceHostOnly(doc, onRefused = () => {}) {
  const session = doc.getMap('session');
  const scenarios = doc.getMap('scenarios');
  const undo = new Y.UndoManager([session, scenarios], {
    captureTimeout: 0,
    trackedOrigins: new Set(),
    // Runs before the origin check, so a refused connection is tracked for this one transaction.
    captureTransaction: (transaction) => {
      const refuse = isParticipant(transaction.origin) && touchesHostOnly(transaction, session, scenarios);
      if (refuse) undo.trackedOrigins.add(transaction.origin);
      return refuse;
    },
  });
  const onAdded = ({ origin }) => {
    undo.trackedOrigins.delete(origin);
    undo.undo();
    undo.clear();
    onRefused(origin);
  };
  undo.on('stack-item-added', onAdded);
  return () => {
    undo.off('stack-item-added', onAdded);
    undo.destroy();
  };
}
