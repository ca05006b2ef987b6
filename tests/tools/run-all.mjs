// Runs every check the project has and ends with one line, "N passed, N failed", totalled
// over all runners, because CI reads that line rather than each runner's own summary.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
let passed = 0;
let failed = 0;

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(join(root, path), 'utf8'));
  } catch {
    return null;
  }
}

// 1. Types: one check.
if (run('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.'])) passed++;
else failed++;

// 2. Unit and component tests.
rmSync(join(root, 'test-results/unit.json'), { force: true });
const unitOk = run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
const unit = readJson('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
if (!unitOk && (!unit || unit.numFailedTests === 0)) failed++; // the runner itself failed

// 3. Seed citations, whenever the shared checker is beside the project.
const checker = join(root, '../shared/tools/check-citations.mjs');
if (existsSync(checker)) {
  const seeds = ['baseline', 'table1', 'concept-2029', 'compute-blocked'].map((name) => `seed-data/${name}.json`);
  if (run('citations', 'node', [checker, ...seeds])) passed++;
  else failed++;
}

// 4. Browser tests.
let e2eOk = run('browser', 'node', ['tests/tools/ensure-browser.mjs']);
rmSync(join(root, 'test-results/e2e.json'), { force: true });
if (e2eOk) e2eOk = run('e2e', 'npx', ['playwright', 'test']);
const e2e = readJson('test-results/e2e.json');
if (e2e?.stats) {
  passed += e2e.stats.expected;
  failed += e2e.stats.unexpected + e2e.stats.flaky;
}
if (!e2eOk && (!e2e?.stats || e2e.stats.unexpected === 0)) failed++;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
