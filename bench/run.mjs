// npm run bench: builds the production app, serves it on loopback, drives Chromium through
// Playwright and times what a user waits for. Prints a table and writes bench/results.json.
//
//   BENCH_RUNS=5            page loads per size (each gives one or more samples per metric)
//   BENCH_SIZES=100,1000,5000
//   BENCH_REPEAT=n          samples per page load of the keyboard move, pointer drag, add and
//                           switch (default 2, and 1 at 5,000 factors)
//   BENCH_PROFILE=0         skip the CPU profile of the interactions at 1,000 factors
//   CHROMIUM_PATH=…         a Chromium other than /usr/bin/chromium
//
// How a latency is taken, in the page itself: the interaction's input event is caught in the
// capture phase and its `timeStamp` is the start; a MutationObserver notices the moment the
// DOM shows the result ("commit"); in the next frame, a ResizeObserver callback (after that
// frame's style and layout) marks "painted"; the first task after that frame marks "settled",
// when the page could take the next input. Input goes through page.keyboard and page.mouse so
// that none of Playwright's own in-page work falls inside a measured window.
// Each page load is a fresh browser context: empty HTTP cache, empty storage. Between steps the
// bench waits for the autosave, whose duration src/store/autosave.ts marks with
// performance.measure('autosave-write' | 'autosave-flush').
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const ROOT = join(import.meta.dirname, '..');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5)); // fewer than 5 only for a quick look
// Samples of each interaction per page load: 2 up to 1,000 factors, 1 at 5,000, where each
// load takes about a minute (5 loads still give 5 samples).
const repeatFor = (size) => Math.max(1, Number(process.env.BENCH_REPEAT ?? (size >= 5000 ? 1 : 2)));
const PROFILE = process.env.BENCH_PROFILE !== '0';
const PROFILE_SIZE = 1000;
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number).filter((n) => n > 0);
const VIEWPORT = { width: 1280, height: 720 };
const WORKSPACE_KEY = 'swot-pest-matrix/workspace'; // src/io/persistence.ts
const STEP_TIMEOUT = 60_000;

const TARGETS = {
  firstLoadGzipKB: 135,
  at1000: { median: 16, p95: 50 },
  at5000: { p95: 100 },
  import5000: 500,
};

// ---------------------------------------------------------------- documents (format version 2)

const PEST = ['political', 'economic', 'social', 'technological'];
const SWOT = ['strengths', 'weaknesses', 'opportunities', 'threats'];
const CELLS = PEST.flatMap((pest) => SWOT.map((swot) => ({ pest, swot })));
const WORDS = ['supply', 'regulation', 'talent', 'energy', 'demand', 'tariff', 'climate', 'automation', 'privacy', 'logistics', 'subsidy', 'competition'];
const SOURCE_COUNT = 24;

function makeSources() {
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
function makeScenario(id, name, prefix, count) {
  const factors = Array.from({ length: count }, (_, i) => {
    const cell = CELLS[i % CELLS.length];
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
  return { id, name, description: `Generated for the benchmark: ${count} factors.`, factors };
}

const documentOf = (scenarios) => ({ format: 'swot-pest-matrix', version: 2, sources: makeSources(), scenarios });

const envelope = (document, activeScenarioId) =>
  JSON.stringify({ kind: 'swot-pest-workspace', revision: 1, savedAt: new Date().toISOString(), activeScenarioId, document });

function fixturesFor(size) {
  const a = makeScenario('bench-a', `Bench ${size} A`, 'fa', size);
  const b = makeScenario('bench-b', `Bench ${size} B`, 'fb', size);
  const imported = makeScenario('bench-import', `Bench ${size} imported`, 'fi', size);
  return {
    size,
    a,
    b,
    imported,
    /** One scenario: navigation, moves, drags, adds, import, autosave. */
    single: envelope(documentOf([a]), a.id),
    /** Two scenarios of `size` factors each (distinct ids): switching. */
    pair: envelope(documentOf([a, b]), a.id),
    /** An exported scenario file, imported through the file chooser. */
    importFile: Buffer.from(`${JSON.stringify(documentOf([imported]), null, 2)}\n`),
  };
}

// ---------------------------------------------------------------- build and serve

function build(extra = []) {
  const outDir = mkdtempSync(join(os.tmpdir(), 'swot-pest-bench-'));
  const started = Date.now();
  const result = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', ...extra], {
    cwd: ROOT,
    stdio: 'inherit',
    env: process.env,
  });
  if (result.status !== 0) throw new Error('vite build failed');
  return { outDir, seconds: (Date.now() - started) / 1000 };
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

function serve(outDir) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname === '/__blank') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end('<!doctype html><title>blank</title>');
    }
    const file = normalize(join(outDir, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname)));
    if (!file.startsWith(outDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404);
      return response.end('not found');
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    response.end(readFileSync(file));
  });
  return new Promise((resolveServer) =>
    server.listen(0, '127.0.0.1', () => resolveServer({ server, base: `http://127.0.0.1:${server.address().port}` })),
  );
}

// ---------------------------------------------------------------- first-load JavaScript

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+?\.js)["']/g;

/** The entry script of index.html, its modulepreloads, and everything they import statically. */
function firstLoadJs(outDir) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const queue = [
    ...[...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]),
  ].map((url) => join(outDir, url.replace(/^\//, '')));
  const files = [];
  const seen = new Set();
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file);
    files.push({ file: file.slice(outDir.length + 1), bytes: code.length, gzip: gzipSync(code).length });
    for (const match of code.toString('utf8').matchAll(STATIC_IMPORT)) queue.push(resolve(dirname(file), match[1]));
  }
  const css = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((m) => {
    const code = readFileSync(join(outDir, m[1].replace(/^\//, '')));
    return { file: m[1].replace(/^\//, ''), bytes: code.length, gzip: gzipSync(code).length };
  });
  const sum = (list, key) => list.reduce((total, item) => total + item[key], 0);
  return { files, bytes: sum(files, 'bytes'), gzip: sum(files, 'gzip'), css, cssGzip: sum(css, 'gzip') };
}

// ---------------------------------------------------------------- in-page instrumentation

/** Runs in the page before any of its scripts (context.addInitScript). */
function pageInstrumentation() {
  // The frame that shows a change: its requestAnimationFrame callbacks run, then style and
  // layout, then ResizeObserver callbacks (a fresh observation always reports once), then paint.
  // "rendered" is taken in that ResizeObserver callback; "settled" is the first task after the
  // frame, i.e. when the page could answer the next input.
  const afterFrame = (onRendered, onSettled) =>
    requestAnimationFrame(() => {
      const observer = new ResizeObserver(() => {
        observer.disconnect();
        onRendered(performance.now());
        const channel = new MessageChannel();
        channel.port1.onmessage = () => onSettled(performance.now());
        channel.port2.postMessage(null);
      });
      observer.observe(document.documentElement);
    });
  const card = (id) => document.querySelector(`[data-factor-id="${CSS.escape(id)}"]`);
  const cellOf = (element) => element?.closest('section[data-cell]')?.getAttribute('data-cell') ?? null;
  const placeholderIs = (element, wanted) => wanted === null || element.classList.contains('card--placeholder') === wanted;
  const PREDICATES = {
    matrixReady: () => document.querySelectorAll('section[data-cell]').length === 16 && document.querySelector('[data-factor-id]') !== null,
    placeholder: (id, wanted) => {
      const element = card(id);
      return !!element && placeholderIs(element, wanted);
    },
    cardIn: (id, cell, placeholder) => {
      const element = card(id);
      return !!element && cellOf(element) === cell && placeholderIs(element, placeholder);
    },
    cardLeft: (id, from, placeholder) => {
      const element = card(id);
      const cell = cellOf(element);
      return !!element && cell !== null && cell !== from && placeholderIs(element, placeholder);
    },
    titleIn: (title, cell) =>
      [...document.querySelectorAll(`section[data-cell="${cell}"] .card__title`)].some((element) => element.textContent === title),
    cardShown: (id) => !!card(id) && !document.querySelector('dialog[open]'),
    dialogOpen: () => !!document.querySelector('dialog[open] h2'),
    readerMark: () => !!document.querySelector('dialog[open] .reader__mark'),
  };

  let current = null;
  window.__bench = {
    arm(type, predicate, args) {
      const test = PREDICATES[predicate];
      const m = { start: null, commit: null, paint: null, settled: null };
      m.promise = new Promise((done) => (m.done = done));
      const check = () => {
        if (m.start === null || m.commit !== null || !test(...args)) return;
        m.commit = performance.now();
        observer.disconnect();
        afterFrame(
          (time) => (m.paint = time),
          (time) => {
            m.settled = time;
            m.done();
          },
        );
      };
      const observer = new MutationObserver(check);
      observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class', 'aria-label', 'open'] });
      const onEvent = (event) => {
        if (m.start !== null) return;
        m.start = event.timeStamp;
        window.removeEventListener(type, onEvent, true);
        const poll = () => {
          check();
          if (m.commit === null) requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      };
      window.addEventListener(type, onEvent, true);
      current = m;
    },
    async wait(timeoutMs) {
      const m = current;
      let timer;
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no result within ${timeoutMs} ms (event seen: ${m.start !== null})`)), timeoutMs);
      });
      await Promise.race([m.promise, timeout]);
      clearTimeout(timer);
      return { start: m.start, commit: m.commit, paint: m.paint, settled: m.settled };
    },
    nextPaint: () => new Promise((done) => afterFrame(() => {}, done)),
    autosaveCount: () => performance.getEntriesByName('autosave-write', 'measure').length,
    waitAutosave: (count, timeoutMs) =>
      new Promise((done, reject) => {
        const started = performance.now();
        const tick = () => {
          if (performance.getEntriesByName('autosave-write', 'measure').length > count) done(true);
          else if (performance.now() - started > timeoutMs) reject(new Error('no autosave was measured'));
          else setTimeout(tick, 20);
        };
        tick();
      }),
    autosaves: () => ({
      write: performance.getEntriesByName('autosave-write', 'measure').map((entry) => entry.duration),
      flush: performance.getEntriesByName('autosave-flush', 'measure').map((entry) => entry.duration),
      whole: performance.getEntriesByName('autosave-whole-copy', 'measure').map((entry) => entry.duration),
    }),
  };

  // Navigation: the first frame painted with all 16 cells and a card in them.
  window.__benchNav = null;
  const navCheck = () => {
    if (window.__benchNav || !PREDICATES.matrixReady()) return;
    const commit = performance.now();
    navObserver.disconnect();
    let paint = null;
    afterFrame(
      (time) => (paint = time),
      (settled) => (window.__benchNav = { commit, paint, settled }),
    );
  };
  const navObserver = new MutationObserver(navCheck);
  navObserver.observe(document, { subtree: true, childList: true });
}

// ---------------------------------------------------------------- interactions

/** While set, every timed step is CPU-profiled (only the measured window, not Playwright's own work). */
let profiler = null;

/** Arms the page for `event`, performs `action`, and waits until `predicate` holds and is painted. */
async function timed(page, { event, predicate, args, action }) {
  await page.evaluate(([e, p, a]) => window.__bench.arm(e, p, a), [event, predicate, args]);
  if (profiler) await profiler.session.send('Profiler.start');
  await action();
  const result = await page.evaluate((ms) => window.__bench.wait(ms), STEP_TIMEOUT);
  if (profiler) profiler.profiles.push((await profiler.session.send('Profiler.stop')).profile);
  return { paint: result.paint - result.start, commit: result.commit - result.start, settled: result.settled - result.start };
}

const nextPaint = (page) => page.evaluate(() => window.__bench.nextPaint());

/** Waits for the autosave a change triggers; `before` is null for a view change, which saves nothing. */
async function afterChange(page, before) {
  if (before !== null) await page.evaluate(([count, ms]) => window.__bench.waitAutosave(count, ms), [before, STEP_TIMEOUT]);
  await page.waitForTimeout(300); // let drop animations and toasts settle before the next step
  await nextPaint(page);
}

const autosaveCount = (page) => page.evaluate(() => window.__bench.autosaveCount());

const firstCardIn = (page, cell) =>
  page.evaluate((c) => document.querySelector(`section[data-cell="${c}"] [data-factor-id]`)?.getAttribute('data-factor-id') ?? null, cell);

const cardLocator = (page, id) => page.locator(`[data-factor-id="${id}"]`);

async function keyboardMove(page, record) {
  // The top row: at 1,000 factors and more the cards of lower rows are not mounted until scrolled to.
  const from = 'political:strengths';
  await page.evaluate(() => window.scrollTo(0, 0));
  const id = await firstCardIn(page, from);
  if (!id) throw new Error(`no card in ${from}`);
  await cardLocator(page, id).focus();
  await nextPaint(page);
  const saves = await autosaveCount(page);
  record('keyboard pick up (Space)', await timed(page, { event: 'keydown', predicate: 'placeholder', args: [id, true], action: () => page.keyboard.press('Space') }));
  record('keyboard to next cell (→)', await timed(page, { event: 'keydown', predicate: 'cardLeft', args: [id, from, null], action: () => page.keyboard.press('ArrowRight') }));
  record('keyboard drop (Space)', await timed(page, { event: 'keydown', predicate: 'cardLeft', args: [id, from, false], action: () => page.keyboard.press('Space') }));
  await afterChange(page, saves);
}

async function pointerDrag(page, record) {
  const from = 'political:strengths';
  const to = 'political:weaknesses';
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    for (const cell of document.querySelectorAll('section[data-cell]')) cell.scrollTop = 0;
  });
  await nextPaint(page);
  const id = await firstCardIn(page, from);
  const targetId = await firstCardIn(page, to);
  if (!id) throw new Error(`no card in ${from}`);
  const source = await cardLocator(page, id).boundingBox();
  const target = targetId ? await cardLocator(page, targetId).boundingBox() : await page.locator(`section[data-cell="${to}"]`).boundingBox();
  if (!source || !target) throw new Error('cards to drag are not on screen');
  const saves = await autosaveCount(page);
  const x = source.x + source.width / 2;
  const y = source.y + source.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 12, y + 4, { steps: 3 }); // past the 6 px activation distance
  await page.waitForFunction((factorId) => document.querySelector(`[data-factor-id="${factorId}"]`)?.classList.contains('card--placeholder'), id, { timeout: STEP_TIMEOUT });
  await nextPaint(page);
  record('pointer drag into next cell', await timed(page, {
    event: 'mousemove',
    predicate: 'cardIn',
    args: [id, to, true],
    action: () => page.mouse.move(target.x + target.width / 2, target.y + Math.min(target.height / 3, 12)),
  }));
  record('pointer drop', await timed(page, { event: 'mouseup', predicate: 'cardIn', args: [id, to, false], action: () => page.mouse.up() }));
  await afterChange(page, saves);
}

let addSeq = 0;
async function addFactor(page, record) {
  const cell = 'social:opportunities';
  const label = 'Social opportunities';
  const title = `Benchmark added factor ${++addSeq}`;
  await page.getByRole('button', { name: `Add factor to ${label}`, exact: true }).click();
  const input = page.getByRole('textbox', { name: `New factor in ${label}`, exact: true });
  await input.fill(title);
  await nextPaint(page);
  const saves = await autosaveCount(page);
  // page.keyboard and page.mouse go straight to the browser's input; a locator's own actions
  // would first run Playwright's element queries on the page, inside the measured window.
  record('add factor (Enter)', await timed(page, { event: 'keydown', predicate: 'titleIn', args: [title, cell], action: () => page.keyboard.press('Enter') }));
  await afterChange(page, saves);
}

async function importScenario(page, fixtures, record) {
  const saves = await autosaveCount(page);
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…', exact: true }).click();
  const chooser = await chooserPromise;
  const preview = await timed(page, {
    event: 'change',
    predicate: 'dialogOpen',
    args: [],
    action: () => chooser.setFiles({ name: `bench-${fixtures.size}.json`, mimeType: 'application/json', buffer: fixtures.importFile }),
  });
  const heading = await page.locator('dialog[open] h2').first().textContent();
  if (!heading?.startsWith('Import ')) {
    const problems = await page.locator('dialog[open]').innerText();
    throw new Error(`the import was refused: ${problems}`);
  }
  record('import: file chosen → preview', preview);
  const button = page.getByRole('button', { name: 'Import 1 scenario', exact: true });
  await button.scrollIntoViewIfNeeded();
  const box = await button.boundingBox();
  if (!box) throw new Error('the confirm button is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await nextPaint(page);
  const confirm = await timed(page, {
    event: 'click',
    predicate: 'cardShown',
    args: [fixtures.imported.factors[0].id],
    action: () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2),
  });
  record('import: confirm → matrix', confirm);
  record('import total (preview + confirm)', {
    paint: preview.paint + confirm.paint,
    commit: preview.commit + confirm.commit,
    settled: preview.settled + confirm.settled,
  });
  await afterChange(page, saves);
}

async function switchScenario(page, fixtures, record, toB) {
  const scenario = toB ? fixtures.b : fixtures.a;
  const picker = page.getByRole('combobox', { name: 'Scenario', exact: true });
  record('switch scenario', await timed(page, {
    event: 'input',
    predicate: 'cardShown',
    args: [scenario.factors[0].id],
    action: () => picker.selectOption(scenario.id),
  }));
  // Which scenario a tab shows is session state: it is never written into the document.
  await afterChange(page, null);
}

// ---------------------------------------------------------------- runs

/**
 * What a returning user's browser holds for a workspace: the app itself stores it, from the
 * previous version's envelope, in its own form (the Yjs copies under swot-pest-matrix/doc/…).
 * Made once per workspace, so the timed loads read storage as a returning user's would.
 */
const storedForm = new Map();
async function storedFormOf(browser, base, envelopeText) {
  if (storedForm.has(envelopeText)) return storedForm.get(envelopeText);
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/__blank`);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [WORKSPACE_KEY, envelopeText]);
    await page.goto(`${base}/`);
    await page.waitForFunction(() => performance.getEntriesByName('autosave-whole-copy', 'measure').length > 0, null, { timeout: STEP_TIMEOUT });
    const entries = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('swot-pest-matrix/doc/')).map((key) => [key, localStorage.getItem(key)]),
    );
    storedForm.set(envelopeText, entries);
    return entries;
  } finally {
    await context.close();
  }
}

async function openSeeded(browser, base, stored, expectName) {
  const entries = await storedFormOf(browser, base, stored);
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(pageInstrumentation);
  const page = await context.newPage();
  await page.goto(`${base}/__blank`);
  await page.evaluate((pairs) => pairs.forEach(([key, value]) => localStorage.setItem(key, value)), entries);
  await page.goto(`${base}/`);
  const nav = await (await page.waitForFunction(() => window.__benchNav, null, { timeout: STEP_TIMEOUT })).jsonValue();
  const label = await page.locator('.matrix').first().getAttribute('aria-label');
  if (!label?.includes(expectName)) throw new Error(`the seeded workspace was not opened (matrix shows "${label}")`);
  return { context, page, nav };
}

async function runSize(browser, base, fixtures, record, errors, warmUp = false) {
  const REPEAT = repeatFor(fixtures.size);
  const safely = async (what, step) => {
    try {
      await step();
    } catch (error) {
      errors.push(`${fixtures.size} factors, ${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  };
  // One scenario: navigation, then the editing interactions, then an import.
  const single = await openSeeded(browser, base, fixtures.single, fixtures.a.name);
  try {
    record('navigation → matrix painted', single.nav);
    for (let i = 0; i < REPEAT; i++) await safely('keyboard move', () => keyboardMove(single.page, record));
    for (let i = 0; i < REPEAT; i++) await safely('pointer drag', () => pointerDrag(single.page, record));
    for (let i = 0; i < REPEAT; i++) await safely('add factor', () => addFactor(single.page, record));
    await safely('import', () => importScenario(single.page, fixtures, record));
    const saves = await single.page.evaluate(() => window.__bench.autosaves());
    const task = (duration) => ({ paint: duration, commit: duration, settled: duration });
    for (const duration of saves.write) record('autosave write (encode + setItem)', task(duration));
    for (const duration of saves.flush) record('autosave flush (whole task)', task(duration));
    for (const duration of saves.whole) record('autosave whole copy (first save, folding)', task(duration));
  } finally {
    await single.context.close();
  }
  if (warmUp) return;
  // Two scenarios: switching between them.
  const pair = await openSeeded(browser, base, fixtures.pair, fixtures.a.name);
  try {
    for (let i = 0; i < REPEAT; i++) await safely('switch scenario', () => switchScenario(pair.page, fixtures, record, i % 2 === 0));
  } finally {
    await pair.context.close();
  }
}

// ---------------------------------------------------------------- where the time goes

/**
 * Profiles the interactions once more, on a build without minification so that function names
 * survive, and sums self time per module (the bundle keeps a "// path" comment where each
 * module starts) and per function. Browser work a script asked for (layout forced by
 * getBoundingClientRect, getComputedStyle) counts towards the script that asked.
 */
async function profileHints(browser) {
  const { outDir } = build(['--minify', 'false']);
  const { server, base } = await serve(outDir);
  const markers = new Map();
  const moduleOf = (frame) => {
    const match = /\/assets\/([^/?#]+\.js)/.exec(frame.url);
    if (!match) return null;
    let list = markers.get(match[1]);
    if (!list) {
      list = [];
      readFileSync(join(outDir, 'assets', match[1]), 'utf8')
        .split('\n')
        .forEach((line, index) => {
          const m = /^\/\/ ((?:node_modules|src)\/\S+)$/.exec(line);
          if (m) list.push({ line: index, module: m[1].replace(/^node_modules\//, '').replace(/\/(dist|cjs|esm)\/.*$/, '') });
        });
      markers.set(match[1], list);
    }
    let found = `(${match[1]})`;
    for (const marker of list) {
      if (marker.line > frame.lineNumber) break;
      found = marker.module;
    }
    return found;
  };
  const summarise = (profiles) => {
    const modules = new Map();
    const functions = new Map();
    let busy = 0;
    for (const profile of profiles) {
      const byId = new Map(profile.nodes.map((node) => [node.id, node]));
      const parent = new Map();
      for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
      profile.samples.forEach((id, i) => {
        const spent = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        const node = byId.get(id);
        const name = node.callFrame.functionName;
        if (name === '(idle)' || name === '(program)' || name === '(root)') return;
        let owner = node;
        while (owner && !moduleOf(owner.callFrame)) owner = byId.get(parent.get(owner.id));
        const module = name === '(garbage collector)' ? '(garbage collector)' : owner ? moduleOf(owner.callFrame) : '(browser or harness)';
        busy += spent;
        modules.set(module, (modules.get(module) ?? 0) + spent);
        const fn = `${name || '(anonymous)'} — ${module}`;
        functions.set(fn, (functions.get(fn) ?? 0) + spent);
      });
    }
    const top = (map, n) => [...map.entries()].sort((x, y) => y[1] - x[1]).slice(0, n).map(([name, ms]) => ({ name, ms: round(ms) }));
    return { busyMs: round(busy), modules: top(modules, 5), functions: top(functions, 6) };
  };

  const fixtures = fixturesFor(PROFILE_SIZE);
  const hints = {};
  const steps = [
    ['keyboard move (pick up, →, drop)', (page) => keyboardMove(page, () => {})],
    ['pointer drag (into next cell, drop)', (page) => pointerDrag(page, () => {})],
    ['add factor', (page) => addFactor(page, () => {})],
    ['import (preview, confirm)', (page) => importScenario(page, fixtures, () => {})],
  ];
  try {
    const single = await openSeeded(browser, base, fixtures.single, fixtures.a.name);
    const session = await single.context.newCDPSession(single.page);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 250 });
    for (const [name, step] of steps) {
      profiler = { session, profiles: [] };
      try {
        await step(single.page);
        hints[name] = summarise(profiler.profiles);
      } catch (error) {
        hints[name] = { error: String(error).split('\n')[0] };
      } finally {
        profiler = null;
      }
    }
    await single.context.close();
    const pair = await openSeeded(browser, base, fixtures.pair, fixtures.a.name);
    const pairSession = await pair.context.newCDPSession(pair.page);
    await pairSession.send('Profiler.enable');
    await pairSession.send('Profiler.setSamplingInterval', { interval: 250 });
    profiler = { session: pairSession, profiles: [] };
    try {
      await switchScenario(pair.page, fixtures, () => {}, true);
      hints['switch scenario'] = summarise(profiler.profiles);
    } finally {
      profiler = null;
      await pair.context.close();
    }
  } finally {
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  return hints;
}

function printProfile(hints) {
  console.log('');
  console.log(`WHERE THE TIME GOES at ${PROFILE_SIZE.toLocaleString('en')} factors (CPU profile of the measured windows, self time,`);
  console.log('non-minified build; forced layout and style reads count towards the module that asked)');
  for (const [name, hint] of Object.entries(hints)) {
    if (hint.error) {
      console.log(`  ${name}: not profiled (${hint.error})`);
      continue;
    }
    console.log(`  ${name}: ${Math.round(hint.busyMs)} ms busy — ${hint.modules.map((m) => `${m.name} ${Math.round(m.ms)}`).join(', ')}`);
    const fn = (f) => {
      const [name, module] = f.name.split(' — ');
      return `${name}${module === name ? '' : ` (${module})`} ${Math.round(f.ms)}`;
    };
    console.log(`      hottest: ${hint.functions.slice(0, 4).map(fn).join('; ')}`);
  }
}

// ---------------------------------------------------------------- statistics and report

const median = (values) => quantile(values, 0.5);
/** Nearest-rank quantile: with 5 samples p95 is the slowest one. */
function quantile(values, q) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  if (q === 0.5 && sorted.length % 2 === 0) return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
const round = (value) => (value === null ? null : Math.round(value * 10) / 10);

const METRICS = [
  'navigation → matrix painted',
  'keyboard pick up (Space)',
  'keyboard to next cell (→)',
  'keyboard drop (Space)',
  'pointer drag into next cell',
  'pointer drop',
  'add factor (Enter)',
  'switch scenario',
  'import: file chosen → preview',
  'import: confirm → matrix',
  'import total (preview + confirm)',
  'autosave write (encode + setItem)',
  'autosave flush (whole task)',
  'autosave whole copy (first save, folding)',
];
/** Interactions the "paints within" targets apply to (navigation and the import total have their own). */
// A whole copy runs when the page is idle (first save, folding), so no interaction waits for it.
const INTERACTIVE = new Set(METRICS.filter((m) => !m.startsWith('navigation') && m !== 'import total (preview + confirm)' && !m.startsWith('autosave whole')));

function verdict(metric, size, stats) {
  if (stats.median === null) return null;
  if (metric === 'import total (preview + confirm)' && size === 5000) return stats.p95 <= TARGETS.import5000 && stats.median <= TARGETS.import5000;
  if (!INTERACTIVE.has(metric)) return null;
  if (size === 1000) return stats.median <= TARGETS.at1000.median && stats.p95 <= TARGETS.at1000.p95;
  if (size === 5000) return stats.p95 <= TARGETS.at5000.p95;
  return null;
}

const ms = (value) => (value === null ? '—' : value >= 100 ? `${Math.round(value)}` : value.toFixed(1));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function printTable(results) {
  const { firstLoad, sizes } = results;
  const pass = firstLoad.gzip / 1024 <= TARGETS.firstLoadGzipKB;
  console.log('');
  console.log(`First-load JavaScript: ${firstLoad.files.map((f) => f.file).join(', ')}`);
  console.log(
    `  ${kb(firstLoad.bytes)} raw, ${kb(firstLoad.gzip)} gzip (target ≤ ${TARGETS.firstLoadGzipKB} KB)  ${
      pass ? 'met' : `MISSED by ${kb(firstLoad.gzip - TARGETS.firstLoadGzipKB * 1024)}`
    }`,
  );
  console.log(`  (not counted: CSS ${kb(firstLoad.cssGzip)} gzip, and the lazy chunks)`);
  const label = 36;
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
  console.log(`Targets: at 1,000 factors every interaction ≤ ${TARGETS.at1000.median} ms median and ≤ ${TARGETS.at1000.p95} ms p95; at 5,000 ≤ ${TARGETS.at5000.p95} ms p95;`);
  console.log(`         import total at 5,000 ≤ ${TARGETS.import5000} ms. ✓ met, ✗ missed (navigation has no target).`);
  console.log('Painted: from the input event to the end of layout in the first frame that shows the result.');
  console.log('Autosave rows are main-thread task durations (performance.measure in src/store/autosave.ts).');
  table('SETTLED (main thread free again)', (stats) => stats.settled, false);
  console.log('Settled: from the input event to the first task that runs after that frame; the gap to');
  console.log('"painted" is work done after the frame (effects, measuring) that delays the next input.');
}

// ---------------------------------------------------------------- reader

const READER_RUNS = 5;
const QUOTE = 'the regional computing centre will open its shared cluster to every university in the country';

/** About 1 MB of text (paragraphs with section headings), with the quoted passage at 60 %. */
function megabyteText() {
  const paragraphs = [];
  for (let n = 1; paragraphs.join('\n\n').length < 1024 * 1024; n++) {
    if (n % 40 === 1) paragraphs.push(`${Math.ceil(n / 40)}. Section ${Math.ceil(n / 40)}`);
    paragraphs.push(`Paragraph ${n}: ${WORDS.map((word, i) => `${word} ${(n * 7 + i) % 97}`).join(' ')}, with figures for ${2000 + (n % 25)}.`);
  }
  paragraphs.splice(Math.floor(paragraphs.length * 0.6), 0, `As the ministry put it, ${QUOTE}, from next year.`);
  return paragraphs.join('\n\n');
}

/** Time from "Show in source" to the highlighted passage painted, in a 1 MB attached text. */
async function readerAtPassage(browser, base, record) {
  const scenario = {
    id: 'bench-reader',
    name: 'Bench reader',
    description: '',
    factors: [{ id: 'fr-1', title: 'Shared computing for universities', note: '', impact: 3, tags: [], pest: 'technological', swot: 'opportunities', votes: 0, citations: [{ sourceId: 'src-1', locator: 'p. 1', quote: QUOTE }] }],
  };
  const single = await openSeeded(browser, base, envelope(documentOf([scenario]), scenario.id), scenario.name);
  try {
    const { page } = single;
    const sourceTitle = makeSources()[0].title;
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    await page.getByRole('button', { name: `Attach text… ${sourceTitle}`, exact: true }).click();
    await page.getByLabel('Or choose a file (.txt, .md or .pdf)').setInputFiles({ name: 'megabyte.txt', mimeType: 'text/plain', buffer: Buffer.from(megabyteText()) });
    await page.getByRole('button', { name: 'Attach', exact: true }).click();
    await page.getByText(/Text attached: megabyte\.txt/).waitFor({ timeout: STEP_TIMEOUT });
    await page.getByRole('button', { name: 'Close sources' }).click();
    await cardLocator(page, 'fr-1').click();
    const show = page.getByRole('button', { name: 'Show in source' });
    await show.waitFor({ timeout: STEP_TIMEOUT });
    for (let run = 0; run < READER_RUNS; run++) {
      const box = await show.boundingBox();
      await nextPaint(page);
      record(await timed(page, { event: 'click', predicate: 'readerMark', args: [], action: () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2) }));
      await page.keyboard.press('Escape');
      await page.locator('dialog[open] .reader__mark').waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
    }
  } finally {
    await single.context.close();
  }
}

// ---------------------------------------------------------------- undo memory

const UNDO_STEPS = 200;
const UNDO_MEMORY_SIZE = 5000;

/** JavaScript heap in use after a full garbage collection, in bytes. */
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * What 200 undoable steps cost in memory at 5,000 factors: the heap after a full collection,
 * before and after adding 200 factors one by one (each an undo step). The 200 factors themselves
 * are a few kilobytes; the rest is what the undo history and the caches keep.
 */
async function undoMemory(browser, base) {
  const fixtures = fixturesFor(UNDO_MEMORY_SIZE);
  const single = await openSeeded(browser, base, fixtures.single, fixtures.a.name);
  try {
    const { page } = single;
    const cdp = await page.context().newCDPSession(page);
    const label = 'Social opportunities';
    await page.getByRole('button', { name: `Add factor to ${label}`, exact: true }).click();
    const before = await heapAfterGc(cdp);
    for (let step = 1; step <= UNDO_STEPS; step++) {
      const input = page.getByRole('textbox', { name: `New factor in ${label}`, exact: true });
      if (!(await input.isVisible())) await page.getByRole('button', { name: `Add factor to ${label}`, exact: true }).click();
      await input.fill(`Undo memory step ${step}`);
      await page.keyboard.press('Enter');
    }
    await page.waitForFunction((n) => document.body.textContent?.includes(`Undo memory step ${n}`), UNDO_STEPS, { timeout: STEP_TIMEOUT });
    const undoable = await page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' }).isEnabled();
    if (!undoable) throw new Error('no undo history after the steps');
    const after = await heapAfterGc(cdp);
    return { steps: UNDO_STEPS, factors: UNDO_MEMORY_SIZE, beforeMB: round(before / 2 ** 20), afterMB: round(after / 2 ** 20), growthMB: round((after - before) / 2 ** 20) };
  } finally {
    await single.context.close();
  }
}

// ---------------------------------------------------------------- main

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function main() {
  const started = Date.now();
  const loadBefore = os.loadavg().map((value) => Math.round(value * 100) / 100);
  console.log(`bench: sizes ${SIZES.join(', ')}; ${RUNS} page loads per size, samples per load: ${SIZES.map((size) => `${repeatFor(size)} at ${size}`).join(', ')}`);
  if (RUNS < 5) console.log('bench: fewer than 5 page loads per size; medians and p95 are rough');
  const { outDir, seconds } = build();
  console.log(`bench: built in ${seconds.toFixed(1)} s`);
  const firstLoad = firstLoadJs(outDir);
  const { server, base } = await serve(outDir);
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  const samples = {};
  const errors = [];
  let hints = null;
  try {
    console.log('bench: warm-up load (not counted)');
    await runSize(browser, base, fixturesFor(SIZES[0]), () => {}, [], true);
    for (const size of SIZES) {
      const fixtures = fixturesFor(size);
      samples[size] = {};
      const record = (metric, value) => {
        const lists = (samples[size][metric] ??= { paint: [], commit: [], settled: [] });
        for (const key of Object.keys(lists)) lists[key].push(value[key]);
      };
      for (let run = 1; run <= RUNS; run++) {
        const t = Date.now();
        await runSize(browser, base, fixtures, record, errors);
        console.log(`bench: ${size} factors, load ${run}/${RUNS} done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
      }
    }
    const reader = [];
    console.log('bench: opening a 1 MB source text at a quoted passage');
    try {
      await readerAtPassage(browser, base, (value) => reader.push(value.paint));
    } catch (error) {
      errors.push(`reader: ${String(error).split('\n')[0]}`);
    }
    let memory = null;
    if (SIZES.includes(UNDO_MEMORY_SIZE)) {
      console.log(`bench: undo history memory after ${UNDO_STEPS} steps at ${UNDO_MEMORY_SIZE} factors`);
      try {
        memory = await undoMemory(browser, base);
      } catch (error) {
        errors.push(`undo memory: ${String(error).split('\n')[0]}`);
      }
    }
    if (PROFILE) {
      console.log(`bench: profiling the interactions at ${PROFILE_SIZE} factors (BENCH_PROFILE=0 skips this)`);
      try {
        hints = await profileHints(browser);
      } catch (error) {
        errors.push(`profile: ${String(error).split('\n')[0]}`);
      }
    }
    const summary = (values) => ({ median: round(median(values)), p95: round(quantile(values, 0.95)), runs: values.map(round) });
    const metrics = {};
    for (const size of SIZES) {
      metrics[size] = {};
      for (const metric of METRICS) {
        const s = samples[size][metric] ?? { paint: [], commit: [], settled: [] };
        const stats = { ...summary(s.paint), commit: summary(s.commit), settled: summary(s.settled) };
        stats.pass = verdict(metric, size, stats);
        metrics[size][metric] = stats;
      }
    }
    const cpus = os.cpus();
    const results = {
      date: new Date().toISOString(),
      machine: {
        os: `${os.type()} ${os.release()} (${os.platform()}/${os.arch()})`,
        cpu: cpus[0]?.model ?? 'unknown',
        cores: cpus.length,
        memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
        loadAverageAtStart: loadBefore,
      },
      node: process.version,
      chromium: { version: browser.version(), executable: executablePath ?? chromium.executablePath(), args: CHROMIUM_ARGS, headless: true },
      config: {
        sizes: SIZES,
        pageLoadsPerSize: RUNS,
        samplesPerLoad: Object.fromEntries(SIZES.map((size) => [size, repeatFor(size)])),
        viewport: VIEWPORT,
        p95: 'nearest rank (with 5 samples, the slowest)',
        latency:
          'median / p95 of "painted": from the input event\'s timeStamp to the end of layout in the first frame whose DOM shows the result ' +
          '(requestAnimationFrame, then a ResizeObserver callback). "commit": until the DOM shows it. "settled": until the first task after that frame.',
        documents: `N factors round-robin over the 16 cells, one citation each, ${SOURCE_COUNT} sources, stored in localStorage before navigation in the app's own form (made once by the app from a version 2 envelope); switching uses two scenarios of N factors with distinct ids; the import file is a third scenario of N factors (distinct ids)`,
        contexts: 'a fresh browser context per page load (empty cache and storage); one warm-up load not counted',
      },
      targets: TARGETS,
      firstLoad,
      sizes: SIZES,
      metrics,
      profile: hints ? { size: PROFILE_SIZE, interactions: hints } : null,
      undoMemory: memory,
      readerAtPassage: reader.length ? { median: round(median(reader)), p95: round(quantile(reader, 0.95)), runs: reader.map(round), target: 200 } : null,
      errors,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    printTable(results);
    if (results.readerAtPassage) {
      const { median: m, p95 } = results.readerAtPassage;
      console.log(`\nOpen a 1 MB source text at a quoted passage (painted): ${m} / ${p95} ms median / p95 (n=${reader.length}; target under 200 ms) ${p95 <= 200 ? '✓' : '✗'}`);
    }
    if (memory) {
      console.log(
        `\nUndo history memory after ${memory.steps} steps at ${memory.factors} factors: +${memory.growthMB} MB ` +
          `(heap ${memory.beforeMB} → ${memory.afterMB} MB after a full collection; target under 15 MB)`,
      );
    }
    if (hints) printProfile(hints);
    if (errors.length > 0) {
      console.log(`\n${errors.length} step(s) failed and are missing from the figures:`);
      for (const error of errors) console.log(`  - ${error}`);
    }
    console.log(`\nMachine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGB} GB; ${results.machine.os}; load average at start ${loadBefore.join(' ')}`);
    console.log(`Node ${results.node}, Chromium ${results.chromium.version} (headless). Took ${results.seconds} s. Wrote bench/results.json.`);
    process.exitCode = errors.length > 0 ? 1 : 0;
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

// Run when executed (npm run bench); importing the module only exposes its helpers.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();

export { fixturesFor, firstLoadJs, pageInstrumentation, serve, timed, nextPaint, openSeeded, keyboardMove, pointerDrag, addFactor, importScenario, switchScenario };
