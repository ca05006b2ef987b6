import { defineText } from '../core';

/** The names of the matrix's axes and cells. */
export const axesText = defineText('axes', {
  pest: { political: 'Political', economic: 'Economic', social: 'Social', technological: 'Technological' },
  swot: { strengths: 'Strengths', weaknesses: 'Weaknesses', opportunities: 'Opportunities', threats: 'Threats' },
  /** "Political strengths": each cell's accessible name. */
  cell: ({ pest, swot }: { pest: string; swot: string }) => `${pest} ${swot.toLowerCase()}`,
  internal: 'Internal',
  external: 'External',
});
