import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/**
 * The full texts attached to sources, kept in IndexedDB: texts can be megabytes, and they are
 * not part of the document (nor of the JSON export unless asked for). Every call reports
 * failure as a value; a full disk or a browser without IndexedDB affects these texts only.
 */
export interface SourceText {
  sourceId: string;
  text: string;
  /** Where it came from: a file name, or "pasted". */
  origin: string;
  /** Size in bytes of the text in UTF-8, as a file of it takes: what the Sources panel shows. */
  bytes: number;
  addedAt: string;
}

export type TextStoreFailure = 'quota' | 'unavailable' | 'unknown';
export type TextStoreResult<T> = { ok: true; value: T } | { ok: false; failure: TextStoreFailure; detail: string };

interface TextsSchema extends DBSchema {
  texts: { key: string; value: SourceText };
}

const DB_NAME = 'swot-pest-matrix-texts';

const utf8Bytes = (text: string): number => new Blob([text]).size;

/**
 * Texts stored before sizes were counted in UTF-8 hold UTF-16 code units × 2, about twice a Latin
 * text's size; they are counted again as they are read. Only those: encoding every text on every
 * read cost the Sources panel and the reader a copy of each text (a text of two-byte letters,
 * whose two sizes agree, is counted again to no effect).
 */
const withUtf8Size = (record: SourceText): SourceText =>
  record.bytes === record.text.length * 2 ? { ...record, bytes: utf8Bytes(record.text) } : record;

function classify(error: unknown): { failure: TextStoreFailure; detail: string } {
  const name = (error as { name?: unknown } | null)?.name;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (name === 'QuotaExceededError') return { failure: 'quota', detail };
  if (name === 'SecurityError' || name === 'InvalidStateError') return { failure: 'unavailable', detail };
  return { failure: 'unknown', detail };
}

export interface TextStore {
  list(): Promise<TextStoreResult<SourceText[]>>;
  get(sourceId: string): Promise<TextStoreResult<SourceText | null>>;
  put(sourceId: string, text: string, origin: string): Promise<TextStoreResult<SourceText>>;
  remove(sourceId: string): Promise<TextStoreResult<void>>;
}

export function textStore(factory: () => IDBFactory | undefined = () => globalThis.indexedDB): TextStore {
  let opened: Promise<IDBPDatabase<TextsSchema>> | null = null;
  const db = () => {
    if (!factory()) return Promise.reject(Object.assign(new Error('IndexedDB is not available'), { name: 'SecurityError' }));
    opened ??= openDB<TextsSchema>(DB_NAME, 1, {
      upgrade(database) {
        database.createObjectStore('texts', { keyPath: 'sourceId' });
      },
    });
    return opened;
  };
  const attempt = async <T>(run: (database: IDBPDatabase<TextsSchema>) => Promise<T>): Promise<TextStoreResult<T>> => {
    try {
      return { ok: true, value: await run(await db()) };
    } catch (error) {
      return { ok: false, ...classify(error) };
    }
  };
  return {
    list: () => attempt(async (database) => (await database.getAll('texts')).map(withUtf8Size)),
    get: (sourceId) =>
      attempt(async (database) => {
        const record = await database.get('texts', sourceId);
        return record ? withUtf8Size(record) : null;
      }),
    put: (sourceId, text, origin) =>
      attempt(async (database) => {
        const record: SourceText = { sourceId, text, origin, bytes: utf8Bytes(text), addedAt: new Date().toISOString() };
        await database.put('texts', record);
        return record;
      }),
    remove: (sourceId) => attempt((database) => database.delete('texts', sourceId)),
  };
}
