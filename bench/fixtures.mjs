// The generated documents every page is measured on: N factors spread round-robin over the 16
// cells, one citation each. They are built with the app's own format code (bench/appFormat.ts,
// bundled at start-up), so the axes, the format's name and version, the storage envelope and
// the storage key are the app's, and every document is checked by the app's own validation
// before it is used: a change to the format fails the bench loudly instead of measuring a
// document the app would refuse.
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { buildNodeModule } from './build.mjs';

async function loadAppFormat() {
  const { outDir, file } = await buildNodeModule('bench/appFormat.ts');
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const format = await loadAppFormat();

export const WORKSPACE_KEY = format.WORKSPACE_KEY;
export const WORDS = ['supply', 'regulation', 'talent', 'energy', 'demand', 'tariff', 'climate', 'automation', 'privacy', 'logistics', 'subsidy', 'competition'];
export const SOURCE_COUNT = 24;

export function makeSources() {
  return Array.from({ length: SOURCE_COUNT }, (_, k) => ({
    id: `src-${k + 1}`,
    title: `Benchmark source ${k + 1}: outlook report`,
    authors: ['A. Analyst', 'B. Researcher'],
    year: 2018 + (k % 7),
    publisher: 'Bench Institute',
    url: `https://example.org/reports/${k + 1}`,
  }));
}

/** `count` factors spread round-robin over the 16 cells, each with one citation. */
export function makeScenario(id, name, prefix, count) {
  const factors = Array.from({ length: count }, (_, i) => {
    const cell = format.ALL_CELLS[i % format.ALL_CELLS.length];
    const word = WORDS[(i * 7) % WORDS.length];
    return {
      id: `${prefix}-${i + 1}`,
      title: `${word[0].toUpperCase()}${word.slice(1)} ${i % 2 ? 'pressure' : 'shift'} ${i + 1}`,
      note: i % 3 === 0 ? `Seen in the ${2010 + (i % 14)} review; see the cited passage.` : '',
      impact: i % 6 === 5 ? null : (i % 5) + 1,
      tags: i % 4 === 0 ? [] : [WORDS[i % WORDS.length]],
      pest: cell.pest,
      swot: cell.swot,
      votes: i % 9,
      citations: [
        {
          sourceId: `src-${(i % SOURCE_COUNT) + 1}`,
          locator: `p. ${(i % 240) + 1}`,
          quote: `Passage ${i + 1}: evidence that ${WORDS[i % WORDS.length]} changes over the planning horizon.`,
        },
      ],
    };
  });
  return { id, name, description: `Generated for the benchmark: ${count} factors.`, factors, strategies: [] };
}

const workspaceOf = (scenarios, activeScenarioId = scenarios[0].id) => ({ sources: makeSources(), scenarios, activeScenarioId });

/** The document the app would export for these scenarios, after passing the app's validation. */
export function documentOf(scenarios) {
  const document = format.toDocument(workspaceOf(scenarios));
  const checked = format.readDocument(document);
  if (!checked.ok) throw new Error(`the app refuses the generated document: ${checked.errors.map(format.formatProblem).join('; ')}`);
  return document;
}

/** What the previous version of the app kept in localStorage under WORKSPACE_KEY. */
export function envelope(document, activeScenarioId) {
  return format.encodeWorkspace({ sources: document.sources, scenarios: document.scenarios, activeScenarioId }, 1);
}

/** A fork of `scenario` as the app makes one (same factor ids), with its first `retitled` factors retitled. */
export function forkOf(scenario, id, name, retitled) {
  const factors = scenario.factors.map((factor, i) => (i < retitled ? { ...factor, title: `${factor.title} (revised)` } : factor));
  return { ...scenario, id, name, factors };
}

export function fixturesFor(size) {
  const a = makeScenario('bench-a', `Bench ${size} A`, 'fa', size);
  const b = makeScenario('bench-b', `Bench ${size} B`, 'fb', size);
  const fork = forkOf(a, 'bench-fork', `Bench ${size} A, revised`, 5);
  const imported = makeScenario('bench-import', `Bench ${size} imported`, 'fi', size);
  return {
    size,
    a,
    b,
    imported,
    fork,
    /** One scenario: navigation, moves, drags, adds, import, autosave; also what the peers show. */
    single: envelope(documentOf([a]), a.id),
    /** Two scenarios of `size` factors each (distinct ids): switching. */
    pair: envelope(documentOf([a, b]), a.id),
    /** A scenario and its fork (the same factors, five retitled): switching as an analyst comparing them does. */
    forkPair: envelope(documentOf([a, fork]), a.id),
    /** An exported scenario file, imported through the file chooser. */
    importFile: Buffer.from(format.serializeDocument(documentOf([imported]))),
  };
}
