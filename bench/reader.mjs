// Opening a 1 MB attached source text at a quoted passage.
import { STEP_TIMEOUT } from './config.mjs';
import { documentOf, envelope, makeSources, WORDS } from './fixtures.mjs';
import { cardLocator, nextPaint, timed } from './interactions.mjs';
import { openSeeded } from './runs.mjs';

export const READER_RUNS = 5;
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
export async function readerAtPassage(browser, base, record) {
  const scenario = {
    id: 'bench-reader',
    name: 'Bench reader',
    description: '',
    factors: [{ id: 'fr-1', title: 'Shared computing for universities', note: '', impact: 3, tags: [], pest: 'technological', swot: 'opportunities', votes: 0, citations: [{ sourceId: 'src-1', locator: 'p. 1', quote: QUOTE }] }],
    strategies: [],
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
      // A trial click waits until the button is visible and stable (the editor may still be sliding in).
      await show.click({ trial: true });
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
