import type { ReportLabels } from '../../domain/export/labels';
import { cellLabel } from '../../i18n/axes';
import { count, text } from '../../i18n/core';
import { axesText } from '../../i18n/en/axes';
import { reportsText } from '../../i18n/en/reports';
import type { DeckLabels } from './deck';

type FactorColumns = ReportLabels['csv']['factors'];
type CitationColumns = ReportLabels['csv']['citations'];
type StrategyColumns = ReportLabels['csv']['strategies'];

/** The report exporters' words in the interface's language; user content is never translated. */
export function reportLabels(): ReportLabels {
  const axes = text(axesText);
  const S = text(reportsText).report;
  return {
    pest: axes.pest,
    swot: axes.swot,
    cell: (pest, swot) => cellLabel({ pest, swot }),
    matrix: S.matrix,
    factorsByCell: S.factorsByCell,
    references: S.references,
    impact: (value) => S.impact({ value }),
    votes: (n) => count(S.votes, n),
    noFactors: S.noFactors,
    noYear: S.noYear,
    evidence: S.evidence,
    csv: { factors: S.csvFactors as unknown as FactorColumns, citations: S.csvCitations as unknown as CitationColumns, strategies: S.csvStrategies as unknown as StrategyColumns },
  };
}

export function deckLabels(): DeckLabels {
  const S = text(reportsText).deck;
  return {
    subtitle: S.subtitle,
    factor: S.factor,
    impact: S.impact,
    votes: S.votes,
    sources: S.sources,
    factors: (n) => count(S.factors, n),
    more: (n) => S.more({ count: n }),
    continued: (title) => S.continued({ title }),
  };
}
