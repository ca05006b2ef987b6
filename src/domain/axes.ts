/** The two axes of the matrix. Their order is the order of rows and columns on screen. */
export const PEST = ['political', 'economic', 'social', 'technological'] as const;
export const SWOT = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const;

export type Pest = (typeof PEST)[number];
export type Swot = (typeof SWOT)[number];

export interface Cell {
  pest: Pest;
  swot: Swot;
}

/** A cell as one string, for map keys and DOM ids: "political:strengths". */
export type CellKey = `${Pest}:${Swot}`;

export const PEST_LABELS: Record<Pest, string> = {
  political: 'Political',
  economic: 'Economic',
  social: 'Social',
  technological: 'Technological',
};

export const SWOT_LABELS: Record<Swot, string> = {
  strengths: 'Strengths',
  weaknesses: 'Weaknesses',
  opportunities: 'Opportunities',
  threats: 'Threats',
};

/** Single-letter marks that carry the SWOT part without relying on colour. */
export const SWOT_MARKS: Record<Swot, string> = {
  strengths: 'S',
  weaknesses: 'W',
  opportunities: 'O',
  threats: 'T',
};

/** Strengths and weaknesses are internal; opportunities and threats come from outside. */
export const isInternal = (swot: Swot): boolean => swot === 'strengths' || swot === 'weaknesses';

export const ALL_CELLS: readonly Cell[] = PEST.flatMap((pest) => SWOT.map((swot) => ({ pest, swot })));

export const cellKey = (cell: Cell): CellKey => `${cell.pest}:${cell.swot}`;

// Maps, not objects: a value from elsewhere such as "__proto__" must find nothing.
const CELL_AT: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map(
  PEST.map((pest, row) => [pest, new Map(SWOT.map((swot, column) => [swot, row * SWOT.length + column]))]),
);

/** A cell's place in ALL_CELLS, without building a key string; undefined for values that are not a cell (data from elsewhere). */
export const cellIndex = (pest: string, swot: string): number | undefined => CELL_AT.get(pest)?.get(swot);

export function parseCellKey(key: string): Cell | null {
  const [pest, swot] = key.split(':');
  if (!(PEST as readonly string[]).includes(pest ?? '') || !(SWOT as readonly string[]).includes(swot ?? '')) return null;
  return { pest: pest as Pest, swot: swot as Swot };
}

export const sameCell = (a: Cell, b: Cell): boolean => a.pest === b.pest && a.swot === b.swot;
/** The cell of anything placed in one (a factor), as a cell alone. */
export const cellOf = (placed: Cell): Cell => ({ pest: placed.pest, swot: placed.swot });

/** "Political strengths": row then column, the cell's accessible name. */
export const cellLabel = (cell: Cell): string =>
  `${PEST_LABELS[cell.pest]} ${SWOT_LABELS[cell.swot].toLowerCase()}`;

/**
 * The four TOWS quadrants (Weihrich 1982), each pairing one internal and one external SWOT part:
 * SO uses strengths to take opportunities, ST uses strengths to counter threats, WO overcomes
 * weaknesses by taking opportunities, WT minimises weaknesses and avoids threats.
 */
export const TOWS_QUADRANTS = ['SO', 'ST', 'WO', 'WT'] as const;
export type TowsQuadrant = (typeof TOWS_QUADRANTS)[number];

export const QUADRANT_PARTS: Record<TowsQuadrant, { internal: Swot; external: Swot }> = {
  SO: { internal: 'strengths', external: 'opportunities' },
  ST: { internal: 'strengths', external: 'threats' },
  WO: { internal: 'weaknesses', external: 'opportunities' },
  WT: { internal: 'weaknesses', external: 'threats' },
};

/** What kind of support a citation gives a factor; the confidence rule reads these labels. */
export const EVIDENCE_KINDS = ['fact', 'inference', 'assumption'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
