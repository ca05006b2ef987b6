import { readDocument } from '../domain/document';
import { FORMAT_NAME, FORMAT_VERSION, type MatrixDocument, type Source } from '../domain/schema';

/** The scenario a fresh workspace opens on. */
export const BASELINE_SEED_ID = 'seed-baseline';

// Loaded on demand: a returning user has their own data and should not pay for the seeds.
const SEED_FILES = [
  () => import('../../seed-data/baseline.json'),
  () => import('../../seed-data/table1.json'),
  () => import('../../seed-data/concept-2029.json'),
  () => import('../../seed-data/compute-blocked.json'),
];

let cached: Promise<MatrixDocument> | null = null;

/** All seed scenarios as one validated document; seeds that fail validation are a build error, caught by tests. */
export function loadSeeds(): Promise<MatrixDocument> {
  cached ??= Promise.all(SEED_FILES.map((load) => load())).then((modules) => {
    const sources = new Map<string, Source>();
    const scenarios: MatrixDocument['scenarios'] = [];
    for (const module of modules) {
      const parsed = readDocument(module.default);
      if (!parsed.ok) throw new Error(`A seed file is invalid: ${parsed.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
      for (const source of parsed.document.sources) sources.set(source.id, source);
      scenarios.push(...parsed.document.scenarios);
    }
    return { format: FORMAT_NAME, version: FORMAT_VERSION, sources: [...sources.values()], scenarios };
  });
  return cached;
}
