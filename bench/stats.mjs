// Summaries of samples: medians and nearest-rank quantiles, rounded to 0.1 ms.

/** Nearest-rank quantile: with 5 samples p95 is the slowest one. */
export function quantile(values, q) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  if (q === 0.5 && sorted.length % 2 === 0) return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
export const median = (values) => quantile(values, 0.5);
export const round = (value) => (value === null ? null : Math.round(value * 10) / 10);
export const summary = (values) => ({ median: round(median(values)), p95: round(quantile(values, 0.95)), runs: values.map(round) });
