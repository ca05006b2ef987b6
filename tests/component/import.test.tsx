import 'fake-indexeddb/auto';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useSourceTexts } from '../../src/features/evidence/useSourceTexts';
import { requestImport, useImportRequest } from '../../src/features/scenarios/importRequest';
import { renderApp, smallWorkspace } from './renderApp';

beforeAll(() => {
  // jsdom has no showModal(); the app's dialogs call it to open, and these tests need them open.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});

afterEach(() => useImportRequest.setState({ file: null }));

/** The workspace's one source, exactly as it has it. */
const report = () => smallWorkspace().sources[0]!;

function fileWith(sources: object[], sourceTexts?: object[]): File {
  const document = {
    format: 'swot-pest-matrix',
    version: 3,
    sources,
    scenarios: [
      {
        id: 'theirs',
        name: 'Theirs',
        description: '',
        strategies: [],
        factors: sources.map((s, index) => ({
          id: `t${index}`,
          title: `Their factor ${index}`,
          note: '',
          impact: null,
          tags: [],
          pest: 'social',
          swot: 'threats',
          votes: 0,
          citations: [{ sourceId: (s as { id: string }).id, locator: 'p. 1', quote: '' }],
        })),
      },
    ],
    ...(sourceTexts ? { sourceTexts } : {}),
  };
  return new File([JSON.stringify(document)], 'theirs.json', { type: 'application/json' });
}

async function preview(file: File) {
  act(() => requestImport(file));
  return screen.findByRole('dialog', { name: 'Import theirs.json' }, { timeout: 5000 });
}

describe('the import preview', () => {
  it('does not count a source the workspace already has as one to add, and the import adds what it said', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    const dialog = await preview(fileWith([report(), { id: 'fresh', title: 'A new study', authors: [], year: 2025, publisher: null, url: null }]));
    expect(dialog).toHaveTextContent('1 scenario, 2 factors and 1 source will be added as new scenarios.');
    expect(dialog).toHaveTextContent('1 source in the file is already here and is not added again.');
    expect(dialog).not.toHaveTextContent('new id');

    await user.click(within(dialog).getByRole('button', { name: 'Import 1 scenario' }));
    await waitFor(() => expect(store.getState().workspace.scenarios).toHaveLength(3));
    expect(store.getState().workspace.sources.map((s) => s.id)).toEqual(['report', 'fresh']);
  });

  it('says that a source whose id is taken here by a different one is added under a new id', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    const dialog = await preview(fileWith([{ ...report(), title: 'Another report' }]));
    expect(dialog).toHaveTextContent('1 scenario, 1 factor and 1 source will be added as new scenarios.');
    expect(dialog).toHaveTextContent('1 source has the id of a different source here: it is added under a new id, and the file’s citations follow it.');
    expect(dialog).not.toHaveTextContent('already here');

    await user.click(within(dialog).getByRole('button', { name: 'Import 1 scenario' }));
    await waitFor(() => expect(store.getState().workspace.scenarios).toHaveLength(3));
    const [, copy] = store.getState().workspace.sources;
    expect(copy).toMatchObject({ title: 'Another report' });
    expect(store.getState().workspace.scenarios[2]!.factors[0]!.citations[0]!.sourceId).toBe(copy!.id);
  });

  it('keeps a text already attached here and says so, and attaches the file\'s texts only to sources without one', async () => {
    const user = userEvent.setup();
    renderApp();
    expect(await useSourceTexts.getState().attach('report', 'My own, fuller edition of the report.', 'mine.txt')).toEqual({ ok: true });
    const fresh = { id: 'fresh-with-text', title: 'A study with its text', authors: [], year: 2025, publisher: null, url: null };
    const dialog = await preview(fileWith([report(), fresh], [
      { sourceId: 'report', origin: 'theirs.txt', text: 'Their shorter extract.' },
      { sourceId: fresh.id, origin: 'study.txt', text: 'The study, in full.' },
    ]));
    expect(dialog).toHaveTextContent('1 source text in the file will be attached to its source.');
    expect(dialog).toHaveTextContent('1 source already has a text here; it is kept, and the file’s text for it is not attached.');

    await user.click(within(dialog).getByRole('button', { name: 'Import 1 scenario' }));
    await waitFor(() => expect(useSourceTexts.getState().texts.get(fresh.id)?.record.text).toBe('The study, in full.'));
    expect(useSourceTexts.getState().texts.get('report')?.record).toMatchObject({ text: 'My own, fuller edition of the report.', origin: 'mine.txt' });
  });
});
