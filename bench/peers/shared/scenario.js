// What both peer pages show: the scenario the bench stored under the app's storage key, grouped
// by cell in the app's order, and the words the app uses for cells and cards.
import { ALL_CELLS, cellKey, cellLabel, PEST, PEST_LABELS, SWOT, SWOT_LABELS } from '../../../src/domain/axes';
import { WORKSPACE_KEY } from '../../../src/io/setAside';

export { ALL_CELLS, cellKey, cellLabel, PEST, PEST_LABELS, SWOT, SWOT_LABELS };

/** The scenarios of the version 2 envelope the bench put in localStorage, and the one it shows first. */
export function storedScenarios() {
  const envelope = JSON.parse(localStorage.getItem(WORKSPACE_KEY) ?? 'null');
  if (!envelope) throw new Error(`nothing stored under ${WORKSPACE_KEY}`);
  const { scenarios } = envelope.document;
  return { scenarios, active: scenarios.find((scenario) => scenario.id === envelope.activeScenarioId) ?? scenarios[0] };
}

/** Factor ids per cell key ("political:strengths"), every cell present, in the scenario's order. */
export function idsByCell(factors) {
  const byCell = Object.fromEntries(ALL_CELLS.map((cell) => [cellKey(cell), []]));
  for (const factor of factors) byCell[cellKey(factor)].push(factor.id);
  return byCell;
}

export const matrixLabel = (scenario) => `SWOT and PEST matrix: ${scenario.name}`;

/** The card's accessible name, as the app words it: title first, then what the badges show. */
export function cardLabel(factor) {
  const parts = [factor.title];
  if (factor.impact !== null) parts.push(`impact ${factor.impact} of 5`);
  if (factor.citations.length > 0) parts.push(`${factor.citations.length} citation${factor.citations.length === 1 ? '' : 's'}`);
  if (factor.note.trim()) parts.push('has a note');
  if (factor.votes > 0) parts.push(`${factor.votes} vote${factor.votes === 1 ? '' : 's'}`);
  return parts.join(', ');
}

/** The badges a card shows, as [class, title, text] (the impact badge has its own markup). */
export function badgesOf(factor) {
  const badges = [];
  if (factor.citations.length > 0) badges.push(['badge', `${factor.citations.length} citations`, `❝ ${factor.citations.length}`]);
  if (factor.note.trim()) badges.push(['badge', 'Has a note', '✎']);
  if (factor.votes > 0) badges.push(['badge badge--votes', `${factor.votes} votes`, `▲ ${factor.votes}`]);
  return badges;
}

let added = 0;
/** A factor typed into a peer's "Add factor" field. */
export const newFactor = (cell, title) => ({ id: `peer-added-${++added}`, title, note: '', impact: null, tags: [], pest: cell.pest, swot: cell.swot, votes: 0, citations: [] });
