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

export function parseCellKey(key: string): Cell | null {
  const [pest, swot] = key.split(':');
  if (!(PEST as readonly string[]).includes(pest ?? '') || !(SWOT as readonly string[]).includes(swot ?? '')) return null;
  return { pest: pest as Pest, swot: swot as Swot };
}

export const sameCell = (a: Cell, b: Cell): boolean => a.pest === b.pest && a.swot === b.swot;

/** "Political strengths": row then column, the cell's accessible name. */
export const cellLabel = (cell: Cell): string =>
  `${PEST_LABELS[cell.pest]} ${SWOT_LABELS[cell.swot].toLowerCase()}`;
