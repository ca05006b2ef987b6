import { useLanguage } from './core';

const KAZAKH_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];

/** A calendar date, "15 March 2026"; Kazakh from our own month names ("2026 жылғы 15 наурыз"). */
export function formatDate(date: Date): string {
  const language = useLanguage.getState().language;
  if (language === 'kk') return `${date.getFullYear()} жылғы ${date.getDate()} ${KAZAKH_MONTHS[date.getMonth()]}`;
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

