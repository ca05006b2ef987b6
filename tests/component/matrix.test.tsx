import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, smallWorkspace } from './renderApp';

const cell = (name: string) => screen.getByRole('region', { name });

describe('the matrix grid', () => {
  it('labels each of the sixteen cells by row and column, with an add control for each', () => {
    renderApp();
    for (const row of ['Political', 'Economic', 'Social', 'Technological']) {
      for (const column of ['strengths', 'weaknesses', 'opportunities', 'threats']) {
        expect(cell(`${row} ${column}`)).toBeInTheDocument();
        expect(screen.getByRole('button', { name: `Add factor to ${row} ${column}` })).toBeInTheDocument();
      }
    }
  });

  it('names each card by its title first, then what its badges show', () => {
    renderApp();
    expect(within(cell('Economic weaknesses')).getByRole('button', { name: 'Skills shortage, impact 5 of 5, has a note, low confidence' })).toBeInTheDocument();
    expect(within(cell('Political strengths')).getByRole('button', { name: 'Strong e-government, 1 citation, low confidence' })).toBeInTheDocument();
  });

  it('adds a factor on Enter and never saves an empty title', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Add factor to Social threats' }));
    // The form's code loads with the first click when the idle preload has not run yet; until it
    // is here a plain field stands in (see add-early.test.tsx), so wait for the form's own.
    const input = await screen.findByPlaceholderText('Factor title');
    expect(input).toHaveAccessibleName('New factor in Social threats');
    expect(input).toHaveFocus();
    // "+ Add" waits for the form to close out of reach: not a second control for the same thing.
    expect(screen.queryByRole('button', { name: 'Add factor to Social threats' })).not.toBeInTheDocument();
    await user.type(input, '   {Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Type a title first');
    await user.clear(input);
    await user.type(input, 'Job losses to automation{Enter}');
    expect(within(cell('Social threats')).getByRole('button', { name: /^Job losses to automation/ })).toBeInTheDocument();
    expect(store.getState().undoDepth).toBe(1);
    // Back on "+ Add" in the same commit as the new card, not a frame later.
    expect(screen.getByRole('button', { name: 'Add factor to Social threats' })).toHaveFocus();
  });

  it('leaves an Enter that finishes an input method’s word to the input method', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Add factor to Social threats' }));
    const input = await screen.findByRole('textbox', { name: 'New factor in Social threats' });
    await user.type(input, 'Цифровизация');
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    expect(store.getState().undoDepth).toBe(0);
    expect(input).toHaveFocus();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(within(cell('Social threats')).getByRole('button', { name: /^Цифровизация/ })).toBeInTheDocument();
    expect(store.getState().undoDepth).toBe(1);
  });

  it('cancels adding with Escape, leaving the cell as it was', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    const before = store.getState().workspace;
    await user.click(screen.getByRole('button', { name: 'Add factor to Social threats' }));
    await user.type(await screen.findByRole('textbox', { name: 'New factor in Social threats' }), 'Draft{Escape}');
    expect(screen.queryByRole('textbox', { name: 'New factor in Social threats' })).not.toBeInTheDocument();
    expect(store.getState().workspace).toBe(before);
    expect(screen.getByRole('button', { name: 'Add factor to Social threats' })).toHaveFocus();
  });

  it('closes an empty form left for another control, and leaves the focus there', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Add factor to Social threats' }));
    await screen.findByRole('textbox', { name: 'New factor in Social threats' });
    const elsewhere = screen.getByRole('button', { name: 'Add factor to Political strengths' });
    await user.click(elsewhere);
    expect(screen.queryByRole('textbox', { name: 'New factor in Social threats' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add factor to Social threats' })).not.toHaveFocus();
    // The click opened the other cell's form, whose field now has the keyboard.
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'New factor in Political strengths' })).toHaveFocus());
  });

  it('deletes the focused card with the Delete key and offers Undo in a message', async () => {
    const user = userEvent.setup();
    renderApp();
    within(cell('Technological opportunities')).getByRole('button', { name: /^Data centres planned/ }).focus();
    await user.keyboard('{Delete}');
    expect(within(cell('Technological opportunities')).queryByRole('button', { name: /^Data centres planned/ })).not.toBeInTheDocument();
    const messages = await screen.findByRole('region', { name: 'Messages' });
    expect(messages).toHaveTextContent('Deleted "Data centres planned"');
    await user.click(within(messages).getByRole('button', { name: 'Undo' }));
    const restored = within(cell('Technological opportunities')).getByRole('button', { name: /^Data centres planned/ });
    // The toast and its button are gone; the keyboard user is on the card that came back, not at the page's top.
    await waitFor(() => expect(restored).toHaveFocus());
  });

  it('closing a message from the keyboard puts focus back where it was before the message', async () => {
    const user = userEvent.setup();
    renderApp();
    within(cell('Technological opportunities')).getByRole('button', { name: /^Data centres planned/ }).focus();
    await user.keyboard('{Delete}');
    const messages = await screen.findByRole('region', { name: 'Messages' });
    const before = screen.getByRole('button', { name: 'Add factor to Social threats' });
    before.focus();
    within(messages).getByRole('button', { name: 'Dismiss message' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('region', { name: 'Messages' })).not.toBeInTheDocument();
    await waitFor(() => expect(before).toHaveFocus());
  });

  it('undoes and redoes with the keyboard shortcuts and the toolbar', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    const start = store.getState().workspace;
    within(cell('Technological opportunities')).getByRole('button', { name: /^Data centres planned/ }).focus();
    await user.keyboard('{Delete}');
    const afterDelete = store.getState().workspace;
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().workspace).toEqual(start);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(store.getState().workspace).toEqual(afterDelete);
    await user.click(within(screen.getByRole('group', { name: 'History' })).getByRole('button', { name: 'Undo' }));
    expect(store.getState().workspace).toEqual(start);
    await user.keyboard('{Control>}y{/Control}');
    expect(store.getState().workspace).toEqual(afterDelete);
  });

  it('moves the focus between cards and cells with the arrow keys, skipping empty cells', async () => {
    const user = userEvent.setup();
    const workspace = smallWorkspace();
    const base = workspace.scenarios[0]!.factors[0]!;
    const at = (id: string, pest: string, swot: string) => ({ ...base, id, title: `Card ${id}`, pest, swot, citations: [] }) as typeof base;
    workspace.scenarios[0]!.factors = [at('a1', 'political', 'strengths'), at('a2', 'political', 'strengths'), at('b1', 'political', 'weaknesses'), at('c1', 'technological', 'strengths')];
    renderApp(workspace);
    const focused = () => document.activeElement?.getAttribute('data-factor-id');
    screen.getByRole('button', { name: 'Card a1, low confidence' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(focused()).toBe('a2');
    await user.keyboard('{ArrowDown}');
    expect(focused()).toBe('c1');
    await user.keyboard('{ArrowUp}');
    expect(focused()).toBe('a2');
    await user.keyboard('{ArrowRight}');
    expect(focused()).toBe('b1');
    await user.keyboard('{ArrowRight}');
    expect(focused()).toBe('b1'); // nothing further right in the row
    await user.keyboard('{ArrowLeft}');
    expect(focused()).toBe('a1');
  });

  it('switches scenario from the picker labelled Scenario', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), 'Other');
    expect(screen.queryByRole('button', { name: /^Skills shortage/ })).not.toBeInTheDocument();
    expect(screen.getByTestId('announcer')).toHaveTextContent('Showing scenario "Other"');
  });
});
