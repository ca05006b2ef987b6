import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { ALL_CELLS } from '../../src/domain/axes';
import { parseDocument } from '../../src/domain/document';
import { citationsCsv, factorsCsv, strategiesCsv } from '../../src/domain/export/csv';
import { ENGLISH_REPORT_LABELS as EN } from '../../src/domain/export/labels';
import { markdownReport } from '../../src/domain/export/markdown';
import type { Strategy } from '../../src/domain/schema';
import { cell, citation, factor, scenario, source } from '../fixtures/builders';

function baseline() {
  const parsed = parseDocument(readFileSync('seed-data/baseline.json', 'utf8'));
  if (!parsed.ok) throw new Error('baseline does not parse');
  return parsed.document;
}

const decode = (html: string) => html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('the Markdown report', () => {
  it('renders the 16 cells with all their factors, and every reference number resolves', () => {
    const { scenarios, sources } = baseline();
    const report = markdownReport(scenarios[0]!, sources, EN);
    const html = decode(marked.parse(report, { async: false }));
    for (const c of ALL_CELLS) expect(html).toContain(`<h3>${EN.cell(c.pest, c.swot)}</h3>`);
    for (const f of scenarios[0]!.factors) expect(html).toContain(f.title);
    const references = html.slice(html.indexOf('<h2>References</h2>'));
    const listed = (references.match(/<li>/g) ?? []).length;
    const cited = [...report.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(cited.length).toBeGreaterThan(100);
    for (const n of cited) {
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(listed);
    }
    expect(listed).toBe(new Set(scenarios[0]!.factors.flatMap((f) => f.citations.map((c) => c.sourceId))).size);
  });

  it('keeps user text as text: no markup from a title reaches the rendered HTML', () => {
    const s = scenario('x', [factor('a', cell('political', 'strengths'), { title: '<img src=x onerror=alert(1)> | *bold*', citations: [citation('s1')] })], { name: 'Hostile' });
    const html = marked.parse(markdownReport(s, [source('s1')], EN), { async: false });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<em>bold');
    expect(decode(html)).toContain('<img src=x onerror=alert(1)> | *bold*');
  });
});

describe('the Markdown report\'s notes', () => {
  const render = (s: ReturnType<typeof scenario>) => marked.parse(markdownReport(s, [source('s1')], EN), { async: false });
  const item = (html: string, title: string) => {
    const start = html.indexOf(`<strong>${title}</strong>`);
    return html.slice(html.lastIndexOf('<li>', start), html.indexOf('</li>', start));
  };

  it('keeps each line of a note on its own line and each paragraph apart, inside the factor\'s item', () => {
    const s = scenario('n', [
      factor('f', cell('political', 'strengths'), {
        title: 'Lined',
        note: 'Budget: 5 bn\nDeadline: 2029\n\nSecond paragraph\r\nits second line',
        citations: [citation('s1')],
      }),
    ]);
    const html = item(render(s), 'Lined');
    expect(html).toMatch(/<strong>Lined<\/strong><br>\s*Budget: 5 bn<br>\s*Deadline: 2029<\/p>/);
    expect(html).toMatch(/<p>Second paragraph<br>\s*its second line<\/p>\s*<ul>/);
    expect(html).toContain('<li>[1], p. 1');
  });

  it('keeps note lines that look like Markdown blocks as text', () => {
    const note = ['# not a heading', '- not a list', '1. not a list either', '> not a quote', '---', '===', 'trailing backslash \\', '<b>not bold</b>'].join('\n');
    const s = scenario('m', [factor('f', cell('social', 'threats'), { title: 'Hostile note', note })]);
    const html = render(s);
    const own = item(html, 'Hostile note');
    for (const tag of ['<h1', '<h2', '<blockquote', '<hr', '<b>', '<ol', '<ul']) expect(own).not.toContain(tag);
    expect(html.match(/<h2>/g)).toHaveLength(3);
    const text = decode(own.replace(/<br>\n?/g, '\n').replace(/<[^>]+>/g, ''));
    expect(text.trim().split('\n').slice(1)).toEqual(note.split('\n'));
  });

  it('keeps the note and citations of the tenth factor of a cell inside its item', () => {
    const factors = Array.from({ length: 10 }, (_, i) => factor(`f${i}`, cell('economic', 'weaknesses'), { title: `Factor ${i + 1}` }));
    factors[9] = { ...factors[9]!, note: 'first\n\nsecond', citations: [citation('s1')] };
    const html = render(scenario('ten', factors));
    const own = item(html, 'Factor 10');
    expect(own).toContain('second');
    expect(own).toContain('[1], p. 1');
    expect(html.slice(html.indexOf('<strong>Factor 1</strong>')).indexOf('</ol>')).toBeGreaterThan(html.slice(html.indexOf('<strong>Factor 1</strong>')).indexOf('[1], p. 1'));
  });

  it('keeps the lines of the scenario\'s description', () => {
    const html = render(scenario('d', [], { description: 'Assumes:\n- compute stays blocked\n\nSecond paragraph' }));
    expect(html).toMatch(/<p>Assumes:<br>\s*- compute stays blocked<\/p>\s*<p>Second paragraph<\/p>/);
  });
});

describe('the CSV exports', () => {
  const tricky = scenario(
    'csv',
    [
      factor('q', cell('social', 'threats'), { title: 'Says "no", then, "yes"', note: 'line one\nline two, with comma', impact: 3, votes: 2, tags: ['a', 'b'], likelihood: 4, weight: 0.05, rating: 2 }),
      factor('k', cell('economic', 'opportunities'), { title: 'Қазақстан: цифровая экономика', citations: [citation('s1', { quote: 'A "quoted", multi\nline passage', evidence: 'inference' })] }),
      factor('h', cell('political', 'weaknesses'), { title: '=HYPERLINK("http://evil.example","click")' }),
    ],
    { name: 'Tricky, "quoted" name' },
  );

  it('round-trips every factor through a real CSV parser, with a BOM and formulas neutralised', () => {
    const text = factorsCsv([tricky], EN);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text.slice(1), { columns: true, relax_column_count: false }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(3);
    const byId = new Map(rows.map((row) => [row['Factor id'], row]));
    expect(byId.get('q')).toMatchObject({ Scenario: 'Tricky, "quoted" name', PEST: 'Social', SWOT: 'Threats', Position: '1', Title: 'Says "no", then, "yes"', Note: 'line one\nline two, with comma', Impact: '3', Votes: '2', Tags: 'a, b', Citations: '0', Likelihood: '4', Weight: '0.05', Rating: '2' });
    expect(byId.get('k')).toMatchObject({ Likelihood: '', Weight: '', Rating: '' });
    expect(byId.get('k')!.Title).toBe('Қазақстан: цифровая экономика');
    expect(byId.get('h')!.Title).toBe('\'=HYPERLINK("http://evil.example","click")');
  });

  it('lists every citation with its source, locator, quote and translation', () => {
    const rows = parse(citationsCsv([tricky], [source('s1', { title: 'Source one', url: 'https://example.org/one' })], EN).slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toEqual([
      {
        Scenario: 'Tricky, "quoted" name',
        'Factor id': 'k',
        Factor: 'Қазақстан: цифровая экономика',
        Source: 'Source one',
        Locator: 'p. 1',
        Quote: 'A "quoted", multi\nline passage',
        Translation: '',
        Evidence: 'Inference',
        'Source id': 's1',
        'Source URL': 'https://example.org/one',
      },
    ]);
  });
});

describe('the strategies CSV', () => {
  const strategy = (id: string, quadrant: Strategy['quadrant'], overrides: Partial<Omit<Strategy, 'id' | 'quadrant'>> = {}): Strategy => ({
    id,
    title: `Strategy ${id}`,
    note: '',
    quadrant,
    factorIds: [],
    ...overrides,
  });
  const hostileTitle = '=HYPERLINK("http://evil.example","click"), then "more"';
  const withStrategies = scenario(
    'tows',
    [
      factor('s1', cell('political', 'strengths'), { title: 'Strong, "stable" government' }),
      factor('o1', cell('technological', 'opportunities'), { title: '+5% growth' }),
      factor('t1', cell('economic', 'threats')),
      factor('w1', cell('social', 'weaknesses')),
    ],
    {
      name: 'TOWS, "quoted"',
      // Stored out of quadrant order: the CSV lists SO, ST, WO, WT, each in its stored order.
      strategies: [
        strategy('wt', 'WT', { factorIds: ['w1', 'gone', 't1'] }),
        strategy('so-1', 'SO', { title: hostileTitle, note: 'first line, with comma\nsecond "line"', factorIds: ['o1', 's1'] }),
        strategy('so-2', 'SO'),
      ],
    },
  );
  const parseRows = (text: string) => parse(text.slice(1), { columns: true, relax_column_count: false }) as Array<Record<string, string>>;

  it('writes one row per strategy, by quadrant and position, with its factors by title and by id in the same order', () => {
    const text = strategiesCsv([withStrategies], EN);
    expect(text.startsWith('\uFEFFScenario,Quadrant,Position,Strategy id,Title,Note,Factors,Factor ids,Deleted factor ids\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseRows(text)).toEqual([
      {
        Scenario: 'TOWS, "quoted"',
        Quadrant: 'SO',
        Position: '1',
        'Strategy id': 'so-1',
        Title: `'${hostileTitle}`,
        Note: 'first line, with comma\nsecond "line"',
        Factors: "'+5% growth\nStrong, \"stable\" government",
        'Factor ids': 'o1\ns1',
        'Deleted factor ids': '',
      },
      { Scenario: 'TOWS, "quoted"', Quadrant: 'SO', Position: '2', 'Strategy id': 'so-2', Title: 'Strategy so-2', Note: '', Factors: '', 'Factor ids': '', 'Deleted factor ids': '' },
      { Scenario: 'TOWS, "quoted"', Quadrant: 'WT', Position: '1', 'Strategy id': 'wt', Title: 'Strategy wt', Note: '', Factors: 'Factor w1\nFactor t1', 'Factor ids': 'w1\nt1', 'Deleted factor ids': 'gone' },
    ]);
  });

  it('keeps a title with commas, quotes, a line break and a leading = as one text cell', () => {
    // Titles are single-line in the app, but a CSV must not depend on that: the note path covers
    // line breaks, and this covers a title that reaches the exporter some other way.
    const title = '=SUM(A1:A2), "quoted"\nsecond line';
    const text = strategiesCsv([scenario('x', [], { strategies: [strategy('a', 'ST', { title })] })], EN);
    expect(text).toContain(`,"'=SUM(A1:A2), ""quoted""\nsecond line",`);
    expect(parseRows(text)[0]!.Title).toBe(`'${title}`);
  });

  it('lists the factor ids that join the factors CSV', () => {
    const strategyIds = parseRows(strategiesCsv([withStrategies], EN)).flatMap((row) => row['Factor ids']!.split('\n').filter(Boolean));
    const factorIds = new Set(parseRows(factorsCsv([withStrategies], EN)).map((row) => row['Factor id']));
    expect(strategyIds).toEqual(['o1', 's1', 'w1', 't1']);
    for (const id of strategyIds) expect(factorIds.has(id)).toBe(true);
  });

  it('gives a header-only file for a scenario without strategies, and rows for every scenario given', () => {
    expect(strategiesCsv([scenario('empty')], EN)).toBe('\uFEFFScenario,Quadrant,Position,Strategy id,Title,Note,Factors,Factor ids,Deleted factor ids\r\n');
    const rows = parseRows(strategiesCsv([scenario('empty'), withStrategies], EN));
    expect(rows.map((row) => row['Strategy id'])).toEqual(['so-1', 'so-2', 'wt']);
  });
});
