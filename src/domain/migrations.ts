import { FORMAT_VERSION } from './schema';

/**
 * Named, ordered steps from each old format version to the next. Storage and import share
 * them, so a file exported by an old build and data stored by one come forward the same way.
 */
interface Migration {
  name: string;
  from: number;
  up(document: Record<string, unknown>): Record<string, unknown>;
}

type Loose = Record<string, unknown>;
const isRecord = (value: unknown): value is Loose => value !== null && typeof value === 'object' && !Array.isArray(value);
/**
 * Applies `step` to each record of a list. Anything of the wrong shape is left exactly as it
 * was, so that validation afterwards reports it with its path instead of it vanishing here.
 */
const eachRecord = (value: unknown, step: (record: Loose) => Loose): unknown =>
  Array.isArray(value) ? value.map((item: unknown) => (isRecord(item) ? step(item) : item)) : value;

export const MIGRATIONS: readonly Migration[] = [
  {
    name: 'add-dot-votes',
    from: 1,
    // Version 1 had no voting; every factor starts with no votes.
    up: (document) => ({
      ...document,
      scenarios: eachRecord(document.scenarios, (scenario) => ({
        ...scenario,
        factors: eachRecord(scenario.factors, (factor) => ({ ...factor, votes: factor.votes ?? 0 })),
      })),
    }),
  },
  {
    name: 'add-strategies-and-weighting',
    from: 2,
    // Version 3 added TOWS strategies, IFE/EFE weights and ratings, likelihood and evidence labels.
    // Only the strategies list is required; the rest are optional and simply stay unset.
    up: (document) => ({
      ...document,
      scenarios: eachRecord(document.scenarios, (scenario) => ({ ...scenario, strategies: scenario.strategies ?? [] })),
    }),
  },
];

export const OLDEST_VERSION = 1;

export type MigrationResult =
  | { type: 'ok'; document: Loose; migratedFrom: number | null }
  | { type: 'error'; reason: 'newer-version' | 'unknown-version' | 'failed'; message: string };

export function migrate(document: Loose): MigrationResult {
  const version = document.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_VERSION) {
    return { type: 'error', reason: 'unknown-version', message: `Format version ${JSON.stringify(version)} is not one this app knows.` };
  }
  if (version > FORMAT_VERSION) {
    return {
      type: 'error',
      reason: 'newer-version',
      message: `This data was written by a newer version of the app (format ${version}; this one reads up to ${FORMAT_VERSION}).`,
    };
  }
  let current = document;
  for (const migration of MIGRATIONS) {
    if (migration.from < version) continue;
    try {
      current = { ...migration.up(current), version: migration.from + 1 };
    } catch (error) {
      return { type: 'error', reason: 'failed', message: `Migration "${migration.name}" failed: ${String(error)}` };
    }
  }
  return { type: 'ok', document: current, migratedFrom: version === FORMAT_VERSION ? null : version };
}
