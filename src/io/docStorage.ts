import * as Y from 'yjs';
import { FORMAT_VERSION } from '../domain/schema';
import { fromBase64, toBase64 } from './base64';
import { canCompress, COMPRESSION, deflate, inflate } from './compressDoc';
import { keepAside } from './setAside';
import type { SafeStorage, WriteResult } from './safeStorage';
import type { noticesText } from '../i18n/en/notices';

type NoticeWords = typeof noticesText;

/**
 * The document in localStorage, as Yjs updates. Each tab writes under keys of its own,
 * `swot-pest-matrix/doc/<tab>/<n>`, and never under another's: each save adds the changes since
 * the last one as a new key, and now and then a tab folds its keys into one whole copy. Loading
 * merges every key, in any order. So no write can destroy what another tab made.
 */
export const DOC_KEY_PREFIX = 'swot-pest-matrix/doc/';

/** The key of a tab's `n`-th write. */
export const docKey = (tab: string, n: number): string => `${DOC_KEY_PREFIX}${tab}/${String(n).padStart(6, '0')}`;
/**
 * Bumped when the stored form changes in a way an older build could not read. 2: whole copies
 * may be compressed, which a build of layout 1 would take for damaged data.
 */
export const DOC_LAYOUT_VERSION = 2;

interface DocEnvelope {
  kind: 'swot-pest-ydoc';
  layout: number;
  format: number;
  savedAt: string;
  /** Set when `update` holds the update compressed. */
  compression?: typeof COMPRESSION;
  update: string;
}

export type StoredDoc =
  | { kind: 'doc'; key: string; text: string; update: Uint8Array }
  /** A compressed copy, read in full only by `inflateDoc`, which is asynchronous. */
  | { kind: 'compressed'; key: string; text: string; deflated: Uint8Array }
  | { kind: 'unreadable'; key: string; text: string; reason: StoredProblem }
  | { kind: 'newer-version'; key: string; reason: StoredProblem };

/** Why stored data could not be used, worded only when it is shown (the words load then). */
export type StoredProblem = (words: NoticeWords) => string;

export function encodeUpdate(update: Uint8Array, now = Date.now(), compressed = false): string {
  const envelope: DocEnvelope = {
    kind: 'swot-pest-ydoc',
    // A plain update keeps layout 1, so a build from before compression still reads it.
    layout: compressed ? DOC_LAYOUT_VERSION : 1,
    format: FORMAT_VERSION,
    savedAt: new Date(now).toISOString(),
    ...(compressed ? { compression: COMPRESSION } : {}),
    update: toBase64(update),
  };
  return JSON.stringify(envelope);
}

/** The whole document as one stored value. */
export const encodeDoc = (doc: Y.Doc, now = Date.now()): string => encodeUpdate(Y.encodeStateAsUpdate(doc), now);

/**
 * A whole copy as stored: compressed, which makes it about seven times smaller, so that large
 * workspaces stay well inside the browser's 5 MB or so of localStorage, and a fold (which holds
 * the old keys and the new copy at once) still fits. Where the browser cannot compress, plain.
 */
export async function encodeWholeCopy(update: Uint8Array, now = Date.now()): Promise<string> {
  if (!canCompress()) return encodeUpdate(update, now);
  return encodeUpdate(await deflate(update), now, true);
}

/**
 * Reads a compressed copy in full, with the same checks as a plain one. Code that fails to load,
 * or a browser that cannot decompress, is not damaged data: it throws, and nothing stored is
 * touched (start-up then says it could not start), rather than setting the copy aside.
 */
export async function inflateDoc(stored: StoredDoc, prove = true): Promise<StoredDoc> {
  if (stored.kind !== 'compressed') return stored;
  if (!canCompress()) throw new Error('no DecompressionStream');
  try {
    const update = await inflate(stored.deflated);
    if (prove) provenWhole(update);
    return { kind: 'doc', key: stored.key, text: stored.text, update };
  } catch {
    return { kind: 'unreadable', key: stored.key, text: stored.text, reason: (N) => N.damaged };
  }
}

/**
 * Applying an update to a scratch document proves it whole before it meets a document that holds
 * work. Throws when it does not apply.
 */
export function provenWhole(update: Uint8Array): void {
  Y.applyUpdate(new Y.Doc(), update);
}

/**
 * Reads one stored copy whatever its form. With `prove` false its update is not proven whole:
 * for a caller that applies it to an empty document, which it drops if the update fails.
 */
export const readDoc = (key: string, text: string, prove = true): Promise<StoredDoc> => inflateDoc(decodeDoc(key, text, prove), prove);

/** Reads one stored copy, checking that its update is one Yjs can apply; a compressed one only as far as its envelope. */
export function decodeDoc(key: string, text: string, prove = true): StoredDoc {
  let envelope: Partial<DocEnvelope> | null;
  try {
    envelope = JSON.parse(text) as Partial<DocEnvelope> | null;
  } catch {
    return { kind: 'unreadable', key, text, reason: (N) => N.notJson };
  }
  if (!envelope || envelope.kind !== 'swot-pest-ydoc' || typeof envelope.update !== 'string') {
    return { kind: 'unreadable', key, text, reason: (N) => N.notOurs };
  }
  if ((envelope.layout ?? 0) > DOC_LAYOUT_VERSION || (envelope.format ?? 0) > FORMAT_VERSION) {
    return {
      kind: 'newer-version',
      key,
      reason: (N) => N.newerFormat({ format: envelope.format ?? 0, supported: FORMAT_VERSION }),
    };
  }
  try {
    const update = fromBase64(envelope.update);
    // Any other compression than ours fails to inflate, and is set aside as damaged then.
    if (envelope.compression) return { kind: 'compressed', key, text, deflated: update };
    if (prove) provenWhole(update);
    return { kind: 'doc', key, text, update };
  } catch {
    return { kind: 'unreadable', key, text, reason: (N) => N.damaged };
  }
}

export function docKeys(storage: SafeStorage): string[] {
  return storage.keys().filter((key) => key.startsWith(DOC_KEY_PREFIX)).sort();
}

/** Every tab's stored copy; with `prove` false, none is proven whole (see `readDoc`). */
export async function readStoredDocs(storage: SafeStorage, prove = true): Promise<StoredDoc[]> {
  const found: Promise<StoredDoc>[] = [];
  for (const key of docKeys(storage)) {
    const read = storage.read(key);
    if (read.ok && read.value !== null) found.push(readDoc(key, read.value, prove));
  }
  return Promise.all(found);
}


/**
 * Sets unreadable data aside under a key nothing ever writes again, then clears the original
 * key so it is not set aside twice. Returns the new key, or null when it could not be copied
 * (then the original stays exactly as it was).
 */
export function setAside(storage: SafeStorage, key: string, text: string): string | null {
  const kept = keepAside(storage, text);
  if (kept) storage.remove(key);
  return kept;
}

/**
 * Removes stored keys that a whole copy just written now contains. A key is removed only if it
 * still reads exactly as it did when it was merged, so a tab that wrote to it since keeps its
 * newer data. Run it only after the whole copy was written successfully.
 */
export function removeMerged(storage: SafeStorage, merged: ReadonlyMap<string, string>): number {
  let removed = 0;
  for (const [key, text] of merged) {
    const now = storage.read(key);
    if (now.ok && now.value === text && storage.remove(key).ok) removed++;
  }
  return removed;
}
