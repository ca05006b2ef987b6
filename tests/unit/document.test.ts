import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  formatProblem,
  parseDocument,
  type ParseResult,
  readDocument,
  serializeDocument,
  toDocument,
  workspaceFromDocument,
} from '../../src/domain/document';
import { importDocument, mergeSources } from '../../src/domain/importDocument';
import { FORMAT_VERSION, IdSchema, type MatrixDocument, type Workspace } from '../../src/domain/schema';
import { cell, citation, documentOf, factor, scenario, source, workspace } from '../fixtures/builders';

const PS = cell('political', 'strengths');
const ET = cell('economic', 'threats');
const SO = cell('social', 'opportunities');

function sampleDocument(): MatrixDocument {
  return documentOf(
    [
      scenario('s1', [factor('f1', PS, { citations: [citation('src-a')] }), factor('f2', ET, { citations: [citation('src-b')] })], {
        name: 'Baseline',
      }),
      scenario('s2', [factor('f1', PS)], { name: 'Alternative' }),
    ],
    [source('src-a', { title: 'First source' }), source('src-b', { title: 'Second source', url: 'https://example.org/b' })],
  );
}

/** The sample as plain JSON data, to break in ways the types would not allow. */
const raw = (): any => JSON.parse(JSON.stringify(sampleDocument()));

function errorsOf(result: ParseResult) {
  if (result.ok) throw new Error('expected the document to be refused');
  return result.errors;
}

function documentFrom(result: ParseResult) {
  if (!result.ok) throw new Error(`expected the document to be read, got ${result.errors.map(formatProblem).join('; ')}`);
  return result;
}

describe('parseDocument', () => {
  it('reads a valid document back exactly, without warnings', () => {
    const result = documentFrom(parseDocument(serializeDocument(sampleDocument())));
    expect(result.document).toStrictEqual(sampleDocument());
    expect(result.warnings).toEqual([]);
    expect(result.migratedFrom).toBeNull();
  });

  it.each([
    ['cut off half way', () => serializeDocument(sampleDocument()).slice(0, 200)],
    ['cut off before its last brace', () => serializeDocument(sampleDocument()).trimEnd().slice(0, -1)],
    ['empty', () => ''],
    ['not JSON at all', () => 'format: swot-pest-matrix'],
  ])('refuses text that is %s as invalid JSON', (_label, text) => {
    const [error, ...rest] = errorsOf(parseDocument(text()));
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ path: '$' });
    expect(error!.message).toMatch(/^is not valid JSON/);
  });

  it.each(['null', '[]', '"swot-pest-matrix"', '42', 'true'])('refuses the JSON value %s as not an object', (text) => {
    expect(errorsOf(parseDocument(text))).toMatchObject([{ path: '$', message: 'should be a JSON object' }]);
  });

  it.each([
    ['another format name', { format: 'excalidraw' }],
    ['no format at all', { format: undefined }],
  ])('refuses %s', (_label, patch) => {
    const errors = errorsOf(parseDocument(JSON.stringify({ ...raw(), ...patch })));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('$.format');
    expect(errors[0]!.message).toMatch(/does not look like a SWOT\/PEST matrix file/);
  });

  it('refuses a document from a newer version of the app and says so', () => {
    const result = parseDocument(JSON.stringify({ ...raw(), version: FORMAT_VERSION + 1 }));
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.newerVersion).toBe(true);
    expect(errorsOf(result)[0]).toMatchObject({ path: '$.version', message: expect.stringMatching(/newer version/) });
  });

  it('refuses an unknown old version without calling it newer', () => {
    const result = parseDocument(JSON.stringify({ ...raw(), version: 0 }));
    expect(result.ok === false && result.newerVersion).toBe(false);
    expect(errorsOf(result)[0]!.path).toBe('$.version');
  });

  it.each([
    ['a list that is a string', (d: any) => (d.scenarios[0].factors = 'none'), '$.scenarios[0].factors', /should be Array/],
    ['an impact that is text', (d: any) => (d.scenarios[0].factors[1].impact = 'high'), '$.scenarios[0].factors[1].impact', /impact should be number/],
    ['negative votes', (d: any) => (d.scenarios[1].factors[0].votes = -1), '$.scenarios[1].factors[0].votes', /votes/],
    ['a cell that is not one', (d: any) => (d.scenarios[0].factors[0].pest = 'cultural'), '$.scenarios[0].factors[0].pest', /must be one of political, economic, social, technological/],
    ['a year written as text', (d: any) => (d.sources[0].year = '2024'), '$.sources[0].year', /year should be number/],
    ['a tag that is a number', (d: any) => (d.scenarios[0].factors[0].tags = [7]), '$.scenarios[0].factors[0].tags[0]', /should be string/],
    ['a scenario that is null', (d: any) => (d.scenarios[1] = null), '$.scenarios[1]', /should be Object/],
  ])('refuses %s, naming its JSON path', (_label, breakIt, path, message) => {
    const d = raw();
    breakIt(d);
    const errors = errorsOf(parseDocument(JSON.stringify(d)));
    expect(errors[0]).toMatchObject({ path, message: expect.stringMatching(message) });
  });

  it.each([
    ['a factor title', (d: any) => delete d.scenarios[0].factors[1].title, '$.scenarios[0].factors[1].title', 'title is missing'],
    ['the list of sources', (d: any) => delete d.sources, '$.sources', 'sources is missing'],
    ['a citation quote', (d: any) => delete d.scenarios[0].factors[0].citations[0].quote, '$.scenarios[0].factors[0].citations[0].quote', 'quote is missing'],
  ])('refuses a document missing %s, saying which field is missing where', (_label, breakIt, path, message) => {
    const d = raw();
    breakIt(d);
    expect(errorsOf(parseDocument(JSON.stringify(d)))).toMatchObject([{ path, message }]);
  });

  it('refuses a source address that would run script', () => {
    const d = raw();
    d.sources[1].url = 'javascript:alert(1)';
    expect(errorsOf(parseDocument(JSON.stringify(d)))).toMatchObject([
      { path: '$.sources[1].url', message: 'url must be a web address starting with http:// or https://' },
    ]);
  });

  it('refuses control characters and line breaks in a title', () => {
    const d = raw();
    d.scenarios[0].factors[0].title = 'bell\u0007';
    d.scenarios[0].factors[1].title = 'two\nlines';
    expect(errorsOf(parseDocument(JSON.stringify(d)))).toMatchObject([
      { path: '$.scenarios[0].factors[0].title', message: 'title must not contain control characters' },
      { path: '$.scenarios[0].factors[1].title', message: 'title must be a single line' },
    ]);
  });

  describe('keys that could reach Object.prototype', () => {
    const valid = serializeDocument(sampleDocument());

    it.each([
      ['__proto__', 'at the top level', valid.replace('{', '{"__proto__": {"polluted": true},'), '$.__proto__'],
      ['constructor', 'in a factor', valid.replace('"id": "f2",', '"id": "f2", "constructor": {"prototype": {"polluted": true}},'), '$.scenarios[0].factors[1].constructor'],
      ['prototype', 'in a source', valid.replace('"id": "src-a",', '"id": "src-a", "prototype": {"polluted": true},'), '$.sources[0].prototype'],
      ['__proto__', 'in a citation', valid.replace('"sourceId": "src-b",', '"sourceId": "src-b", "__proto__": {"polluted": true},'), '$.scenarios[0].factors[1].citations[0].__proto__'],
    ])('refuses a "%s" key %s', (key, _where, text, path) => {
      // The key really is in the text, and JSON.parse makes it an own property.
      expect(text).toContain(`"${key}"`);
      expect(text).not.toBe(valid);
      const errors = errorsOf(parseDocument(text));
      expect(errors).toMatchObject([{ path, message: `"${key}" is not allowed as a key` }]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });

  it('refuses data nested deeper than any document needs, naming where', () => {
    const d = raw();
    let deep: unknown = 'bottom';
    for (let i = 0; i < 30; i++) deep = [deep];
    d.scenarios[0].factors[0].note = deep;
    const [error] = errorsOf(parseDocument(JSON.stringify(d)));
    expect(error!.message).toBe('is nested more than 12 levels deep');
    expect(error!.path.startsWith('$.scenarios[0].factors[0].note[0]')).toBe(true);
  });

  it('names the first structural problem in the order of the file, where a reader would meet it', () => {
    const d = raw();
    let deep: unknown = 'bottom';
    for (let i = 0; i < 30; i++) deep = [deep];
    d.scenarios[0].factors[1].note = deep;
    const text = JSON.stringify(d).replace('"id":"f1",', '"id":"f1","__proto__":{},');
    expect(text).toContain('"__proto__"');
    expect(errorsOf(parseDocument(text))).toMatchObject([{ path: '$.scenarios[0].factors[0].__proto__' }]);
  });

  it('survives absurdly deep nesting without crashing', () => {
    const depth = 100_000;
    const text = `{"format":"swot-pest-matrix","version":2,"sources":[],"scenarios":[],"junk":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    expect(errorsOf(parseDocument(text))).toMatchObject([{ path: `$.junk${'[0]'.repeat(12)}`, message: 'is nested more than 12 levels deep' }]);
  });

  it('drops keys the format does not define, reporting each as a warning', () => {
    const d = raw();
    d.generator = 'other-tool 1.0';
    d.scenarios[0].factors[0].colour = 'red';
    d.sources[1].isbn = '978-0-00-000000-0';
    const result = documentFrom(parseDocument(JSON.stringify(d)));
    expect(result.document).toStrictEqual(sampleDocument());
    expect(result.warnings).toMatchObject(
      expect.arrayContaining([
        expect.objectContaining({ path: '$.generator', message: 'is not part of the format and was ignored' }),
        expect.objectContaining({ path: '$.scenarios[0].factors[0].colour', message: 'is not part of the format and was ignored' }),
        expect.objectContaining({ path: '$.sources[1].isbn', message: 'is not part of the format and was ignored' }),
      ]),
    );
    expect(result.warnings).toHaveLength(3);
  });

  it('repairs a repeated factor id within a scenario, with a warning', () => {
    const d = raw();
    d.scenarios[0].factors[1].id = 'f1';
    const result = documentFrom(parseDocument(JSON.stringify(d)));
    const ids = result.document.scenarios[0]!.factors.map((f) => f.id);
    expect(ids[0]).toBe('f1');
    expect(ids[1]).not.toBe('f1');
    expect(v.is(IdSchema, ids[1])).toBe(true);
    expect(result.document.scenarios[0]!.factors[1]!.title).toBe('Factor f2');
    expect(result.warnings).toMatchObject([{ path: '$.scenarios[0].factors[1].id', message: expect.stringContaining(`"${ids[1]}"`) }]);
  });

  it('keeps repaired factor ids unique even when the new id was taken further on', () => {
    const d = raw();
    d.scenarios[0].factors = [factor('x', PS), factor('x', PS), factor('x-2', PS), factor('x', ET)];
    const result = documentFrom(parseDocument(JSON.stringify(d)));
    const ids = result.document.scenarios[0]!.factors.map((f) => f.id);
    expect(new Set(ids).size).toBe(4);
    expect(ids.every((id) => v.is(IdSchema, id))).toBe(true);
  });

  it('never renames a factor whose id was already unique while repairing a repeat', () => {
    const d = raw();
    d.scenarios[0].factors = [factor('x', PS), factor('x', PS), factor('x-2', PS)];
    const result = documentFrom(parseDocument(JSON.stringify(d)));
    expect(result.document.scenarios[0]!.factors.map((f) => f.id)).toEqual(['x', 'x-3', 'x-2']);
    expect(result.warnings.map((w) => w.path)).toEqual(['$.scenarios[0].factors[1].id']);
  });

  it('lets two scenarios share factor ids, as forks do', () => {
    const result = documentFrom(parseDocument(serializeDocument(sampleDocument())));
    expect(result.document.scenarios.map((s) => s.factors[0]!.id)).toEqual(['f1', 'f1']);
    expect(result.warnings).toEqual([]);
  });

  it('repairs a repeated scenario id, with a warning', () => {
    const d = raw();
    d.scenarios[1].id = 's1';
    const result = documentFrom(parseDocument(JSON.stringify(d)));
    expect(new Set(result.document.scenarios.map((s) => s.id)).size).toBe(2);
    expect(result.warnings.map((w) => w.path)).toEqual(['$.scenarios[1].id']);
  });

  it('refuses repeated source ids', () => {
    const d = raw();
    d.sources[1].id = 'src-a';
    d.scenarios[0].factors[1].citations[0].sourceId = 'src-a';
    expect(errorsOf(parseDocument(JSON.stringify(d)))).toMatchObject([{ path: '$.sources[1].id', message: 'repeats the source id "src-a"' }]);
  });

  it('refuses a citation naming a source the document does not have', () => {
    const d = raw();
    d.scenarios[0].factors[1].citations[0].sourceId = 'ghost';
    expect(errorsOf(parseDocument(JSON.stringify(d)))).toMatchObject([
      { path: '$.scenarios[0].factors[1].citations[0].sourceId', message: 'names "ghost", which is not in "sources"' },
    ]);
  });

  it('returns at most five schema errors, each with its own path', () => {
    const d = raw();
    d.scenarios[0].factors = Array.from({ length: 8 }, (_, i) => ({ ...factor(`e${i}`, SO), title: '' }));
    const errors = errorsOf(parseDocument(JSON.stringify(d)));
    expect(errors).toHaveLength(5);
    expect(errors.map((e) => e.path)).toEqual([0, 1, 2, 3, 4].map((i) => `$.scenarios[0].factors[${i}].title`));
    expect(errors.every((e) => e.message === 'title must not be empty')).toBe(true);
  });

  it('returns at most five unknown-source errors', () => {
    const d = raw();
    d.scenarios[0].factors[0].citations = Array.from({ length: 8 }, () => citation('ghost'));
    const errors = errorsOf(parseDocument(JSON.stringify(d)));
    expect(errors).toHaveLength(5);
    expect(errors[4]!.path).toBe('$.scenarios[0].factors[0].citations[4].sourceId');
  });

  it('formats a problem as path and message', () => {
    expect(formatProblem({ path: '$.scenarios[0].name', message: 'name must not be empty', detail: { code: 'invalid-value', field: 'name', problem: 'empty' } })).toBe('$.scenarios[0].name: name must not be empty');
  });

  it('reads already-parsed data the same way as text', () => {
    expect(readDocument(raw())).toEqual(parseDocument(JSON.stringify(raw())));
    expect(errorsOf(readDocument(undefined))).toMatchObject([{ path: '$', message: 'should be a JSON object' }]);
  });
});

describe('toDocument', () => {
  const ws = (): Workspace => workspaceFromDocument(sampleDocument());

  it('carries every scenario and every source of the workspace when no scenario is named', () => {
    const document = toDocument({ ...ws(), sources: [...ws().sources, source('uncited')] });
    expect(document.format).toBe('swot-pest-matrix');
    expect(document.version).toBe(FORMAT_VERSION);
    expect(document.scenarios).toEqual(sampleDocument().scenarios);
    expect(document.sources.map((s) => s.id)).toEqual(['src-a', 'src-b', 'uncited']);
  });

  it('carries only the sources a single scenario cites', () => {
    const base = ws();
    const w = {
      ...base,
      scenarios: [...base.scenarios, scenario('s3', [factor('x', PS, { citations: [citation('src-b')] })])],
    };
    const document = toDocument(w, ['s3']);
    expect(document.scenarios.map((s) => s.id)).toEqual(['s3']);
    expect(document.sources).toEqual([source('src-b', { title: 'Second source', url: 'https://example.org/b' })]);
    expect(documentFrom(readDocument(document)).document).toStrictEqual(document);
  });

  it('carries no sources for a scenario without citations', () => {
    expect(toDocument(ws(), ['s2']).sources).toEqual([]);
  });

  it('serializes to pretty JSON with a final newline', () => {
    const text = serializeDocument(toDocument(ws()));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "format": "swot-pest-matrix"');
  });
});

describe('workspaceFromDocument', () => {
  it('opens on the requested scenario, or the first when it is unknown', () => {
    expect(workspaceFromDocument(sampleDocument(), 's2').activeScenarioId).toBe('s2');
    expect(workspaceFromDocument(sampleDocument(), 'nope').activeScenarioId).toBe('s1');
  });
});

describe('importDocument', () => {
  const existing = (): Workspace =>
    workspace(
      [scenario('mine', [factor('m1', PS, { citations: [citation('src-a')] })], { name: 'My scenario' })],
      [source('src-a', { title: 'First source' })],
      'mine',
    );

  it('adds the scenarios after the existing ones and leaves those, and the active one, untouched', () => {
    const before = existing();
    const { workspace: next, added } = importDocument(before, sampleDocument());
    expect(next.scenarios[0]).toEqual(existing().scenarios[0]);
    expect(next.scenarios.slice(1)).toEqual(sampleDocument().scenarios);
    expect(next.activeScenarioId).toBe('mine');
    expect(added).toEqual([
      { id: 's1', name: 'Baseline', factorCount: 2 },
      { id: 's2', name: 'Alternative', factorCount: 1 },
    ]);
    expect(before).toEqual(existing());
  });

  it('gives an imported scenario a new id when its id is taken', () => {
    const w = workspace([scenario('s1', [factor('keep', ET)], { name: 'Local s1' })]);
    const { workspace: next, added } = importDocument(w, sampleDocument());
    expect(next.scenarios[0]).toEqual(w.scenarios[0]);
    expect(added[0]!.id).not.toBe('s1');
    expect(v.is(IdSchema, added[0]!.id)).toBe(true);
    expect(new Set(next.scenarios.map((s) => s.id)).size).toBe(3);
    // Factor ids inside the scenario stay as they were.
    expect(next.scenarios.find((s) => s.id === added[0]!.id)!.factors.map((f) => f.id)).toEqual(['f1', 'f2']);
  });

  it('marks an imported scenario whose name is taken as "(imported)", and numbers further copies', () => {
    const w = workspace([scenario('local', [], { name: 'Baseline' })]);
    const once = importDocument(w, sampleDocument());
    expect(once.added.map((a) => a.name)).toEqual(['Baseline (imported)', 'Alternative']);
    const twice = importDocument(once.workspace, sampleDocument());
    expect(twice.added.map((a) => a.name)).toEqual(['Baseline (imported 2)', 'Alternative (imported)']);
    expect(new Set(twice.workspace.scenarios.map((s) => s.name)).size).toBe(5);
  });

  it('reuses a source the workspace already has with the same data', () => {
    const { workspace: next } = importDocument(existing(), sampleDocument());
    expect(next.sources.map((s) => s.id)).toEqual(['src-a', 'src-b']);
    expect(next.scenarios[1]!.factors[0]!.citations[0]!.sourceId).toBe('src-a');
  });

  it('renames an imported source whose id is taken by different data, and its citations follow', () => {
    const w = workspace([scenario('mine', [factor('m1', PS, { citations: [citation('src-a')] })])], [source('src-a', { title: 'A different work' })]);
    const { workspace: next } = importDocument(w, sampleDocument());
    expect(next.sources).toHaveLength(3);
    expect(next.sources[0]).toEqual(source('src-a', { title: 'A different work' }));
    const renamed = next.sources.find((s) => s.title === 'First source')!;
    expect(renamed.id).not.toBe('src-a');
    expect(next.scenarios[1]!.factors[0]!.citations[0]!.sourceId).toBe(renamed.id);
    expect(next.scenarios[1]!.factors[1]!.citations[0]!.sourceId).toBe('src-b');
    // The existing scenario's citation still points at the existing source.
    expect(next.scenarios[0]!.factors[0]!.citations[0]!.sourceId).toBe('src-a');
  });

  it('yields a workspace that is itself a valid document', () => {
    const w = workspace([scenario('s1', [factor('m1', PS, { citations: [citation('src-a')] })], { name: 'Baseline' })], [source('src-a', { title: 'Clash' })]);
    const { workspace: next } = importDocument(w, sampleDocument());
    const reread = documentFrom(readDocument(JSON.parse(serializeDocument(toDocument(next)))));
    expect(reread.warnings).toEqual([]);
    expect(reread.document.scenarios).toHaveLength(3);
  });
});

describe('mergeSources, which both the import and its preview use', () => {
  const here = () => [source('same', { title: 'Same work' }), source('clash', { title: 'Our work' })];
  const file = () => [source('same', { title: 'Same work' }), source('clash', { title: 'Their work' }), source('new', { title: 'New work' })];

  it('adds a new source, adds one whose id is taken by different data under a new id, and counts an identical one as already here', () => {
    const merge = mergeSources(here(), file());
    expect(merge.alreadyHere).toEqual([source('same', { title: 'Same work' })]);
    expect(merge.added.map((s) => s.title)).toEqual(['Their work', 'New work']);
    const fresh = merge.renamed.get('clash')!;
    expect([...merge.renamed]).toEqual([['clash', fresh]]);
    expect(fresh).not.toBe('clash');
    expect(merge.added.map((s) => s.id)).toEqual([fresh, 'new']);
    expect(merge.sources).toEqual([...here(), ...merge.added]);
  });

  it('counts a source as already here whatever order its keys come in, on either side', () => {
    const ours = source('same', { title: 'Same work', authors: ['A. Author', 'B. Author'], year: 2024 });
    const theirs = { url: null, publisher: null, year: 2024, authors: ['A. Author', 'B. Author'], title: 'Same work', id: 'same' };
    expect(Object.keys(theirs)).not.toEqual(Object.keys(ours));
    for (const [here, incoming] of [
      [ours, theirs],
      [theirs, ours],
    ]) {
      const merge = mergeSources([here!], [incoming!]);
      expect(merge.alreadyHere).toEqual([incoming]);
      expect(merge.added).toEqual([]);
      expect(merge.renamed.size).toBe(0);
      expect(merge.sources).toEqual([here]);
    }
    // Authors are a list: the same names in another order are another source.
    const reordered = mergeSources([ours], [{ ...theirs, authors: ['B. Author', 'A. Author'] }]);
    expect(reordered.alreadyHere).toEqual([]);
    expect(reordered.renamed.has('same')).toBe(true);
  });

  it('says what importDocument does: the sources it adds, and the ids it gives the renamed ones', () => {
    const w = workspace([scenario('mine')], here());
    const document = documentOf([scenario('theirs', [factor('f', PS, { citations: [citation('same'), citation('clash'), citation('new')] })])], file());
    const merge = mergeSources(w.sources, document.sources);
    const { workspace: next } = importDocument(w, document);
    expect(next.sources).toEqual(merge.sources);
    expect(next.sources.length - w.sources.length).toBe(merge.added.length);
    expect(next.scenarios[1]!.factors[0]!.citations.map((c) => c.sourceId)).toEqual(['same', merge.renamed.get('clash'), 'new']);
  });

  it('for any workspace and file, counts exactly the sources the import adds', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'a-2');
    const titles = fc.constantFrom('One', 'Two');
    const sources = fc.uniqueArray(fc.record({ id: ids, title: titles }), { selector: (s) => s.id, maxLength: 4 }).map((list) => list.map((s) => source(s.id, { title: s.title })));
    fc.assert(
      fc.property(sources, sources, (mine, theirs) => {
        const merge = mergeSources(mine, theirs);
        const { workspace: next } = importDocument(workspace([scenario('mine')], mine), documentOf([scenario('theirs')], theirs));
        expect(next.sources.length - mine.length).toBe(merge.added.length);
        expect(merge.added.length + merge.alreadyHere.length).toBe(theirs.length);
        expect(new Set(next.sources.map((s) => s.id)).size).toBe(next.sources.length);
      }),
    );
  });
});

describe('source texts carried by a file', () => {
  it('follow their source when its id is renamed on import, and a text for an unknown source is left out with a warning', () => {
    const existing = { sources: [{ id: 'src', title: 'Different source', authors: [], year: null, publisher: null, url: null }], scenarios: [{ id: 'one', name: 'One', description: '', factors: [], strategies: [] }], activeScenarioId: 'one' };
    const file = {
      format: 'swot-pest-matrix',
      version: 2,
      sources: [{ id: 'src', title: 'Imported source', authors: [], year: null, publisher: null, url: null }],
      scenarios: [{ id: 'two', name: 'Two', description: '', factors: [] }],
      sourceTexts: [
        { sourceId: 'src', origin: 'paper.txt', text: 'Full text.' },
        { sourceId: 'ghost', origin: 'ghost.txt', text: 'Nobody cites this.' },
      ],
    };
    const read = readDocument(file);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.warnings).toContainEqual(expect.objectContaining({ path: '$.sourceTexts[1].sourceId', message: expect.stringMatching(/not in "sources"/) }));
    const { sourceTexts, workspace } = importDocument(existing, read.document);
    const renamed = workspace.sources.find((source) => source.title === 'Imported source')!.id;
    expect(renamed).not.toBe('src');
    expect(sourceTexts).toEqual([{ sourceId: renamed, origin: 'paper.txt', text: 'Full text.' }]);
  });
});
