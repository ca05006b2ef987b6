import { afterEach, describe, expect, it } from 'vitest';
import { count, formatNumber, type Language, preferredLanguage, setLanguage, text } from '../../src/i18n/core';
import { formatDate } from '../../src/i18n/dates';
import { appText } from '../../src/i18n/en/app';
import { axesText } from '../../src/i18n/en/axes';
import { errorsText } from '../../src/i18n/en/errors';
import { evidenceText } from '../../src/i18n/en/evidence';
import { exportsText } from '../../src/i18n/en/exports';
import { liveText } from '../../src/i18n/en/live';
import { narrowText } from '../../src/i18n/en/narrow';
import { noticesText } from '../../src/i18n/en/notices';
import { panelsText } from '../../src/i18n/en/panels';
import { presentText } from '../../src/i18n/en/present';
import { reportsText } from '../../src/i18n/en/reports';
import { stepsText } from '../../src/i18n/en/steps';
import { storeText } from '../../src/i18n/en/store';
import { strategyText } from '../../src/i18n/en/strategy';
import kk from '../../src/i18n/kk';
import ru from '../../src/i18n/ru';
import { cellLabel } from '../../src/i18n/axes';

const english: Record<string, unknown> = {
  app: appText,
  axes: axesText,
  errors: errorsText,
  evidence: evidenceText,
  exports: exportsText,
  live: liveText,
  narrow: narrowText,
  notices: noticesText,
  panels: panelsText,
  present: presentText,
  reports: reportsText,
  steps: stepsText,
  store: storeText,
  strategy: strategyText,
};

/** Every message as a path with its shape: a string, a plural, or a function and the names it takes. */
function shape(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'function') {
    // Named parameters are one destructured object; positional ones are counted.
    const source = value.toString();
    const names = /^\s*(?:async\s*)?\(\s*\{([^}]*)\}/.exec(source)?.[1];
    out.set(path, names ? `fn{${names.split(',').map((n) => n.trim().split(':')[0]).sort().join(',')}}` : `fn/${value.length}`);
  } else if (typeof value === 'string') out.set(path, 'string');
  else if (Array.isArray(value)) out.set(path, `array/${value.length}`);
  else if (value && typeof value === 'object' && 'plural' in value) out.set(path, 'plural');
  else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) for (const [p, s] of shape(inner, `${path}.${key}`)) out.set(p, s);
  return out;
}

function plurals(value: unknown, path = ''): Array<[string, Record<string, string>]> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  if ('plural' in value) return [[path, (value as { plural: Record<string, string> }).plural]];
  return Object.entries(value).flatMap(([key, inner]) => plurals(inner, `${path}.${key}`));
}

afterEach(() => setLanguage('en', false));

describe('the three dictionaries', () => {
  for (const [language, bundle] of [['ru', ru], ['kk', kk]] as const) {
    it(`${language} has exactly the English keys, and the same parameters for every message`, () => {
      expect(Object.keys(bundle).sort()).toEqual(Object.keys(english).sort());
      for (const part of Object.keys(english)) {
        expect([...shape((bundle as Record<string, unknown>)[part])].sort(), part).toEqual([...shape(english[part])].sort());
      }
    });

    it(`every ${language} plural has the forms ${language} needs, and {count} in each`, () => {
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const [path, forms] of plurals(bundle)) {
        for (const category of needed) {
          expect(forms[category], `${path}.${category}`).toBeTypeOf('string');
          if (!path.includes('hasProblems')) expect(forms[category], `${path}.${category}`).toContain('{count}');
        }
      }
    });
  }

  it('English plurals have one and other', () => {
    for (const [path, forms] of plurals(english)) expect(Object.keys(forms).sort(), path).toEqual(['one', 'other']);
  });
});

describe('words in the chosen language', () => {
  const factors = (language: Language, n: number) => setLanguage(language, false).then(() => count(text(appText).matrix.factors, n));

  it('Russian counts have one, few and many', async () => {
    expect(await factors('ru', 1)).toBe('1 фактор');
    expect(await factors('ru', 2)).toBe('2 фактора');
    expect(await factors('ru', 5)).toBe('5 факторов');
    expect(await factors('ru', 21)).toBe('21 фактор');
    expect(await factors('kk', 5)).toBe('5 фактор');
    expect(await factors('en', 1)).toBe('1 factor');
  });

  it('a count asked again, in another language or with other words, is worded for that', async () => {
    const en = text(appText).matrix.factors;
    await setLanguage('en', false);
    expect(count(en, 1000)).toBe('1,000 factors');
    expect(count(en, 1)).toBe('1 factor');
    await setLanguage('ru', false);
    // The same message object in another language takes that language's plural forms and digits.
    expect(count(en, 1000)).toBe('1 000 factors');
    expect(count(text(appText).matrix.factors, 2)).toBe('2 фактора');
    expect(count(en, 2, { count: 2 })).toBe('2 factors');
    await setLanguage('en', false);
    expect(count(en, 1000)).toBe('1,000 factors');
  });

  it('cells are named in each language, and user content is never translated', async () => {
    const cell = { pest: 'political', swot: 'strengths' } as const;
    expect(cellLabel(cell)).toBe('Political strengths');
    await setLanguage('ru', false);
    expect(cellLabel(cell)).toBe('Политические: сильные стороны');
    expect(text(storeText).deleted({ title: 'AI law draft' })).toBe('«AI law draft» удалён');
    await setLanguage('kk', false);
    expect(cellLabel(cell)).toBe('Саяси: күшті жақтары');
  });

  it('Kazakh numbers and dates use our own formatting, since Chromium has no Kazakh data', async () => {
    await setLanguage('kk', false);
    expect(formatNumber(1234567.5, { maximumFractionDigits: 1 })).toBe('1\u00a0234\u00a0567,5');
    expect(formatDate(new Date(2026, 2, 15))).toBe('2026 жылғы 15 наурыз');
    await setLanguage('ru', false);
    expect(formatNumber(1234.5, { maximumFractionDigits: 1 })).toBe('1\u00a0234,5');
  });

  it('a first start follows the browser’s languages when it names one of ours', () => {
    expect(preferredLanguage(['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(preferredLanguage(['kk-KZ'])).toBe('kk');
    expect(preferredLanguage(['fr-FR', 'de'])).toBe('en');
  });
});
