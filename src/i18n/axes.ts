import type { Cell, Pest, Swot } from '../domain/axes';
import { text } from './core';
import { axesText } from './en/axes';

/** Axis and cell names in the interface's language (the domain's own are English, for files). */
export const pestLabel = (pest: Pest): string => text(axesText).pest[pest];
export const swotLabel = (swot: Swot): string => text(axesText).swot[swot];
export const cellLabel = (cell: Cell): string => {
  const names = text(axesText);
  return names.cell({ pest: names.pest[cell.pest], swot: names.swot[cell.swot] });
};
