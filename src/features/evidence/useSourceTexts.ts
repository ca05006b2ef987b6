import { create } from 'zustand';
import { checkQuote, type PreparedSource, prepareSource, type QuoteCheck } from '../../domain/evidence/match';
import { type SourceText, textStore, type TextStoreFailure } from '../../io/sourceTexts';

/**
 * This tab's view of the texts attached to sources: read from IndexedDB once, normalised once
 * for checking, and kept in step when another tab attaches or removes one.
 */
export interface AttachedText {
  record: SourceText;
  prepared: PreparedSource;
}

interface TextsState {
  texts: ReadonlyMap<string, AttachedText>;
  loaded: boolean;
  failure: TextStoreFailure | null;
  load(): Promise<void>;
  attach(sourceId: string, text: string, origin: string): Promise<{ ok: true } | { ok: false; failure: TextStoreFailure }>;
  remove(sourceId: string): Promise<boolean>;
}

const store = textStore();
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('swot-pest-matrix/texts');

export const useSourceTexts = create<TextsState>()((set, get) => ({
  texts: new Map(),
  loaded: false,
  failure: null,
  async load() {
    const listed = await store.list();
    if (!listed.ok) return set({ loaded: true, failure: listed.failure });
    set({ loaded: true, failure: null, texts: new Map(listed.value.map((record) => [record.sourceId, { record, prepared: prepareSource(record.text) }])) });
  },
  async attach(sourceId, text, origin) {
    const put = await store.put(sourceId, text, origin);
    if (!put.ok) return { ok: false, failure: put.failure };
    const texts = new Map(get().texts);
    texts.set(sourceId, { record: put.value, prepared: prepareSource(text) });
    set({ texts });
    channel?.postMessage('changed');
    return { ok: true };
  },
  async remove(sourceId) {
    const removed = await store.remove(sourceId);
    if (!removed.ok) return false;
    const texts = new Map(get().texts);
    texts.delete(sourceId);
    set({ texts });
    channel?.postMessage('changed');
    return true;
  },
}));

if (channel) channel.onmessage = () => void useSourceTexts.getState().load();

/** Starts loading the attached texts the first time any evidence view needs them. */
export function ensureTextsLoaded(): void {
  const state = useSourceTexts.getState();
  if (!state.loaded) void state.load();
}

const cache = new WeakMap<PreparedSource, Map<string, QuoteCheck>>();

/** Checks a quote against a source's attached text; results are kept per text, so re-renders are free. */
export function checkCitation(texts: ReadonlyMap<string, AttachedText>, sourceId: string, quote: string, locator: string): QuoteCheck {
  const attached = texts.get(sourceId);
  if (!attached) return checkQuote(null, quote, locator);
  let results = cache.get(attached.prepared);
  if (!results) cache.set(attached.prepared, (results = new Map()));
  const key = `${locator}\u0000${quote}`;
  let result = results.get(key);
  if (!result) results.set(key, (result = checkQuote(attached.prepared, quote, locator)));
  return result;
}
