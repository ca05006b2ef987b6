import { readDocument, toDocument, workspaceFromDocument } from '../domain/document';
import type { Workspace } from '../domain/schema';
import type { SafeStorage, StorageFailure } from './safeStorage';
import { keepAside, UNREADABLE_KEY_PREFIX, WORKSPACE_KEY } from './setAside';
import { text as inLanguage } from '../i18n/core';
import { noticesText } from '../i18n/en/notices';

export { keepAside, UNREADABLE_KEY_PREFIX, WORKSPACE_KEY };

/**
 * What is stored: the export format itself, plus what only storage needs. `revision` grows
 * with every save from any tab, so a tab can tell newer data from older.
 */
interface StoredEnvelope {
  kind: 'swot-pest-workspace';
  revision: number;
  savedAt: string;
  activeScenarioId: string;
  document: unknown;
}

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'loaded'; workspace: Workspace; revision: number; migratedFrom: number | null }
  | { kind: 'unreadable'; reason: string; keptKey: string | null; text: string }
  | { kind: 'newer-version'; reason: string }
  | { kind: 'unavailable'; failure: StorageFailure; reason: string };

function parseEnvelope(text: string): { envelope: StoredEnvelope } | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { error: inLanguage(noticesText).notJson };
  }
  const envelope = raw as Partial<StoredEnvelope> | null;
  if (!envelope || envelope.kind !== 'swot-pest-workspace' || typeof envelope.revision !== 'number') {
    return { error: inLanguage(noticesText).notOurs };
  }
  return { envelope: envelope as StoredEnvelope };
}

// encodeWorkspace writes the revision second, so a save can read it without parsing megabytes.
const REVISION_PREFIX = /^\{"kind":"swot-pest-workspace","revision":(\d+),/;

export function readRevision(storage: SafeStorage): number {
  const read = storage.read(WORKSPACE_KEY);
  if (!read.ok || read.value === null) return 0;
  const quick = REVISION_PREFIX.exec(read.value.slice(0, 80));
  if (quick) return Number(quick[1]);
  const parsed = parseEnvelope(read.value);
  return 'envelope' in parsed ? parsed.envelope.revision : 0;
}

/** Parses stored text; used at start-up and when another tab writes. */
export function decodeStored(text: string): LoadResult {
  const parsed = parseEnvelope(text);
  if ('error' in parsed) return { kind: 'unreadable', reason: parsed.error, keptKey: null, text };
  const { envelope } = parsed;
  const document = readDocument(envelope.document);
  if (!document.ok) {
    const first = document.errors[0];
    const reason = first ? `${first.path}: ${first.message}` : 'unknown problem';
    if (document.newerVersion) return { kind: 'newer-version', reason: first?.message ?? reason };
    return { kind: 'unreadable', reason: inLanguage(noticesText).failedValidation({ reason }), keptKey: null, text };
  }
  if (document.document.scenarios.length === 0) {
    return { kind: 'unreadable', reason: inLanguage(noticesText).noScenario, keptKey: null, text };
  }
  return {
    kind: 'loaded',
    workspace: workspaceFromDocument(document.document, envelope.activeScenarioId),
    revision: envelope.revision,
    migratedFrom: document.migratedFrom,
  };
}

/**
 * Loads the stored workspace. Data that cannot be read is copied aside, never overwritten,
 * so the user can still download it.
 */
export function loadWorkspace(storage: SafeStorage, now = Date.now()): LoadResult {
  const read = storage.read(WORKSPACE_KEY);
  if (!read.ok) return { kind: 'unavailable', failure: read.failure, reason: read.detail };
  if (read.value === null) return { kind: 'empty' };
  const decoded = decodeStored(read.value);
  if (decoded.kind !== 'unreadable') return decoded;
  const keptKey = keepAside(storage, read.value, now);
  if (keptKey) storage.remove(WORKSPACE_KEY);
  // If it could not be copied aside, it stays where it is; the caller must then not save over it.
  return { ...decoded, keptKey };
}

export function encodeWorkspace(workspace: Workspace, revision: number, now = Date.now()): string {
  const envelope: StoredEnvelope = {
    kind: 'swot-pest-workspace',
    revision,
    savedAt: new Date(now).toISOString(),
    activeScenarioId: workspace.activeScenarioId,
    document: toDocument(workspace),
  };
  return JSON.stringify(envelope);
}

export function saveWorkspace(storage: SafeStorage, workspace: Workspace, revision: number) {
  return storage.write(WORKSPACE_KEY, encodeWorkspace(workspace, revision));
}

/** Earlier unreadable data kept aside, newest first. */
export function keptUnreadableKeys(storage: SafeStorage): string[] {
  return storage
    .keys()
    .filter((key) => key.startsWith(UNREADABLE_KEY_PREFIX))
    .sort()
    .reverse();
}
