import { useId } from 'react';
import { text } from '../../i18n/core';
import { panelsText } from '../../i18n/en/panels';

export interface SourceFieldValues {
  title: string;
  authors: string;
  year: string;
  publisher: string;
  url: string;
}

export const EMPTY_SOURCE_FIELDS: SourceFieldValues = { title: '', authors: '', year: '', publisher: '', url: '' };

interface SourceFieldsProps {
  values: SourceFieldValues;
  onChange(values: SourceFieldValues): void;
  errors: Partial<Record<keyof SourceFieldValues, string>>;
}

/** The bibliographic fields of a source, shared by the citation form and the Sources panel. */
export function SourceFields({ values, onChange, errors }: SourceFieldsProps) {
  const id = useId();
  const field = (name: keyof SourceFieldValues, label: string, props: Record<string, unknown> = {}) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        value={values[name]}
        onChange={(event) => onChange({ ...values, [name]: event.target.value })}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${id}-${name}-error` : undefined}
        {...props}
      />
      {errors[name] && (
        <p className="field__error" id={`${id}-${name}-error`} role="alert">
          {errors[name]}
        </p>
      )}
    </div>
  );
  const S = text(panelsText).source;
  return (
    <fieldset className="source-fields">
      <legend>{S.legend}</legend>
      {field('title', S.title, { required: true, maxLength: 500 })}
      {field('authors', S.authors, { maxLength: 2000 })}
      <div className="field-row">
        {field('year', S.year, { inputMode: 'numeric', maxLength: 4 })}
        {field('publisher', S.publisher, { maxLength: 500 })}
      </div>
      {field('url', S.url, { type: 'url', placeholder: 'https://…', maxLength: 2000 })}
    </fieldset>
  );
}
