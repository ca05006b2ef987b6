import { ALL_CELLS, TOWS_QUADRANTS } from '../axes';
import { cellFactors } from '../matrix';
import type { Scenario, Source } from '../schema';
import { quadrantStrategies, strategyStatus } from '../strategy/tows';
import type { ReportLabels } from './labels';

/** Excel reads a file as UTF-8 (Cyrillic and Kazakh included) only when it starts with a BOM. */
const BOM = '\uFEFF';

/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return
 * before one) is prefixed with an apostrophe, so a title such as =HYPERLINK(…) stays text.
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: a field with a comma, quote or line break is quoted, and quotes inside are doubled. */
export function field(value: string | number | null): string {
  const text = value === null ? '' : typeof value === 'number' ? String(value) : neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const rows = (table: Array<Array<string | number | null>>): string => `${BOM}${table.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;

/** One row per factor: scenario, PEST, SWOT, position in its cell, and its fields (the IFE/EFE and PESTLE ones last). */
export function factorsCsv(scenarios: readonly Scenario[], labels: ReportLabels): string {
  const table: Array<Array<string | number | null>> = [[...labels.csv.factors]];
  for (const scenario of scenarios) {
    for (const cell of ALL_CELLS) {
      cellFactors(scenario, cell).forEach((factor, index) => {
        table.push([
          scenario.name,
          labels.pest[cell.pest],
          labels.swot[cell.swot],
          index + 1,
          factor.id,
          factor.title,
          factor.note,
          factor.impact,
          factor.votes,
          factor.tags.join(', '),
          factor.citations.length,
          factor.likelihood ?? null,
          factor.weight ?? null,
          factor.rating ?? null,
        ]);
      });
    }
  }
  return rows(table);
}

/** One row per citation: the factor it supports, its source, locator, quote and translation, its evidence label, and the source's id and address. */
export function citationsCsv(scenarios: readonly Scenario[], sources: readonly Source[], labels: ReportLabels): string {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const table: Array<Array<string | number | null>> = [[...labels.csv.citations]];
  for (const scenario of scenarios) {
    for (const cell of ALL_CELLS) {
      for (const factor of cellFactors(scenario, cell)) {
        for (const citation of factor.citations) {
          const source = byId.get(citation.sourceId);
          table.push([
            scenario.name,
            factor.id,
            factor.title,
            source?.title ?? citation.sourceId,
            citation.locator,
            citation.quote,
            citation.quoteTranslation ?? '',
            citation.evidence ? labels.evidence[citation.evidence] : '',
            citation.sourceId,
            source?.url ?? '',
          ]);
        }
      }
    }
  }
  return rows(table);
}

/**
 * One row per TOWS strategy: scenario, quadrant, position in it, and its fields, then the factors it
 * rests on. Titles and ids are listed one per line in the same order, so line n of one names line n
 * of the other, and the ids join the factors CSV's "Factor id". Titles are single-line, so a line
 * break cannot be mistaken for part of one, as a comma could. Ids whose factor was deleted have no
 * title: they go in the last column rather than leaving gaps that would break that pairing.
 */
export function strategiesCsv(scenarios: readonly Scenario[], labels: ReportLabels): string {
  const table: Array<Array<string | number | null>> = [[...labels.csv.strategies]];
  for (const scenario of scenarios) {
    for (const quadrant of TOWS_QUADRANTS) {
      quadrantStrategies(scenario, quadrant).forEach((strategy, index) => {
        const { linked, missingFactorIds } = strategyStatus(scenario, strategy);
        table.push([
          scenario.name,
          quadrant,
          index + 1,
          strategy.id,
          strategy.title,
          strategy.note,
          linked.map((factor) => factor.title).join('\n'),
          linked.map((factor) => factor.id).join('\n'),
          missingFactorIds.join('\n'),
        ]);
      });
    }
  }
  return rows(table);
}
