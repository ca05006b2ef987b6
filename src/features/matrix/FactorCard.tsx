import { type CSSProperties, forwardRef, type HTMLAttributes, memo, useMemo } from 'react';
import type { DiffMark } from '../../domain/diff';
import type { Factor } from '../../domain/schema';
import { type ConfidenceLevel, factorConfidence } from '../../domain/strategy/confidence';
import { DEFAULT_SIGNIFICANCE_THRESHOLD, significance } from '../../domain/strategy/significance';
import { type FactorVerdict, useFactorVerdict } from '../evidence/verdicts';
import './card.css';
import { count, formatNumber, text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';

interface FactorCardProps extends HTMLAttributes<HTMLDivElement> {
  factor: Factor;
  mark?: DiffMark | undefined;
  dragging?: boolean;
  overlay?: boolean;
  selected?: boolean;
  /** Marked as its cell's top-voted factor (the Overview density). */
  topVoted?: boolean;
  /** Picked, with other cards, to make a strategy from. */
  picked?: boolean;
  /** The scenario's significance threshold: cards at or above it are marked. */
  significanceThreshold?: number;
  style?: CSSProperties;
}

const VERDICT_SIGNS: Record<FactorVerdict['status'], string> = { verified: '✓', close: '≈', 'not-found': '✗' };
// Bars like a signal meter: the level reads without colour and in any language.
const CONFIDENCE_BARS: Record<ConfidenceLevel, string> = { high: '▮▮▮', medium: '▮▮▯', low: '▮▯▯' };

const weightText = (weight: number | undefined) =>
  weight === undefined ? '–' : formatNumber(weight, { minimumFractionDigits: 2, maximumFractionDigits: 3 });

/** What the card says about the strategy methods, for both its badges and its accessible name. */
function methodFacts(factor: Factor, threshold: number) {
  const score = significance(factor);
  return {
    weighed: factor.weight !== undefined || factor.rating !== undefined,
    weight: weightText(factor.weight),
    rating: factor.rating === undefined ? '–' : String(factor.rating),
    confidence: factorConfidence(factor).level,
    significant: score !== null && score >= threshold ? score : null,
  };
}
type MethodFacts = ReturnType<typeof methodFacts>;

/** In words, how the factor's quotes stand in the attached texts. */
export function verdictLabel(verdict: FactorVerdict): string {
  const S = text(appText).card;
  if (verdict.status === 'verified') return verdict.checked === 1 ? S.quoteVerified : S.allVerified({ count: verdict.checked });
  if (verdict.status === 'close') return S.someClose({ open: verdict.checked - verdict.verified, count: verdict.checked });
  return S.notFound({ verified: verdict.verified, count: verdict.checked });
}

/** The accessible name: the title first, then what the badges show. */
function cardLabel(factor: Factor, facts: MethodFacts, mark?: DiffMark, verdict?: FactorVerdict, topVoted = false, picked = false): string {
  const S = text(appText).card;
  const parts = [factor.title];
  if (picked) parts.push(S.picked);
  if (factor.impact !== null) parts.push(S.impact({ value: factor.impact }));
  if (factor.citations.length > 0) parts.push(count(S.citations, factor.citations.length));
  if (verdict) parts.push(verdictLabel(verdict));
  if (factor.note.trim()) parts.push(S.hasNote);
  if (facts.weighed) parts.push(S.weighed({ weight: facts.weight, rating: facts.rating }));
  if (facts.significant !== null) parts.push(S.significant({ score: facts.significant }));
  parts.push(S.confidence[facts.confidence]);
  if (factor.votes > 0) parts.push(count(S.votes, factor.votes));
  if (topVoted) parts.push(S.topVoted);
  if (mark) parts.push(S.marks[mark].toLowerCase());
  return parts.join(', ');
}

/** Displays a factor. It knows nothing of dragging, so the grid, the overlay and Present mode share it. */
export const FactorCard = memo(
  forwardRef<HTMLDivElement, FactorCardProps>(function FactorCard(
    { factor, mark, dragging, overlay, selected, topVoted, picked, significanceThreshold = DEFAULT_SIGNIFICANCE_THRESHOLD, className, ...rest },
    ref,
  ) {
    const verdict = useFactorVerdict(factor.id);
    const S = text(appText);
    // A card re-renders whenever a drag shifts it; what it says changes only with these.
    const facts = useMemo(() => methodFacts(factor, significanceThreshold), [factor, significanceThreshold]);
    const label = useMemo(() => cardLabel(factor, facts, mark, verdict, topVoted, picked), [factor, facts, mark, verdict, topVoted, picked]);
    const classes = ['card', dragging && 'card--placeholder', overlay && 'card--overlay', selected && 'card--selected', picked && 'card--picked', mark && `card--${mark}`, className]
      .filter(Boolean)
      .join(' ');
    return (
      <div
        ref={ref}
        className={classes}
        aria-label={label}
        data-confidence={facts.confidence}
        {...rest}
      >
        {picked && (
          <span className="card__picked" aria-hidden="true">
            ✓
          </span>
        )}
        {mark && (
          <span className={`card__mark card__mark--${mark}`} aria-hidden="true">
            {S.card.marks[mark]}
          </span>
        )}
        {topVoted && (
          <span className="card__ribbon" aria-hidden="true">
            {S.matrix.topVoted}
          </span>
        )}
        <span className="card__title" dir="auto">
          {factor.title}
        </span>
        <span className="card__meta" aria-hidden="true">
          {factor.impact !== null && (
            <span className="badge badge--impact" title={S.card.impactHint({ value: factor.impact })}>
              <span className="badge__dots">
                {'●'.repeat(factor.impact)}
                <span className="badge__dim">{'●'.repeat(5 - factor.impact)}</span>
              </span>
              <span className="badge__number">● {factor.impact}</span>
            </span>
          )}
          {factor.citations.length > 0 && (
            <span className="badge" title={count(S.card.citations, factor.citations.length)}>
              ❝ {factor.citations.length}
            </span>
          )}
          {verdict && (
            <span className={`badge badge--verdict badge--${verdict.status}`} title={verdictLabel(verdict)}>
              {VERDICT_SIGNS[verdict.status]}
            </span>
          )}
          <span className={`badge badge--confidence badge--${facts.confidence}`} title={S.card.confidence[facts.confidence]}>
            {CONFIDENCE_BARS[facts.confidence]}
          </span>
          {facts.weighed && (
            <span className="badge badge--weighed" title={S.card.weighed({ weight: facts.weight, rating: facts.rating })}>
              ⚖ {facts.weight} × {facts.rating}
            </span>
          )}
          {facts.significant !== null && (
            <span className="badge badge--significant" title={S.card.significant({ score: facts.significant })}>
              ★ {facts.significant}
            </span>
          )}
          {factor.note.trim() && (
            <span className="badge" title={S.card.hasNote}>
              ✎
            </span>
          )}
          {factor.votes > 0 && (
            <span className="badge badge--votes" title={count(S.card.votes, factor.votes)}>
              ▲ {factor.votes}
            </span>
          )}
        </span>
      </div>
    );
  }),
);
