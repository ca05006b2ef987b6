import type { Translation } from '../core';
import type { exportsText } from '../en/exports';

export const exports: Translation<typeof exportsText> = {
  menu: 'Экспорт…',
  menuLabel: 'Экспорт пішімдері',
  markdown: 'Markdown есебі',
  factorsCsv: 'CSV: осы сценарийдің факторлары',
  strategiesCsv: 'CSV: осы сценарийдің TOWS стратегиялары',
  citationsCsv: 'CSV: осы сценарийдің сілтемелері',
  allFactorsCsv: 'CSV: барлық сценарийдің факторлары',
  allCitationsCsv: 'CSV: барлық сценарийдің сілтемелері',
  jsonWithTexts: 'Дереккөз мәтіндері бар JSON',
  print: 'Басып шығару немесе PDF',
  png: 'Матрица суреті (PNG)',
  svg: 'Матрица суреті (SVG)',
  pptx: 'PowerPoint презентациясы',
  preparing: (what) => `Дайындалуда: ${what}…`,
  failed: (what) => `Жасау мүмкін болмады: ${what}. Ештеңе өзгерген жоқ; қайталап көріңіз.`,
  exported: (file) => `${file} экспортталды.`,
};
