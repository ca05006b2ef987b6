import type { Factor } from '../../domain/schema';

/** How many cards a cell shows in the Overview density. */
export const OVERVIEW_CARDS = 3;

export interface CellOverview {
  /** The cards to show: the top-voted factor first (when anyone voted), then the highest impact. */
  ids: string[];
  topVotedId: string | null;
}

/**
 * The shape of a cell at a glance. Ties keep the cell's own order, so the overview is stable
 * while nothing changes. A card being dragged into or within the cell is always shown.
 */
export function cellOverview(factors: readonly Factor[], draggedId: string | null = null): CellOverview {
  let topVoted: Factor | null = null;
  for (const factor of factors) if (factor.votes > 0 && (!topVoted || factor.votes > topVoted.votes)) topVoted = factor;
  const byImpact = factors
    .map((factor, position) => ({ factor, position }))
    .sort((a, b) => (b.factor.impact ?? 0) - (a.factor.impact ?? 0) || a.position - b.position)
    .map(({ factor }) => factor.id);
  const ids = topVoted ? [topVoted.id] : [];
  for (const id of byImpact) {
    if (ids.length >= OVERVIEW_CARDS) break;
    if (!ids.includes(id)) ids.push(id);
  }
  if (draggedId && !ids.includes(draggedId) && factors.some((factor) => factor.id === draggedId)) ids.push(draggedId);
  return { ids, topVotedId: topVoted?.id ?? null };
}
