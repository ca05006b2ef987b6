import { citationsCsv, factorsCsv, strategiesCsv } from '../../domain/export/csv';
import { markdownReport } from '../../domain/export/markdown';
import type { Scenario, Source } from '../../domain/schema';
import { serializeDocument, toDocument } from '../../domain/exportDocument';
import { downloadBlob, downloadText, downloadUrl, slug, today } from '../../io/download';
import { textStore } from '../../io/sourceTexts';
import { deckLabels, reportLabels } from './reportLabels';

export type ExportFormat =
  | 'markdown'
  | 'factors-csv'
  | 'strategies-csv'
  | 'citations-csv'
  | 'all-factors-csv'
  | 'all-citations-csv'
  | 'json-with-texts'
  | 'print'
  | 'png'
  | 'svg'
  | 'pptx';

/** Formats whose libraries are large: each loads only when it is chosen. */
export type HeavyFormat = 'png' | 'svg' | 'pptx';

const fileBase = (scenario: Scenario) => `swot-pest-${slug(scenario.name)}-${today()}`;

/**
 * Writes one export and returns its file name, which says what it is: scenario, date and format.
 * This module loads when the page is idle or an export is chosen, not with the page.
 */
export function exportAs(format: Exclude<ExportFormat, 'json-with-texts' | 'print' | HeavyFormat>, scenario: Scenario, all: readonly Scenario[], sources: readonly Source[]): string {
  const labels = reportLabels();
  const base = fileBase(scenario);
  const everything = `swot-pest-all-scenarios-${today()}`;
  if (format === 'markdown') {
    const name = `${base}-report.md`;
    downloadText(name, markdownReport(scenario, sources, labels), 'text/markdown;charset=utf-8');
    return name;
  }
  const scenarios = format.startsWith('all-') ? all : [scenario];
  const kind = format.includes('citations') ? 'citations' : format.includes('strategies') ? 'strategies' : 'factors';
  const name = `${format.startsWith('all-') ? everything : base}-${kind}.csv`;
  const text =
    kind === 'citations' ? citationsCsv(scenarios, sources, labels) : kind === 'strategies' ? strategiesCsv(scenarios, labels) : factorsCsv(scenarios, labels);
  downloadText(name, text, 'text/csv;charset=utf-8');
  return name;
}

/**
 * The scenario in the JSON format with the full texts of the sources it cites, for a colleague
 * who should be able to check its quotes too. Texts come from this browser's store.
 */
export async function exportWithTexts(scenario: Scenario, workspace: { sources: Source[]; scenarios: Scenario[]; activeScenarioId: string }): Promise<string> {
  const document = toDocument(workspace, [scenario.id]);
  const listed = await textStore().list();
  const cited = new Set(document.sources.map((source) => source.id));
  const sourceTexts = listed.ok
    ? listed.value.filter((entry) => cited.has(entry.sourceId)).map(({ sourceId, origin, text }) => ({ sourceId, origin, text }))
    : [];
  const name = `swot-pest-${slug(scenario.name)}-${today()}-with-texts.json`;
  downloadText(name, serializeDocument({ ...document, sourceTexts }));
  return name;
}

/** An image of the matrix, or a PowerPoint deck; their libraries are fetched now, on first use. */
export async function exportHeavy(format: HeavyFormat, scenario: Scenario, sources: readonly Source[]): Promise<string> {
  if (format === 'pptx') {
    const { scenarioDeck } = await import('./deck');
    const name = `${fileBase(scenario)}-deck.pptx`;
    downloadBlob(name, await scenarioDeck(scenario, sources, reportLabels(), deckLabels(), today()));
    return name;
  }
  const { matrixImage } = await import('./matrixImage');
  const name = `${fileBase(scenario)}-matrix.${format}`;
  downloadUrl(name, await matrixImage(format));
  return name;
}
