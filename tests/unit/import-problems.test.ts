import { afterEach, describe, expect, it } from 'vitest';
import { describeImportProblem } from '../../src/app/describeError';
import { parseDocument, type ParseResult, type Problem } from '../../src/domain/document';
import { setLanguage } from '../../src/i18n/core';
import { citation, documentOf, factor, scenario, source, cell } from '../fixtures/builders';

const PS = cell('political', 'strengths');

/** A valid document as plain JSON data, to break in the ways an imported file can be broken. */
const valid = (): any =>
  JSON.parse(JSON.stringify(documentOf([scenario('s1', [factor('f1', PS, { citations: [citation('src-a')] })])], [source('src-a')])));

const problemsOf = (result: ParseResult): Problem[] => (result.ok ? result.warnings : result.errors);

function broken(change: (data: any) => unknown): Problem[] {
  const data = valid();
  const replaced = change(data);
  return problemsOf(parseDocument(typeof replaced === 'string' ? replaced : JSON.stringify(replaced ?? data)));
}

// Every way a file is refused or repaired, with the English the domain reports it in.
const CASES: Array<[string, () => Problem[]]> = [
  ['not JSON', () => broken(() => '{ "format": ')],
  ['not an object', () => broken(() => [1, 2])],
  ['another format', () => broken((d) => ({ ...d, format: 'something-else' }))],
  ['a poisoned key', () => broken(() => `{"format":"swot-pest-matrix","__proto__":{}}`)],
  ['a key the format does not have', () => broken((d) => ({ ...d, extra: 1 }))],
  ['a newer version', () => broken((d) => ({ ...d, version: 99 }))],
  ['an unknown version', () => broken((d) => ({ ...d, version: 'two' }))],
  ['a repeated source id', () => broken((d) => ({ ...d, sources: [d.sources[0], d.sources[0]] }))],
  ['a citation of a source not in the file', () => broken((d) => { d.scenarios[0].factors[0].citations[0].sourceId = 'ghost'; })],
  ['a repeated factor id', () => broken((d) => { d.scenarios[0].factors.push({ ...d.scenarios[0].factors[0] }); })],
];

afterEach(() => setLanguage('en', false));

describe('an imported file’s problems', () => {
  it.each(CASES)('%s: in English, the interface says what the domain reports', (_name, problems) => {
    const found = problems();
    expect(found.length).toBeGreaterThan(0);
    for (const problem of found) expect(describeImportProblem(problem)).toBe(problem.message);
  });

  it('an empty title: its field and what is wrong with it, in each language', async () => {
    const [problem] = broken((d) => { d.scenarios[0].factors[0].title = ''; });
    expect(problem!.path).toBe('$.scenarios[0].factors[0].title');
    expect(problem!.detail).toEqual({ code: 'invalid-value', field: 'title', problem: 'empty' });
    expect(describeImportProblem(problem!)).toBe('title must not be empty');
    await setLanguage('ru', false);
    expect(describeImportProblem(problem!)).toBe('поле «название» не может быть пустым');
    await setLanguage('kk', false);
    expect(describeImportProblem(problem!)).toBe('«атауы» өрісі бос болмауы керек');
  });

  it('text that is not JSON: where it breaks, in each language, never the browser’s English', async () => {
    const cut = problemsOf(parseDocument('{"format": "swot-pest-matrix", "versi'));
    const broken = problemsOf(parseDocument('{"format": "swot-pest-matrix",\n  "version" 3}'));
    const notAtAll = problemsOf(parseDocument('format: swot-pest-matrix'));
    expect([cut, broken, notAtAll].map((found) => found.map(describeImportProblem))).toEqual([
      ['is not valid JSON: the text is cut off'],
      ['is not valid JSON (line 2, column 13)'],
      ['is not valid JSON'],
    ]);
    await setLanguage('ru', false);
    expect(describeImportProblem(cut[0]!)).toBe('не является корректным JSON: текст обрывается');
    expect(describeImportProblem(broken[0]!)).toBe('не является корректным JSON (строка 2, столбец 13)');
    await setLanguage('kk', false);
    expect(describeImportProblem(cut[0]!)).toBe('жарамды JSON емес: мәтін үзіліп қалған');
    expect(describeImportProblem(broken[0]!)).toBe('жарамды JSON емес (2-жол, 13-баған)');
  });

  it.each(CASES)('%s: in Russian and Kazakh, no English words are left', async (_name, problems) => {
    const found = problems();
    for (const language of ['ru', 'kk'] as const) {
      await setLanguage(language, false);
      for (const problem of found) {
        const words = describeImportProblem(problem);
        // Quoted ids, keys and JSON are the file's, not ours.
        const ours = words.replace(/«[^»]*»|"[^"]*"|\([^)]*\)|SWOT\/PEST|JSON|sources/g, '');
        expect(ours, `${language}: ${words}`).not.toMatch(/[a-z]{3,}/i);
      }
    }
  });
});
