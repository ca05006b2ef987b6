import { useEffect, useId, useRef } from 'react';
import { type Language, LANGUAGE_NAMES, LANGUAGES, setLanguage, text, useLanguage } from '../i18n/core';
import { appText } from '../i18n/en/app';

// The whole app re-renders in the new language; the picker takes the focus back afterwards.
let refocus = false;

/** English, Русский, Қазақша: remembered on this device, never part of the document. */
export function LanguagePicker() {
  const language = useLanguage((state) => state.language);
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (!refocus) return;
    refocus = false;
    select.current?.focus();
  }, []);
  return (
    <span className="language-picker">
      <label htmlFor={id} className="visually-hidden">
        {text(appText).language}
      </label>
      <select
        ref={select}
        id={id}
        value={language}
        onChange={(event) => {
          refocus = true;
          void setLanguage(event.target.value as Language);
        }}
      >
        {LANGUAGES.map((each) => (
          <option key={each} value={each} lang={each}>
            {LANGUAGE_NAMES[each]}
          </option>
        ))}
      </select>
    </span>
  );
}
