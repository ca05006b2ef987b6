import { isWebUrl, type Source } from '../../domain/schema';
import { parseAuthors } from '../../domain/sourceText';
import type { SourceDraft } from '../../domain/workspace';
import type { SourceFieldValues } from './SourceFields';
import { text } from '../../i18n/core';
import { panelsText } from '../../i18n/en/panels';

/** Turns the form's text into a source draft, or says what is wrong field by field. */
export function readSourceFields(values: SourceFieldValues):
  | { ok: true; draft: SourceDraft }
  | { ok: false; errors: Partial<Record<keyof SourceFieldValues, string>> } {
  const S = text(panelsText).source;
  const errors: Partial<Record<keyof SourceFieldValues, string>> = {};
  if (!values.title.trim()) errors.title = S.titleNeeded;
  const yearText = values.year.trim();
  const year = yearText === '' ? null : Number(yearText);
  if (year !== null && (!Number.isInteger(year) || year < 1000 || year > 2999)) errors.year = S.yearDigits;
  const url = values.url.trim();
  if (url && !isWebUrl(url)) errors.url = S.urlRefused;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    draft: {
      title: values.title.trim(),
      authors: parseAuthors(values.authors),
      year,
      publisher: values.publisher.trim() || null,
      url: url || null,
    },
  };
}

export const sourceToFields = (source: Source): SourceFieldValues => ({
  title: source.title,
  authors: source.authors.join('; '),
  year: source.year === null ? '' : String(source.year),
  publisher: source.publisher ?? '',
  url: source.url ?? '',
});
