// The targets, each with the rows and sizes it applies to and how it is judged. A target is
// met only when every row it covers was measured and passes; a row not measured in this run
// (a size not asked for, a step that failed) leaves the target "not measured", never "met".
import { DRAG_METRICS, INTERACTIVE } from './metrics.mjs';

export const FIRST_LOAD_GZIP_KB = 135;

const within = (stats, { median = Infinity, p95 = Infinity }) => stats.median <= median && stats.p95 <= p95;

export const TARGETS = [
  {
    id: 'interactions-1000',
    text: 'At 1,000 factors every interaction ≤ 16 ms median and ≤ 50 ms p95',
    sizes: [1000],
    metrics: [...INTERACTIVE],
    limits: { median: 16, p95: 50 },
  },
  {
    id: 'drags-two-frames',
    text: 'At 100 and 1,000 factors every drag interaction ≤ 33 ms median (two frames) and ≤ 50 ms p95 (issue 13)',
    sizes: [100, 1000],
    metrics: DRAG_METRICS,
    limits: { median: 33, p95: 50 },
  },
  {
    id: 'drags-vs-dnd-kit',
    text: 'At 100 and 1,000 factors every drag interaction no slower than bare dnd-kit in the same run, median and p95 (issue 13)',
    sizes: [100, 1000],
    metrics: DRAG_METRICS,
    against: 'dnd-kit',
  },
  {
    id: 'add-and-switch',
    text: 'At 100 and 1,000 factors add factor and switch scenario (to another scenario, and to a fork) ≤ 16 ms median (issue 13)',
    sizes: [100, 1000],
    metrics: ['add factor (Enter)', 'switch scenario', 'switch to a fork (shared factors)'],
    limits: { median: 16 },
  },
  {
    id: 'navigation-100',
    // A returning visit paints the copy of the matrix it left (src/app/firstScreen) before the app
    // has run; "navigation → app's matrix ready" is printed beside it, with no target of its own.
    text: 'At 100 factors navigation → matrix painted ≤ 250 ms median (issue 13)',
    sizes: [100],
    metrics: ['navigation → matrix painted'],
    limits: { median: 250 },
  },
  {
    id: 'interactions-5000-50',
    text: 'At 5,000 factors every interaction ≤ 50 ms p95 (issue 13)',
    sizes: [5000],
    metrics: [...INTERACTIVE],
    limits: { p95: 50 },
  },
  {
    id: 'interactions-5000-100',
    text: 'At 5,000 factors every interaction ≤ 100 ms p95',
    sizes: [5000],
    metrics: [...INTERACTIVE],
    limits: { p95: 100 },
  },
  {
    id: 'import-5000',
    text: 'At 5,000 factors import total (preview + confirm) ≤ 500 ms, median and p95',
    sizes: [5000],
    metrics: ['import total (preview + confirm)'],
    limits: { median: 500, p95: 500 },
  },
];

const measured = (stats) => !!stats && stats.median !== null;

/** Whether one row meets one target: true, false, or null when it (or its peer row) was not measured. */
function judgeRow(target, stats, peerStats) {
  if (!measured(stats)) return null;
  if (target.against) {
    if (!measured(peerStats)) return null;
    return stats.median <= peerStats.median && stats.p95 <= peerStats.p95;
  }
  return within(stats, target.limits);
}

/**
 * Judges every target. `app` is results.metrics (size → metric → stats), `peers` maps a peer's
 * name to the same shape. Returns one verdict per target, and the verdict of each row
 * (size → metric → true | false | null) combined over the targets that cover it.
 */
export function judge(app, peers) {
  const rows = {};
  const verdicts = TARGETS.map((target) => {
    const missed = [];
    const unmeasured = [];
    for (const size of target.sizes) {
      for (const metric of target.metrics) {
        const pass = judgeRow(target, app[size]?.[metric], target.against ? peers[target.against]?.[size]?.[metric] : undefined);
        const where = `${metric} at ${size.toLocaleString('en')}`;
        if (pass === null) unmeasured.push({ size, metric });
        else if (!pass) missed.push(where);
        if (pass !== null) {
          rows[size] ??= {};
          rows[size][metric] = (rows[size][metric] ?? true) && pass;
        }
      }
    }
    const status = missed.length > 0 ? 'missed' : unmeasured.length > 0 ? 'not measured' : 'met';
    return { id: target.id, text: target.text, status, missed, unmeasured };
  });
  return { verdicts, rows };
}
