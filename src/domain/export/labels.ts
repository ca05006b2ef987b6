import type { EvidenceKind, Pest, Swot } from '../axes';

/**
 * The words a report uses around the user's content, in the interface's language. The
 * exporters are pure functions of a scenario and these labels; the interface supplies them
 * from its dictionary, and tests use the English ones below.
 */
export interface ReportLabels {
  pest: Record<Pest, string>;
  swot: Record<Swot, string>;
  /** "Political strengths": a cell's name. */
  cell(pest: Pest, swot: Swot): string;
  matrix: string;
  factorsByCell: string;
  references: string;
  impact(value: number): string;
  votes(count: number): string;
  noFactors: string;
  noYear: string;
  /** A citation's evidence label: fact, inference or assumption. */
  evidence: Record<EvidenceKind, string>;
  /** Column headers. Columns are only ever added at the end, so a sheet reading them by position keeps working. */
  csv: {
    factors: readonly [string, string, string, string, string, string, string, string, string, string, string, string, string, string];
    citations: readonly [string, string, string, string, string, string, string, string, string, string];
    strategies: readonly [string, string, string, string, string, string, string, string, string];
  };
}

export const ENGLISH_REPORT_LABELS: ReportLabels = {
  pest: { political: 'Political', economic: 'Economic', social: 'Social', technological: 'Technological' },
  swot: { strengths: 'Strengths', weaknesses: 'Weaknesses', opportunities: 'Opportunities', threats: 'Threats' },
  cell: (pest, swot) => `${ENGLISH_REPORT_LABELS.pest[pest]} ${ENGLISH_REPORT_LABELS.swot[swot].toLowerCase()}`,
  matrix: 'Matrix',
  factorsByCell: 'Factors by cell',
  references: 'References',
  impact: (value) => `impact ${value} of 5`,
  votes: (count) => `${count} ${count === 1 ? 'vote' : 'votes'}`,
  noFactors: 'No factors.',
  noYear: 'n.d.',
  evidence: { fact: 'Fact', inference: 'Inference', assumption: 'Assumption' },
  csv: {
    factors: ['Scenario', 'PEST', 'SWOT', 'Position', 'Factor id', 'Title', 'Note', 'Impact', 'Votes', 'Tags', 'Citations', 'Likelihood', 'Weight', 'Rating'],
    citations: ['Scenario', 'Factor id', 'Factor', 'Source', 'Locator', 'Quote', 'Translation', 'Evidence', 'Source id', 'Source URL'],
    strategies: ['Scenario', 'Quadrant', 'Position', 'Strategy id', 'Title', 'Note', 'Factors', 'Factor ids', 'Deleted factor ids'],
  },
};
