import { isWebUrl, type Source } from '../../domain/schema';
import { parseAuthors } from '../../domain/sourceText';
import type { SourceDraft } from '../../domain/workspace';
import type { SourceFieldValues } from './SourceFields';

export const URL_REFUSED = 'Only web links starting with http:// or https:// are allowed.';

/** Turns the form's text into a source draft, or says what is wrong field by field. */
export function readSourceFields(values: SourceFieldValues):
  | { ok: true; draft: SourceDraft }
  | { ok: false; errors: Partial<Record<keyof SourceFieldValues, string>> } {
  const errors: Partial<Record<keyof SourceFieldValues, string>> = {};
  if (!values.title.trim()) errors.title = 'A source needs a title.';
  const yearText = values.year.trim();
  const year = yearText === '' ? null : Number(yearText);
  if (year !== null && (!Number.isInteger(year) || year < 1000 || year > 2999)) errors.year = 'Give the year as four digits, or leave it empty.';
  const url = values.url.trim();
  if (url && !isWebUrl(url)) errors.url = URL_REFUSED;
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
