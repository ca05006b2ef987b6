import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { PEST, SWOT } from '../../src/domain/axes';
import { ENGLISH_REPORT_LABELS as EN } from '../../src/domain/export/labels';
import { ENGLISH_DECK_LABELS, scenarioDeck } from '../../src/features/export/deck';
import { citation, cell, factor, scenario, source } from '../fixtures/builders';

/**
 * Each slide's text runs, in slide order, as the file stores them. A table cell's text is split
 * into a run per word, so a title is found in the runs joined.
 */
async function slideRuns(deck: Blob): Promise<string[][]> {
  const zip = await JSZip.loadAsync(await deck.arrayBuffer());
  const names = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return Promise.all(names.map(async (name) => [...(await zip.file(name)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1]!))));
}

/** Each slide's table rows, each as its cells' text (a cell's runs joined). */
async function slideTableRows(deck: Blob): Promise<string[][][]> {
  const zip = await JSZip.loadAsync(await deck.arrayBuffer());
  const names = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  return Promise.all(names.map(async (name) => {
    const xml = await zip.file(name)!.async('string');
    return [...xml.matchAll(/<a:tr\b[\s\S]*?<\/a:tr>/g)].map((row) =>
      [...row[0].matchAll(/<a:tc\b[\s\S]*?<\/a:tc>/g)].map((cell) => [...cell[0].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('')));
  }));
}

const longTitle = (n: number) => `Political factor ${n}: ${'a long description of what is at stake '.repeat(3).trim()}`;

describe('the PowerPoint deck', () => {
  it('titles each slide a long PEST row continues onto with the row\'s name and a continuation mark', async () => {
    const political = Array.from({ length: 40 }, (_, i) => factor(`p${i}`, cell('political', SWOT[i % 4]!), { title: longTitle(i + 1), impact: 3 }));
    const others = PEST.filter((pest) => pest !== 'political').map((pest) => factor(`${pest}1`, cell(pest, 'strengths'), { title: `Only ${pest} factor` }));
    const slides = await slideRuns(await scenarioDeck(scenario('long', [...political, ...others]), [], EN, ENGLISH_DECK_LABELS, '2026-01-01'));

    // The row's own slide is titled as before, the next row's slide follows its continuations.
    const first = slides.findIndex((runs) => runs[0] === 'Political');
    const next = slides.findIndex((runs) => runs[0] === 'Economic');
    const continued = slides.slice(first + 1, next);
    expect(continued.length).toBeGreaterThan(0);
    for (const runs of continued) expect(runs).toContain('Political (continued)');
    expect(slides.flat().filter((run) => run.endsWith('(continued)'))).toHaveLength(continued.length);
    // Those slides hold every factor of the row, each once.
    const listed = slides.slice(first, next).flatMap((runs) => [...runs.join('').matchAll(/Political factor (\d+):/g)].map((m) => Number(m[1])));
    expect(listed.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('titles the references\' continuation slides too', async () => {
    const sources = Array.from({ length: 40 }, (_, i) => source(`s${i}`, { title: `Source number ${i + 1} with a title long enough to take a line`, authors: ['An Author'], year: 2024 }));
    const cited = factor('f', cell('social', 'threats'), { citations: sources.map((s) => citation(s.id)) });
    const slides = await slideRuns(await scenarioDeck(scenario('refs', [cited]), sources, EN, ENGLISH_DECK_LABELS, '2026-01-01'));
    const first = slides.findIndex((runs) => runs.includes('References'));
    expect(slides.length - first).toBeGreaterThan(1);
    for (const runs of slides.slice(first + 1)) expect(runs).toContain('References (continued)');
  });

  it('says which SWOT part each row is in on every slide, also where a part runs on from the slide before', async () => {
    const threats = Array.from({ length: 30 }, (_, i) => factor(`t${i}`, cell('political', 'threats'), { title: longTitle(i + 1), impact: 3 }));
    const tables = await slideTableRows(await scenarioDeck(scenario('threats', threats), [], EN, ENGLISH_DECK_LABELS, '2026-01-01'));
    const rowSlides = tables.filter((rows) => rows.some((cells) => /Political factor \d+:/.test(cells[1] ?? '')));
    expect(rowSlides.length).toBeGreaterThan(1);
    for (const rows of rowSlides) {
      for (const cells of rows.filter((c) => /Political factor \d+:/.test(c[1] ?? ''))) expect(cells[0]).toMatch(/^T\b/);
    }
  });
});
