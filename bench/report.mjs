// What a run prints: first-load JavaScript, the app's table, the three-way comparison with the
// peer pages, and the verdict of every target.
import { FIRST_LOAD_GZIP_KB, TARGETS } from './targets.mjs';
import { METRICS, PEER_METRICS } from './metrics.mjs';

const ms = (value) => (value === null || value === undefined ? '—' : value >= 100 ? `${Math.round(value)}` : value.toFixed(1));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ratioText = (value) => (value === null ? '—' : `${value.toFixed(1)}×`);

function printFirstLoad(firstLoad) {
  const pass = firstLoad.gzip / 1024 <= FIRST_LOAD_GZIP_KB;
  console.log('');
  console.log(`First-load JavaScript: ${firstLoad.files.map((f) => f.file).join(', ')}`);
  console.log(`  ${kb(firstLoad.bytes)} raw, ${kb(firstLoad.gzip)} gzip (target ≤ ${FIRST_LOAD_GZIP_KB} KB)  ${pass ? 'met' : `MISSED by ${kb(firstLoad.gzip - FIRST_LOAD_GZIP_KB * 1024)}`}`);
  console.log('  (not counted: CSS ' + kb(firstLoad.cssGzip) + ' gzip, and the lazy chunks)');
}

function printAppTable(results) {
  const { sizes } = results;
  const label = Math.max(...METRICS.map((metric) => metric.length)) + 2;
  const col = 26;
  const table = (title, pick, withVerdict) => {
    console.log('');
    const header = title.padEnd(label) + sizes.map((size) => `${size.toLocaleString('en')} factors`.padStart(col)).join('');
    console.log(header);
    console.log('-'.repeat(header.length));
    for (const metric of METRICS) {
      let line = metric.padEnd(label);
      for (const size of sizes) {
        const stats = results.metrics[size]?.[metric];
        const values = stats ? pick(stats) : null;
        if (!values || values.median === null) {
          line += '—'.padStart(col);
          continue;
        }
        const mark = !withVerdict || stats.pass === null ? '  ' : stats.pass ? ' ✓' : ' ✗';
        line += `${ms(values.median)} / ${ms(values.p95)} (n=${values.runs.length})${mark}`.padStart(col);
      }
      console.log(line);
    }
  };
  table('PAINTED, ms median / p95', (stats) => stats, true);
  console.log('✓ meets, ✗ misses every target that covers the row (listed under TARGETS below).');
  console.log('Painted: from the input event to the end of layout in the first frame that shows the result.');
  console.log('Autosave rows are main-thread task durations (performance.measure in src/store/autosave.ts), but the whole copy,');
  console.log('measured as each workspace\'s stored form is made, runs from its encoding to its write: wall-clock time that includes');
  console.log('its compression, which the browser does off the main thread.');
  table('SETTLED (main thread free again)', (stats) => stats.settled, false);
  console.log('Settled: from the input event to the first task that runs after that frame; the gap to');
  console.log('"painted" is work done after the frame (effects, measuring) that delays the next input.');
}

function printComparison(results) {
  for (const size of Object.keys(results.comparison).map(Number)) {
    console.log('');
    const title = `APP AGAINST THE PEERS at ${size.toLocaleString('en')} factors, painted ms median / p95; ratio = app / peer (median, p95)`;
    console.log(title);
    const label = 30;
    const col = 18;
    const header = ''.padEnd(label) + ['this app', 'bare dnd-kit', 'no framework', 'app / dnd-kit', 'app / vanilla'].map((h) => h.padStart(col)).join('');
    console.log(header);
    console.log('-'.repeat(header.length));
    for (const metric of PEER_METRICS) {
      const row = results.comparison[size][metric];
      const cell = (stats) => (stats && stats.median !== null ? `${ms(stats.median)} / ${ms(stats.p95)}` : '—');
      const ratio = (r) => (r ? `${ratioText(r.median)} / ${ratioText(r.p95)}` : '—');
      console.log(
        metric.padEnd(label) +
          [cell(row.app), cell(row['dnd-kit']), cell(row.vanilla), ratio(row.ratio['dnd-kit']), ratio(row.ratio.vanilla)].map((text) => text.padStart(col)).join(''),
      );
    }
  }
  if (Object.keys(results.comparison).length > 0) {
    console.log('Peers: bench/peers/dnd-kit is dnd-kit\'s MultipleContainers story with 16 containers; bench/peers/vanilla moves');
    console.log('the card\'s DOM node itself. Both show the same factors, driven by the same code and measured the same way; a switch');
    console.log('remounts the story for the other scenario on bare dnd-kit, and puts new card nodes in the lists with no framework.');
  }
}

function printTargets(verdicts) {
  console.log('');
  console.log('TARGETS');
  for (const verdict of verdicts) {
    const mark = verdict.status === 'met' ? '✓ met' : verdict.status === 'missed' ? '✗ MISSED' : '· not measured';
    console.log(`  ${mark.padEnd(15)}${verdict.text}`);
    if (verdict.missed.length > 0) console.log(`${''.padEnd(17)}missed: ${verdict.missed.join('; ')}`);
    if (verdict.unmeasured.length > 0) console.log(`${''.padEnd(17)}not measured: ${unmeasuredText(verdict)}`);
  }
}

/** "1,000 and 5,000 factors" when whole sizes are missing from the run, else the rows themselves. */
function unmeasuredText(verdict) {
  const target = TARGETS.find((t) => t.id === verdict.id);
  const bySize = new Map();
  for (const row of verdict.unmeasured) bySize.set(row.size, [...(bySize.get(row.size) ?? []), row]);
  return [...bySize]
    .map(([size, rows]) =>
      rows.length === target.metrics.length
        ? `${size.toLocaleString('en')} factors`
        : rows.map((row) => `${row.metric} at ${size.toLocaleString('en')}`).join('; '),
    )
    .join('; ');
}

export function printReport(results) {
  printFirstLoad(results.firstLoad);
  printAppTable(results);
  printComparison(results);
  printTargets(results.targetVerdicts);
}
