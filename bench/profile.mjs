// Where the time goes: the interactions once more at PROFILE_SIZE factors, CPU-profiled.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from './build.mjs';
import { PROFILE_SIZE } from './config.mjs';
import { fixturesFor } from './fixtures.mjs';
import { addFactor, importScenario, keyboardMove, pointerDrag, setProfiler, switchScenario } from './interactions.mjs';
import { openSeeded } from './runs.mjs';
import { serve } from './server.mjs';
import { round } from './stats.mjs';

/**
 * Profiles the interactions once more, on a build without minification so that function names
 * survive, and sums self time per module (the bundle keeps a "// path" comment where each
 * module starts) and per function. Browser work a script asked for (layout forced by
 * getBoundingClientRect, getComputedStyle) counts towards the script that asked.
 */
export async function profileHints(browser) {
  const { outDir } = buildApp(['--minify', 'false']);
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
  /** The profiles of the step being run; the drivers fill it through setProfiler. */
  let profiler = null;
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
      setProfiler(profiler);
      try {
        await step(single.page);
        hints[name] = summarise(profiler.profiles);
      } catch (error) {
        hints[name] = { error: String(error).split('\n')[0] };
      } finally {
        setProfiler(null);
      }
    }
    await single.context.close();
    const pair = await openSeeded(browser, base, fixtures.pair, fixtures.a.name);
    const pairSession = await pair.context.newCDPSession(pair.page);
    await pairSession.send('Profiler.enable');
    await pairSession.send('Profiler.setSamplingInterval', { interval: 250 });
    profiler = { session: pairSession, profiles: [] };
    setProfiler(profiler);
    try {
      await switchScenario(pair.page, fixtures, () => {}, true);
      hints['switch scenario'] = summarise(profiler.profiles);
    } finally {
      setProfiler(null);
      await pair.context.close();
    }
  } finally {
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  return hints;
}

export function printProfile(hints) {
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
