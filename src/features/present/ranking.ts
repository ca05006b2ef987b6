import type { Factor } from '../../domain/schema';

type Ranked = Pick<Factor, 'id' | 'votes' | 'impact'>;

/**
 * A cell's factors in the order the room should see them when not all fit: most votes first,
 * then highest impact (none counts lowest), then the cell's own order. The room sees what it
 * voted for; "+N more" hides what it cared least about.
 */
export function rankByVotes(factors: readonly Ranked[]): string[] {
  return factors
    .map((factor, index) => ({ factor, index }))
    .sort((a, b) => b.factor.votes - a.factor.votes || (b.factor.impact ?? 0) - (a.factor.impact ?? 0) || a.index - b.index)
    .map(({ factor }) => factor.id);
}
