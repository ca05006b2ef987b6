import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, smallWorkspace } from './renderApp';

async function openEditor(user: ReturnType<typeof userEvent.setup>, title: RegExp) {
  await user.click(screen.getByRole('button', { name: title }));
  return screen.findByRole('dialog', { name: 'Edit factor' }, { timeout: 5000 });
}

describe('the factor editor', () => {
  it('opens with the title focused and shows each citation with its source in full', async () => {
    const user = userEvent.setup();
    renderApp();
    const editor = await openEditor(user, /^Strong e-government/);
    await waitFor(() => expect(within(editor).getByRole('textbox', { name: 'Title' })).toHaveFocus());
    const citation = within(editor).getByRole('listitem');
    expect(citation).toHaveTextContent('National AI report');
    expect(citation).toHaveTextContent('A. Author · 2024 · Ministry');
    expect(citation).toHaveTextContent('p. 4');
    expect(within(citation).getByText('E-government services are widely used.').tagName).toBe('BLOCKQUOTE');
  });

  it('refuses an empty title with a message and keeps the old one', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    const editor = await openEditor(user, /^Strong e-government/);
    const title = within(editor).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.keyboard('{Enter}');
    expect(within(editor).getByRole('alert')).toHaveTextContent('A factor needs a title.');
    expect(store.getState().workspace.scenarios[0]!.factors[0]!.title).toBe('Strong e-government');
  });

  it('commits each edited field as one undoable step', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    const editor = await openEditor(user, /^Strong e-government/);
    await user.type(within(editor).getByRole('textbox', { name: 'Note' }), 'Seen in three ministries');
    expect(store.getState().undoDepth).toBe(0);
    await user.selectOptions(within(editor).getByRole('combobox', { name: 'Impact' }), '3');
    expect(store.getState().undoDepth).toBe(2); // the note on blur, then the impact
    const factor = store.getState().workspace.scenarios[0]!.factors[0]!;
    expect(factor.note).toBe('Seen in three ministries');
    expect(factor.impact).toBe(3);
    expect(screen.getByRole('button', { name: 'Strong e-government, impact 3 of 5, 1 citation, has a note, low confidence' })).toBeInTheDocument();
  });

  it('refuses a javascript: URL for a new source and adds nothing', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    const editor = await openEditor(user, /^Skills shortage/);
    await user.click(within(editor).getByRole('button', { name: '+ Add citation' }));
    await user.selectOptions(within(editor).getByRole('combobox', { name: 'Cited source' }), 'New source…');
    await user.type(within(editor).getByRole('textbox', { name: 'Source title' }), 'Hostile');
    await user.type(within(editor).getByRole('textbox', { name: 'URL' }), 'javascript:alert(1)');
    await user.click(within(editor).getByRole('button', { name: 'Add citation' }));
    expect(within(editor).getByRole('alert')).toHaveTextContent('Only web links starting with http:// or https:// are allowed.');
    expect(store.getState().workspace.sources).toHaveLength(1);
    expect(store.getState().undoDepth).toBe(0);
  });

  it('reorders and removes citations', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    const editor = await openEditor(user, /^Strong e-government/);
    await user.click(within(editor).getByRole('button', { name: '+ Add citation' }));
    await user.type(within(editor).getByRole('textbox', { name: 'Locator (section, page or paragraph)' }), 'p. 9');
    await user.click(within(editor).getByRole('button', { name: 'Add citation' }));
    const locators = () => store.getState().workspace.scenarios[0]!.factors[0]!.citations.map((c) => c.locator);
    expect(locators()).toEqual(['p. 4', 'p. 9']);
    await user.click(within(editor).getByRole('button', { name: 'Move citation 2 up' }));
    expect(locators()).toEqual(['p. 9', 'p. 4']);
    await user.click(within(editor).getByRole('button', { name: 'Remove citation 1' }));
    expect(locators()).toEqual(['p. 4']);
  });

  it('saving a citation keeps what its form does not edit, and drops a translation that was cleared', async () => {
    const user = userEvent.setup();
    const workspace = smallWorkspace();
    const labelled = workspace.scenarios[0]!.factors[0]!;
    labelled.citations = [{ ...labelled.citations[0]!, evidence: 'inference', quoteTranslation: 'A rendering' }];
    const { store } = renderApp(workspace);
    const editor = await openEditor(user, /^Strong e-government/);
    await user.click(within(editor).getByRole('button', { name: 'Edit citation 1' }));
    await user.clear(within(editor).getByRole('textbox', { name: 'Translation of the quote (if not in English)' }));
    await user.click(within(editor).getByRole('button', { name: 'Save citation 1' }));
    const [citation] = store.getState().workspace.scenarios[0]!.factors[0]!.citations;
    expect(citation).toEqual({ sourceId: labelled.citations[0]!.sourceId, locator: 'p. 4', quote: 'E-government services are widely used.', evidence: 'inference' });
  });

  it('closes on Escape', async () => {
    const user = userEvent.setup();
    renderApp();
    await openEditor(user, /^Strong e-government/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Edit factor' })).not.toBeInTheDocument();
  });
});
