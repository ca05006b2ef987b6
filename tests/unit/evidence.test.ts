import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/domain/evidence/check';
import { locatorFor } from '../../src/domain/evidence/locator';
import { checkQuote, prepareSource } from '../../src/domain/evidence/match';
import { normalizeText, originalRange } from '../../src/domain/evidence/normalize';
import { parseDocument } from '../../src/domain/document';

const check = (text: string, quote: string, locator = '') => checkQuote(prepareSource(text), quote, locator);

describe('normalising text for quote checks', () => {
  it('rejoins a word hyphenated at a line break, and keeps a real compound matching itself', () => {
    expect(check('the digi-\ntal economy grows', 'the digital economy').status).toBe('verified');
    expect(check('regional co-\noperation', 'regional co-operation').status).toBe('verified');
  });

  it('folds typographic quotes and dashes to plain ones', () => {
    expect(check('He called it “a turning point” — twice.', 'called it "a turning point" - twice').status).toBe('verified');
    expect(check('«Цифровой Казахстан» — программа', '"Цифровой Казахстан" - программа').status).toBe('verified');
  });

  it('folds ё to е and ignores case', () => {
    expect(check('Учёт данных ведётся ЕЖЕДНЕВНО', 'учет данных ведется ежедневно').status).toBe('verified');
  });

  it('never folds Kazakh letters into Russian ones', () => {
    for (const [kazakh, russian] of [['ә', 'а'], ['ғ', 'г'], ['қ', 'к'], ['ң', 'н'], ['ө', 'о'], ['ұ', 'у'], ['ү', 'у'], ['һ', 'х'], ['і', 'и']]) {
      expect(normalizeText(kazakh!).text).not.toBe(normalizeText(russian!).text);
    }
    expect(check('Қазақстан Республикасының үкіметі', 'Казакстан Республикасынын укиметі').status).not.toBe('verified');
  });

  it('removes soft hyphens and collapses white space, NFKC included', () => {
    expect(normalizeText('arti\u00adficial\n\n  intelli\tgence ﬁnal').text).toBe('artificial intelli gence final');
  });

  it('finds a quote split across a page break', () => {
    const text = 'the national programme aims to build\n\f\ncomputing capacity by 2029';
    expect(check(text, 'aims to build computing capacity').status).toBe('verified');
  });

  it('maps a match back onto the original text for highlighting', () => {
    const original = 'Intro. The “digi-\ntal” economy — grows.';
    const source = prepareSource(original);
    const result = checkQuote(source, 'the "digital" economy - grows');
    if (result.status !== 'verified') throw new Error(result.status);
    const range = originalRange(source.normalized, result.start, result.end, original);
    expect(original.slice(range.start, range.end)).toBe('The “digi-\ntal” economy — grows');
  });
});

describe('matching quotes', () => {
  it('calls a quote with three differences close, and says what the source says', () => {
    const text = 'Kazakhstan ranked 72nd among 193 countries in the government AI readiness index of 2024.';
    const result = check(text, 'Kazakhstan ranked 73rd among 193 countries in the governmant');
    expect(result).toMatchObject({ status: 'close', errors: 3 });
    if (result.status === 'close') expect(result.passage).toContain('72nd among 193');
  });

  it('does not accept more differences than a tenth of the quote', () => {
    expect(check('the cat sat on the mat today', 'a dog lay on the rug today').status).toBe('not-found');
  });

  it('lets the locator choose between two places a quote stands', () => {
    const text = '5.1 Strengths\nData centres are being built.\n5.2 Weaknesses\nData centres are being built.';
    const first = check(text, 'Data centres are being built');
    const second = check(text, 'Data centres are being built', '5.2 Weaknesses');
    if (first.status !== 'verified' || second.status !== 'verified') throw new Error('not verified');
    expect(second.start).toBeGreaterThan(first.start);
  });

  it('says when there is no text, and when there is no quote to check', () => {
    expect(checkQuote(null, 'anything at all here').status).toBe('no-text');
    expect(check('text', '   ').status).toBe('no-quote');
  });
});

describe('locators for a selected passage', () => {
  const text = '1 Introduction\nOpening words.\n\n5.2 Weaknesses\nFirst point.\n\nSecond point here.';
  it('take the nearest heading above', () => {
    expect(locatorFor(text, text.indexOf('Second point'))).toBe('§5.2 Weaknesses');
    expect(locatorFor(text, text.indexOf('Opening'))).toBe('§1 Introduction');
  });
  it('fall back to the paragraph number', () => {
    const plain = 'One paragraph.\n\nAnother one.\n\nThe third one.';
    expect(locatorFor(plain, plain.indexOf('The third'))).toBe('¶ 3');
  });
});

const SEEDS = join(import.meta.dirname, '../../../shared/seeds');
const TOOL = join(import.meta.dirname, '../../../shared/tools/check-citations.mjs');

describe.runIf(existsSync(SEEDS) && existsSync(TOOL))('agreement with the shared citation checker', () => {
  it('verifies every baseline citation the checker verifies, and no others', () => {
    const registry = JSON.parse(readFileSync(join(SEEDS, 'sources.json'), 'utf8')) as { sources: Array<{ id: string; file: string }> };
    const texts = new Map(registry.sources.map((s) => [s.id, prepareSource(readFileSync(join(SEEDS, s.file), 'utf8'))]));
    const parsed = parseDocument(readFileSync('seed-data/baseline.json', 'utf8'));
    if (!parsed.ok) throw new Error('baseline does not parse');
    const result = checkScenario(parsed.document.scenarios[0]!, texts);
    const report = execFileSync('node', [TOOL, 'seed-data/baseline.json'], { encoding: 'utf8' });
    const [, checked, verified] = /citations: (\d+) checked, (\d+) verified/.exec(report)!;
    expect(result.total).toBe(Number(checked));
    expect(result.verified).toBe(Number(verified));
    expect(result).toMatchObject({ close: 0, notFound: 0, noText: 0 });
  });
});
