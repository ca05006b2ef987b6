import type { Translation } from '../core';
import type { exportsText } from '../en/exports';

export const exports: Translation<typeof exportsText> = {
  menu: 'Экспорт в…',
  menuLabel: 'Форматы экспорта',
  markdown: 'Отчёт в Markdown',
  factorsCsv: 'CSV: факторы этого сценария',
  strategiesCsv: 'CSV: стратегии TOWS этого сценария',
  citationsCsv: 'CSV: ссылки этого сценария',
  allFactorsCsv: 'CSV: факторы всех сценариев',
  allCitationsCsv: 'CSV: ссылки всех сценариев',
  jsonWithTexts: 'JSON с текстами источников',
  print: 'Печать или PDF',
  png: 'Изображение матрицы (PNG)',
  svg: 'Изображение матрицы (SVG)',
  pptx: 'Презентация PowerPoint',
  preparing: (what) => `Готовим: ${what}…`,
  failed: (what) => `Не удалось создать: ${what}. Ничего не изменено; попробуйте ещё раз.`,
  exported: (file) => `Экспортирован файл ${file}.`,
};
