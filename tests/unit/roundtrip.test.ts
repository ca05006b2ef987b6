import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EVIDENCE_KINDS, PEST, SWOT, TOWS_QUADRANTS } from '../../src/domain/axes';
import { parseDocument, serializeDocument, toDocument } from '../../src/domain/document';
import { importDocument } from '../../src/domain/importDocument';
import type { Citation, Factor, MatrixDocument, Scenario, Source, Strategy } from '../../src/domain/schema';
import { scenario, source, workspace } from '../fixtures/builders';

const NUM_RUNS = 100;

/** Real-world text the app must carry unchanged: Kazakh, Russian, Arabic and Hebrew (RTL), emoji, CJK. */
const SAMPLES = [
  'Жасанды интеллект дамуының тұжырымдамасы',
  'Қазақстан Республикасының цифрлық трансформациясы',
  'Нехватка квалифицированных специалистов в области ИИ',
  'الذكاء الاصطناعي في كازاخستان',
  'בינה מלאכותית',
  'Mixed שלום and English',
  '🚀 AI 2029 👩🏽‍💻🇰🇿',
  '人工智能发展',
  'Ünïcödé façade — “quotes” & <tags>',
  '"double" \\ back\\slash / slash',
  'a\u200db zero-width joiner, e\u0301 combining accent',
  'U+2028\u2028and U+2029\u2029are not line breaks to JSON.parse',
];

// What the schema forbids in any text, and in a single line.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const BREAKS = /[\r\n\t]/g;

const freeText = fc.oneof(
  { arbitrary: fc.constantFrom(...SAMPLES), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 3 },
  // Now and then something near the length limits of names and titles.
  { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 150, maxLength: 200 }), weight: 1 },
);

/** A single line that is not empty after trimming, and carried already trimmed. */
const requiredLine = (max: number) =>
  freeText
    .map((s) => s.replace(CONTROL, '').replace(BREAKS, ' ').trim())
    .filter((s) => s.length > 0 && s.length <= max);

const optionalLine = (max: number) =>
  fc.oneof(fc.constant(''), freeText.map((s) => s.replace(CONTROL, '').replace(BREAKS, ' ').slice(0, max)));

/** Multi-line text: notes, descriptions, quotes. Newlines and tabs are allowed there. */
const text = (max: number) =>
  fc
    .array(fc.oneof(freeText, fc.constantFrom('\n', '\t', '\r\n', '  ')), { maxLength: 4 })
    .map((parts) => parts.join('').replace(CONTROL, ''))
    .filter((s) => s.length <= max);

const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,24}$/);

// fast-check may build records without a prototype; the app's data are plain objects.
const plain = <T extends object>(value: T): T => ({ ...value });

const sourceArb: fc.Arbitrary<Source> = fc
  .record({
  id,
  title: requiredLine(500),
  authors: fc.array(requiredLine(200), { maxLength: 3 }),
  year: fc.option(fc.integer({ min: 1000, max: 2999 }), { nil: null }),
  publisher: fc.option(optionalLine(500), { nil: null }),
  url: fc.option(
    fc.tuple(fc.constantFrom('http', 'https'), fc.webPath()).map(([scheme, path]) => `${scheme}://example.org${path}`),
    { nil: null },
  ),
  })
  .map(plain);

const citationArb = (sourceIds: string[]): fc.Arbitrary<Citation> =>
  fc.record(
    {
      sourceId: fc.constantFrom(...sourceIds),
      locator: optionalLine(300),
      quote: text(2_000),
      quoteTranslation: text(2_000),
      evidence: fc.constantFrom(...EVIDENCE_KINDS),
    },
    { requiredKeys: ['sourceId', 'locator', 'quote'] },
  )
  .map(plain);

const factorArb = (sourceIds: string[]): fc.Arbitrary<Omit<Factor, 'id'>> =>
  fc.record({
    title: requiredLine(200),
    note: text(20_000),
    impact: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    tags: fc.array(requiredLine(40), { maxLength: 3 }),
    pest: fc.constantFrom(...PEST),
    swot: fc.constantFrom(...SWOT),
    votes: fc.integer({ min: 0, max: 9_999 }),
    likelihood: fc.integer({ min: 1, max: 5 }),
    weight: fc.double({ min: 0, max: 1, noNaN: true }),
    rating: fc.integer({ min: 1, max: 4 }),
    citations: sourceIds.length > 0 ? fc.array(citationArb(sourceIds), { maxLength: 3 }) : fc.constant<Citation[]>([]),
  }, { requiredKeys: ['title', 'note', 'impact', 'tags', 'pest', 'swot', 'votes', 'citations'] }).map(plain);

/** Strategies that name some of the scenario's factors, and now and then an id whose factor is gone. */
const strategiesArb = (factorIds: string[]): fc.Arbitrary<Strategy[]> =>
  fc
    .uniqueArray(
      fc.record({
        id,
        title: requiredLine(200),
        note: text(20_000),
        quadrant: fc.constantFrom(...TOWS_QUADRANTS),
        factorIds: fc.uniqueArray(fc.oneof(fc.constantFrom(...factorIds, 'gone-factor'), id), { maxLength: 4 }),
      }),
      { selector: (s) => s.id, maxLength: 3 },
    )
    .map((list) => list.map(plain));

const scenarioArb = (sourceIds: string[]): fc.Arbitrary<Scenario> =>
  fc
    .record({
      id,
      name: requiredLine(200),
      description: text(5_000),
      factorIds: fc.uniqueArray(id, { maxLength: 6 }),
      factorBodies: fc.array(factorArb(sourceIds), { minLength: 6, maxLength: 6 }),
      threshold: fc.option(fc.integer({ min: 1, max: 25 }), { nil: undefined }),
    })
    .chain(({ id: scenarioId, name, description, factorIds, factorBodies, threshold }) =>
      strategiesArb(factorIds).map((strategies) => ({
        id: scenarioId,
        name,
        description,
        ...(threshold === undefined ? {} : { significanceThreshold: threshold }),
        factors: factorIds.map((factorId, i) => ({ id: factorId, ...factorBodies[i]! })),
        strategies,
      })),
    );

/** Valid documents: unique ids where the format needs them, citations naming generated sources. */
const documentArb: fc.Arbitrary<MatrixDocument> = fc
  .uniqueArray(sourceArb, { selector: (s) => s.id, maxLength: 4 })
  .chain((sources) =>
    fc
      .uniqueArray(scenarioArb(sources.map((s) => s.id)), { selector: (s) => s.id, maxLength: 4 })
      .map((scenarios) => ({ format: 'swot-pest-matrix' as const, version: 3 as const, sources, scenarios })),
  );

describe('round trips', () => {
  it('reads back exactly the document it wrote', () => {
    fc.assert(
      fc.property(documentArb, (document) => {
        const result = parseDocument(serializeDocument(document));
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        expect(result.warnings).toEqual([]);
        expect(result.migratedFrom).toBeNull();
        expect(result.document).toStrictEqual(document);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('exports imported scenarios unchanged, with exactly the sources they cite', () => {
    // The scenario already there has an id and a name no generated scenario can have.
    const existing = scenario('existing:scenario', [], { name: 'Existing scenario\u2002•' });
    const generatedNames = (d: MatrixDocument) => d.scenarios.map((s) => s.name);
    fc.assert(
      fc.property(
        documentArb.filter((d) => {
          const names = generatedNames(d);
          return new Set(names).size === names.length && !names.includes(existing.name) && d.scenarios.every((s) => s.id !== existing.id);
        }),
        (document) => {
          const before = workspace([existing], [], existing.id);
          const { workspace: after, added } = importDocument(before, document);
          expect(after.scenarios[0]).toBe(existing);
          expect(added.map((a) => a.id)).toEqual(document.scenarios.map((s) => s.id));

          const exported = toDocument(after, added.map((a) => a.id));
          expect(exported.scenarios).toStrictEqual(document.scenarios);
          const cited = new Set(document.scenarios.flatMap((s) => s.factors.flatMap((f) => f.citations.map((c) => c.sourceId))));
          expect(exported.sources).toStrictEqual(document.sources.filter((s) => cited.has(s.id)));
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('reuses sources already present when the same document is imported again', () => {
    fc.assert(
      fc.property(documentArb, (document) => {
        const start = workspace([scenario('existing:scenario', [])], [source('existing:source')]);
        const once = importDocument(start, document).workspace;
        const twice = importDocument(once, document);
        expect(twice.workspace.sources).toEqual(once.sources);
        const exported = toDocument(twice.workspace, twice.added.map((a) => a.id));
        expect(exported.scenarios.map((s) => s.factors)).toStrictEqual(document.scenarios.map((s) => s.factors));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
