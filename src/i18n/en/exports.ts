import { defineText } from '../core';

/** The words of the "Export as…" menu. */
export const exportsText = defineText('exports', {
  menu: 'Export as…',
  menuLabel: 'Export formats',
  markdown: 'Markdown report',
  factorsCsv: 'CSV: factors of this scenario',
  strategiesCsv: 'CSV: TOWS strategies of this scenario',
  citationsCsv: 'CSV: citations of this scenario',
  allFactorsCsv: 'CSV: factors of all scenarios',
  allCitationsCsv: 'CSV: citations of all scenarios',
  jsonWithTexts: 'JSON with source texts',
  print: 'Print or save as PDF',
  png: 'Image of the matrix (PNG)',
  svg: 'Image of the matrix (SVG)',
  pptx: 'PowerPoint deck',
  preparing: (what: string) => `Preparing ${what}…`,
  failed: (what: string) => `${what} could not be made. Nothing was changed; try again.`,
  exported: (file: string) => `Exported ${file}.`,
});
