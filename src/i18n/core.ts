import { create } from 'zustand';
import { readPref, writePref } from '../io/devicePrefs';

export const LANGUAGES = ['en', 'ru', 'kk'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, as a picker shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

/**
 * A message with a count. The forms are the CLDR plural categories of the message's language:
 * English and Kazakh need one/other, Russian one/few/many/other. "{count}" is the number.
 */
export interface Plural {
  readonly plural: Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };
}
export const plural = <const T extends Plural['plural']>(forms: T): { readonly plural: T } => ({ plural: forms });

/**
 * A translation of an English part: the same keys; a message with parameters is a function
 * taking the same named parameters; every plural has its language's forms (a unit test checks).
 */
export type Translation<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends string
  ? string
  : T extends Plural
    ? Plural
    : T extends readonly string[]
      ? readonly string[]
      : { readonly [K in keyof T]: Translation<T[K]> };

type Bundle = Record<string, unknown>;

interface LanguageState {
  language: Language;
  /** The loaded parts of Russian and Kazakh; English parts are imported where they are used. */
  bundles: Partial<Record<Language, Bundle>>;
}

export const useLanguage = create<LanguageState>()(() => ({ language: 'en', bundles: {} }));

const partNames = new WeakMap<object, string>();

/** Declares an English part of the dictionary under a name its translations use too. */
export function defineText<const T extends object>(name: string, english: T): T {
  partNames.set(english, name);
  return english;
}

/** A part in the current language (outside React: the store's messages, exports). */
export function text<T extends object>(english: T): T {
  const { language, bundles } = useLanguage.getState();
  if (language === 'en') return english;
  return ((bundles[language]?.[partNames.get(english) ?? ''] as T | undefined) ?? english);
}

/**
 * A part that always reads in the current language, for modules that hold their words in one
 * object (`S.attach`): each property is looked up when it is used, not when the module loads.
 */
export function localized<T extends object>(english: T): T {
  return new Proxy(english, { get: (_, key) => (text(english) as Record<string | symbol, unknown>)[key] });
}

type Params<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Params<Rest> : never;

/** Fills "{name}" parameters; the names come from the English message's type. */
function fmt<S extends string>(message: S, params: Record<Params<S>, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = (params as Record<string, string | number>)[name];
    return value === undefined ? whole : typeof value === 'number' ? formatNumber(value) : value;
  });
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The plural form of a word for a count, inside a translation's own message functions. */
export function pluralForm(language: Language, n: number, forms: Plural['plural']): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return forms[rules.select(n)] ?? forms.other;
}

// A count alone ("3 citations") comes out the same for every card with that count: a scenario
// switch formatted the same few words for each of 100 new cards (5 ms of 80 in a profile).
const countsOnly = new WeakMap<Plural, Map<string, string>>();

/** Picks the plural form for the count in the current language, then fills the parameters. */
export function count<P extends Plural>(message: P, n: number, params?: Record<string, string | number>): string {
  const language = useLanguage.getState().language;
  const key = `${language} ${n}`;
  let known = params ? undefined : countsOnly.get(message);
  const found = known?.get(key);
  if (found !== undefined) return found;
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  const forms = message.plural as Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  const form = forms[rules.select(n)] ?? forms.other;
  const words = fmt(form, { ...params, count: n } as never);
  if (!params) {
    if (!known) countsOnly.set(message, (known = new Map()));
    known.set(key, words);
  }
  return words;
}

const NO_OPTIONS: Intl.NumberFormatOptions = {};

// Building a formatter costs far more than formatting: a list of 1,000 numbers built one each.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = options === NO_OPTIONS ? language : `${language} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(language, options)));
  return format;
}

/**
 * Numbers in the current language. Chromium has no Kazakh number data, so Kazakh follows the
 * national standard by hand: a space between thousands and a decimal comma.
 */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = NO_OPTIONS): string {
  // Small whole numbers (counts, positions, votes) read the same in all three languages, and
  // the first Intl formatter of a page costs tens of milliseconds (ICU's data loads): not at start-up.
  if (options === NO_OPTIONS && Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  const language = useLanguage.getState().language;
  if (language !== 'kk') return numberFormat(language, options).format(value);
  const english = numberFormat('en', { ...options, useGrouping: true }).format(value);
  return english.replace(/,/g, '\u00a0').replace(/\./g, ',');
}

/**
 * Builds a number formatter ahead of need. The first one a page builds loads ICU's data, tens of
 * milliseconds, which otherwise fall on whatever first shows a number of 1,000 or more (an import's
 * preview, a weight): call it when the page is idle.
 */
export function prepareNumberFormat(): void {
  formatNumber(1000);
}

const loaders: Record<Exclude<Language, 'en'>, () => Promise<{ default: Bundle }>> = {
  ru: () => import('./ru'),
  kk: () => import('./kk'),
};

/** The language a first start should use: the first of the browser's that we have, else English. */
export function preferredLanguage(languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0] as Language;
    if ((LANGUAGES as readonly string[]).includes(base)) return base;
  }
  return 'en';
}

/** Loads a language's dictionary (only when chosen), then switches to it and remembers it on this device. */
export async function setLanguage(language: Language, remember = true): Promise<void> {
  if (language !== 'en' && !useLanguage.getState().bundles[language]) {
    const bundle = (await loaders[language]()).default;
    useLanguage.setState((state) => ({ bundles: { ...state.bundles, [language]: bundle } }));
  }
  if (remember) writePref('language', language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  useLanguage.setState({ language });
}

/** The language to start in: the one chosen on this device before, else the browser's. */
export const startLanguage = (): Language => readPref('language', LANGUAGES, preferredLanguage());
