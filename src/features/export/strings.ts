/** The words of the "Export as…" menu. */
export const exportStrings = {
  menu: 'Export as…',
  menuLabel: 'Export formats',
  markdown: 'Markdown report',
  factorsCsv: 'CSV: factors of this scenario',
  citationsCsv: 'CSV: citations of this scenario',
  allFactorsCsv: 'CSV: factors of all scenarios',
  allCitationsCsv: 'CSV: citations of all scenarios',
  jsonWithTexts: 'JSON with source texts',
  print: 'Print or save as PDF',
  exported: (file: string) => `Exported ${file}.`,
};
