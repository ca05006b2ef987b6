import { formatNumber, text } from '../../i18n/core';
import { evidenceText } from '../../i18n/en/evidence';
/** "40 KB", "1.2 MB": how much an attached text takes. */
export function formatBytes(bytes: number): string {
  const S = text(evidenceText).units;
  if (bytes < 1024) return `${formatNumber(bytes)} ${S.bytes}`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 1024))} ${S.kilobytes}`;
  return `${formatNumber(bytes / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} ${S.megabytes}`;
}
