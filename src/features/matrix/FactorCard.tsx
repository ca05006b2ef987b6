import { type CSSProperties, forwardRef, type HTMLAttributes, memo } from 'react';
import type { DiffMark } from '../../domain/diff';
import type { Factor } from '../../domain/schema';
import { type FactorVerdict, useFactorVerdict } from '../evidence/verdicts';
import './card.css';

interface FactorCardProps extends HTMLAttributes<HTMLDivElement> {
  factor: Factor;
  mark?: DiffMark | undefined;
  dragging?: boolean;
  overlay?: boolean;
  selected?: boolean;
  /** Marked as its cell's top-voted factor (the Overview density). */
  topVoted?: boolean;
  style?: CSSProperties;
}

const VERDICT_SIGNS: Record<FactorVerdict['status'], string> = { verified: '✓', close: '≈', 'not-found': '✗' };

/** In words, how the factor's quotes stand in the attached texts. */
export function verdictLabel(verdict: FactorVerdict): string {
  if (verdict.status === 'verified') return verdict.checked === 1 ? 'quote verified' : `all ${verdict.checked} quotes verified`;
  const open = verdict.checked - verdict.verified;
  if (verdict.status === 'close') return `${open} of ${verdict.checked} ${verdict.checked === 1 ? 'quote' : 'quotes'} close, not exact`;
  return `a quote not found in its source (${verdict.verified} of ${verdict.checked} verified)`;
}

const MARK_LABELS: Record<DiffMark, string> = { added: 'Added', removed: 'Removed', moved: 'Moved', edited: 'Edited' };

/** The accessible name: the title first, then what the badges show. */
export function cardLabel(factor: Factor, mark?: DiffMark, verdict?: FactorVerdict, topVoted = false): string {
  const parts = [factor.title];
  if (factor.impact !== null) parts.push(`impact ${factor.impact} of 5`);
  if (factor.citations.length > 0) parts.push(`${factor.citations.length} citation${factor.citations.length === 1 ? '' : 's'}`);
  if (verdict) parts.push(verdictLabel(verdict));
  if (factor.note.trim()) parts.push('has a note');
  if (factor.votes > 0) parts.push(`${factor.votes} vote${factor.votes === 1 ? '' : 's'}`);
  if (topVoted) parts.push('top voted in its cell');
  if (mark) parts.push(MARK_LABELS[mark].toLowerCase());
  return parts.join(', ');
}

/** Displays a factor. It knows nothing of dragging, so the grid, the overlay and Present mode share it. */
export const FactorCard = memo(
  forwardRef<HTMLDivElement, FactorCardProps>(function FactorCard(
    { factor, mark, dragging, overlay, selected, topVoted, className, ...rest },
    ref,
  ) {
    const verdict = useFactorVerdict(factor.id);
    const classes = ['card', dragging && 'card--placeholder', overlay && 'card--overlay', selected && 'card--selected', mark && `card--${mark}`, className]
      .filter(Boolean)
      .join(' ');
    return (
      <div ref={ref} className={classes} aria-label={cardLabel(factor, mark, verdict, topVoted)} {...rest}>
        {mark && (
          <span className={`card__mark card__mark--${mark}`} aria-hidden="true">
            {MARK_LABELS[mark]}
          </span>
        )}
        {topVoted && (
          <span className="card__ribbon" aria-hidden="true">
            ▲ Top voted
          </span>
        )}
        <span className="card__title" dir="auto">
          {factor.title}
        </span>
        <span className="card__meta" aria-hidden="true">
          {factor.impact !== null && (
            <span className="badge badge--impact" title={`Impact ${factor.impact} of 5`}>
              <span className="badge__dots">
                {'●'.repeat(factor.impact)}
                <span className="badge__dim">{'●'.repeat(5 - factor.impact)}</span>
              </span>
              <span className="badge__number">● {factor.impact}</span>
            </span>
          )}
          {factor.citations.length > 0 && (
            <span className="badge" title={`${factor.citations.length} citations`}>
              ❝ {factor.citations.length}
            </span>
          )}
          {verdict && (
            <span className={`badge badge--verdict badge--${verdict.status}`} title={verdictLabel(verdict)}>
              {VERDICT_SIGNS[verdict.status]}
            </span>
          )}
          {factor.note.trim() && (
            <span className="badge" title="Has a note">
              ✎
            </span>
          )}
          {factor.votes > 0 && (
            <span className="badge badge--votes" title={`${factor.votes} votes`}>
              ▲ {factor.votes}
            </span>
          )}
        </span>
      </div>
    );
  }),
);
