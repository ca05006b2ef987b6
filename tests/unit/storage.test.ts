import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeStored,
  encodeWorkspace,
  keptUnreadableKeys,
  loadWorkspace,
  readRevision,
  saveWorkspace,
  UNREADABLE_KEY_PREFIX,
  WORKSPACE_KEY,
} from '../../src/io/persistence';
import { browserStorage, isQuotaError, safeStorage } from '../../src/io/safeStorage';
import { FORMAT_VERSION, type Workspace } from '../../src/domain/schema';
import { cell, citation, factor, scenario, source, workspace } from '../fixtures/builders';
import { createFakeStorage, type QuotaFlavour, quotaError, securityError } from '../fixtures/fakeStorage';

const QUOTA_FLAVOURS: QuotaFlavour[] = ['chromium', 'webkit', 'firefox', 'legacy-webkit'];

const v1Document = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/format-v1.json'), 'utf8'));

function sampleWorkspace(): Workspace {
  return workspace(
    [
      scenario('one', [factor('a', cell('political', 'strengths'), { votes: 2, citations: [citation('src')] })], { name: 'One' }),
      scenario('two', [factor('b', cell('social', 'threats'))], { name: 'Two' }),
    ],
    [source('src')],
    'two',
  );
}

const envelope = (document: unknown, revision = 3, activeScenarioId = '') =>
  JSON.stringify({ kind: 'swot-pest-workspace', revision, savedAt: '2025-01-01T00:00:00.000Z', activeScenarioId, document });

describe('the fake storage', () => {
  it('behaves like Storage when nothing is wrong', () => {
    const fake = createFakeStorage();
    fake.storage.setItem('k', 'v');
    expect(fake.storage.getItem('k')).toBe('v');
    expect(fake.storage.length).toBe(1);
    expect(fake.storage.key(0)).toBe('k');
    fake.storage.removeItem('k');
    expect(fake.storage.getItem('k')).toBeNull();
  });

  it.each(QUOTA_FLAVOURS)('throws the %s quota error from setItem and keeps what was stored', (flavour) => {
    const fake = createFakeStorage({ k: 'old' });
    fake.failWrites(quotaError(flavour));
    expect(() => fake.storage.setItem('k', 'new')).toThrow();
    expect(fake.data.get('k')).toBe('old');
  });
});

describe('isQuotaError', () => {
  it.each(QUOTA_FLAVOURS)('recognises the %s quota error', (flavour) => {
    expect(isQuotaError(quotaError(flavour))).toBe(true);
  });

  it('recognises a real DOMException for a full quota', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
  });

  it.each([
    ['a security error', securityError()],
    ['a type error', new TypeError('x is not a function')],
    ['a string', 'QuotaExceededError'],
    ['null', null],
    ['undefined', undefined],
    ['an object with an unrelated code', { name: 'Error', code: 18 }],
  ])('does not take %s for a quota error', (_label, error) => {
    expect(isQuotaError(error)).toBe(false);
  });
});

describe('safeStorage', () => {
  it('reads, writes, removes and lists keys', () => {
    const fake = createFakeStorage();
    const storage = safeStorage(() => fake.getStorage());
    expect(storage.read('k')).toEqual({ ok: true, value: null });
    expect(storage.write('k', 'v')).toEqual({ ok: true });
    expect(storage.read('k')).toEqual({ ok: true, value: 'v' });
    expect(storage.keys()).toEqual(['k']);
    expect(storage.remove('k')).toEqual({ ok: true });
    expect(fake.data.has('k')).toBe(false);
  });

  it.each(QUOTA_FLAVOURS)('reports a %s quota error on write as "quota" without throwing', (flavour) => {
    const fake = createFakeStorage({ k: 'old' });
    fake.failWrites(quotaError(flavour));
    const storage = safeStorage(() => fake.getStorage());
    const result = storage.write('k', 'new');
    expect(result).toMatchObject({ ok: false, failure: 'quota' });
    expect(result.ok === false && result.detail).toContain(quotaError(flavour).message);
    expect(fake.data.get('k')).toBe('old');
  });

  it('reports storage disabled by policy as "unavailable" on every call, without throwing', () => {
    const fake = createFakeStorage({ k: 'v' });
    fake.disable();
    const storage = safeStorage(() => fake.getStorage());
    expect(storage.read('k')).toMatchObject({ ok: false, failure: 'unavailable' });
    expect(storage.write('k', 'x')).toMatchObject({ ok: false, failure: 'unavailable' });
    expect(storage.remove('k')).toMatchObject({ ok: false, failure: 'unavailable' });
    expect(storage.keys()).toEqual([]);
  });

  it('reports a SecurityError thrown by a method, not by access, as "unavailable"', () => {
    const fake = createFakeStorage();
    fake.failWrites(securityError());
    expect(safeStorage(() => fake.getStorage()).write('k', 'v')).toMatchObject({ ok: false, failure: 'unavailable' });
  });

  it('reports missing storage as "unavailable"', () => {
    const fake = createFakeStorage();
    fake.makeMissing();
    const storage = safeStorage(() => fake.getStorage());
    expect(storage.read('k')).toMatchObject({ ok: false, failure: 'unavailable', detail: expect.stringContaining('not available') });
    expect(storage.write('k', 'v')).toMatchObject({ ok: false, failure: 'unavailable' });
    expect(storage.keys()).toEqual([]);
  });

  it('reports any other error as "unknown"', () => {
    const fake = createFakeStorage();
    fake.failWrites(new TypeError('boom'));
    expect(safeStorage(() => fake.getStorage()).write('k', 'v')).toEqual({ ok: false, failure: 'unknown', detail: 'TypeError: boom' });
  });

  it('wraps the page’s own localStorage', () => {
    const storage = browserStorage();
    expect(storage.write('probe', 'x')).toEqual({ ok: true });
    expect(window.localStorage.getItem('probe')).toBe('x');
    expect(storage.read('probe')).toEqual({ ok: true, value: 'x' });
  });
});

describe('saving and loading the workspace', () => {
  it('finds nothing in empty storage', () => {
    const fake = createFakeStorage();
    expect(loadWorkspace(safeStorage(() => fake.getStorage()))).toEqual({ kind: 'empty' });
    expect(readRevision(safeStorage(() => fake.getStorage()))).toBe(0);
  });

  it('loads what it saved, with its revision and active scenario', () => {
    const fake = createFakeStorage();
    const storage = safeStorage(() => fake.getStorage());
    expect(saveWorkspace(storage, sampleWorkspace(), 7)).toEqual({ ok: true });
    expect(readRevision(storage)).toBe(7);
    expect(loadWorkspace(storage)).toEqual({ kind: 'loaded', workspace: sampleWorkspace(), revision: 7, migratedFrom: null });
  });

  it.each(QUOTA_FLAVOURS)('reports a %s quota error when saving, never throws, and keeps the earlier save', (flavour) => {
    const fake = createFakeStorage();
    const storage = safeStorage(() => fake.getStorage());
    saveWorkspace(storage, sampleWorkspace(), 1);
    const earlier = fake.data.get(WORKSPACE_KEY);
    fake.failWrites(quotaError(flavour));
    const changed = { ...sampleWorkspace(), scenarios: sampleWorkspace().scenarios.slice(1) };
    expect(saveWorkspace(storage, changed, 2)).toMatchObject({ ok: false, failure: 'quota' });
    expect(fake.data.get(WORKSPACE_KEY)).toBe(earlier);
    expect(loadWorkspace(storage)).toMatchObject({ kind: 'loaded', revision: 1, workspace: sampleWorkspace() });
  });

  it('reports storage that cannot be reached as unavailable', () => {
    const disabled = createFakeStorage();
    disabled.disable();
    expect(loadWorkspace(safeStorage(() => disabled.getStorage()))).toMatchObject({ kind: 'unavailable', failure: 'unavailable' });
    const missing = createFakeStorage();
    missing.makeMissing();
    expect(loadWorkspace(safeStorage(() => missing.getStorage()))).toMatchObject({ kind: 'unavailable', failure: 'unavailable' });
  });

  it('migrates a stored version-1 document', () => {
    const fake = createFakeStorage({ [WORKSPACE_KEY]: envelope(v1Document, 4, 'empty-draft') });
    const result = loadWorkspace(safeStorage(() => fake.getStorage()));
    if (result.kind !== 'loaded') throw new Error(`expected loaded, got ${result.kind}`);
    expect(result.migratedFrom).toBe(1);
    expect(result.revision).toBe(4);
    expect(result.workspace.activeScenarioId).toBe('empty-draft');
    expect(result.workspace.scenarios[0]!.factors.map((f) => f.votes)).toEqual([0, 0, 0]);
    expect(result.workspace.scenarios[0]!.factors.map((f) => f.id)).toEqual(['f-digital-kz', 'f-skills-gap', 'f-export']);
  });

  it('opens on the first scenario when the stored active one is unknown', () => {
    const text = encodeWorkspace({ ...sampleWorkspace(), activeScenarioId: 'gone' }, 1);
    const result = decodeStored(text);
    expect(result.kind === 'loaded' && result.workspace.activeScenarioId).toBe('one');
  });

  it('leaves data from a newer version of the app untouched and says so', () => {
    const newer = envelope({ format: 'swot-pest-matrix', version: FORMAT_VERSION + 1, sources: [], scenarios: [], somethingNew: true }, 12);
    const fake = createFakeStorage({ [WORKSPACE_KEY]: newer });
    const storage = safeStorage(() => fake.getStorage());
    const result = loadWorkspace(storage);
    expect(result).toEqual({ kind: 'newer-version', reason: expect.stringMatching(/newer version of the app/) });
    expect(fake.data.get(WORKSPACE_KEY)).toBe(newer);
    expect(fake.writeAttempts).toBe(0);
    expect(keptUnreadableKeys(storage)).toEqual([]);
    // Its revision can still be read, so a save can tell it is newer.
    expect(readRevision(storage)).toBe(12);
  });
});

describe('unreadable stored data', () => {
  const validButEmpty = envelope({ format: 'swot-pest-matrix', version: 2, sources: [], scenarios: [] });
  const invalidDocument = envelope({ format: 'swot-pest-matrix', version: 2, sources: [], scenarios: [{ id: 's' }] });

  it.each([
    ['truncated JSON', '{"kind":"swot-pest-workspace","revis', /not valid JSON/],
    ['binary garbage', '\u0000\u0001\uFFFD\uFFFDgarbage', /not valid JSON/],
    ['JSON null', 'null', /not in a shape this app wrote/],
    ['a bare document without an envelope', JSON.stringify(v1Document), /not in a shape this app wrote/],
    ['an envelope whose document fails validation', invalidDocument, /failed validation \(\$\.scenarios\[0\]\.name: name is missing\)/],
    ['an envelope without any scenario', validButEmpty, /holds no scenario/],
  ])('keeps %s aside under its own key and reports it', (_label, text, reason) => {
    const fake = createFakeStorage({ [WORKSPACE_KEY]: text });
    const storage = safeStorage(() => fake.getStorage());
    const result = loadWorkspace(storage, Date.parse('2025-03-01T10:00:00.000Z'));
    expect(result).toEqual({
      kind: 'unreadable',
      reason: expect.stringMatching(reason),
      keptKey: `${UNREADABLE_KEY_PREFIX}2025-03-01T10:00:00.000Z`,
      text,
    });
    expect(fake.data.get(`${UNREADABLE_KEY_PREFIX}2025-03-01T10:00:00.000Z`)).toBe(text);
    // Kept safely aside, it no longer blocks saving under the main key.
    expect(fake.data.has(WORKSPACE_KEY)).toBe(false);
  });

  it('keeps what storage returns when its reads come back as garbage', () => {
    const fake = createFakeStorage({ [WORKSPACE_KEY]: encodeWorkspace(sampleWorkspace(), 1) });
    fake.garbleReads('\uFFFD\uFFFD{{{');
    const result = loadWorkspace(safeStorage(() => fake.getStorage()));
    expect(result).toMatchObject({ kind: 'unreadable', text: '\uFFFD\uFFFD{{{' });
  });

  it('never overwrites data kept aside earlier', () => {
    const fake = createFakeStorage({ [WORKSPACE_KEY]: 'first garbage' });
    const storage = safeStorage(() => fake.getStorage());
    const first = loadWorkspace(storage, Date.parse('2025-03-01T10:00:00.000Z'));
    fake.data.set(WORKSPACE_KEY, 'second garbage');
    const second = loadWorkspace(storage, Date.parse('2025-03-02T10:00:00.000Z'));
    expect(first.kind === 'unreadable' && first.keptKey).not.toBe(second.kind === 'unreadable' && second.keptKey);
    const kept = keptUnreadableKeys(storage);
    expect(kept.map((key) => fake.data.get(key))).toEqual(['second garbage', 'first garbage']);
  });

  it('never overwrites data kept aside earlier, even within the same millisecond', () => {
    const fake = createFakeStorage({ [WORKSPACE_KEY]: 'first garbage' });
    const storage = safeStorage(() => fake.getStorage());
    const now = Date.parse('2025-03-01T10:00:00.000Z');
    loadWorkspace(storage, now);
    fake.data.set(WORKSPACE_KEY, 'second garbage');
    const second = loadWorkspace(storage, now);
    expect(second.kind === 'unreadable' && second.keptKey?.startsWith(UNREADABLE_KEY_PREFIX)).toBe(true);
    const keptTexts = keptUnreadableKeys(storage).map((key) => fake.data.get(key));
    expect(keptTexts).toHaveLength(2);
    expect(keptTexts).toEqual(expect.arrayContaining(['first garbage', 'second garbage']));
  });

  it('leaves unreadable data where it is when it cannot be copied aside', () => {
    const fake = createFakeStorage({ [WORKSPACE_KEY]: 'garbage' });
    fake.failWrites(quotaError('firefox'));
    const result = loadWorkspace(safeStorage(() => fake.getStorage()));
    expect(result).toMatchObject({ kind: 'unreadable', keptKey: null, text: 'garbage' });
    expect(fake.data.get(WORKSPACE_KEY)).toBe('garbage');
    expect([...fake.data.keys()]).toEqual([WORKSPACE_KEY]);
  });

  it('reads no revision from garbage', () => {
    const fake = createFakeStorage({ [WORKSPACE_KEY]: 'garbage' });
    expect(readRevision(safeStorage(() => fake.getStorage()))).toBe(0);
  });
});
