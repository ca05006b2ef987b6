import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../src/io/seeds';
import { renderApp } from './renderApp';

// jsdom has no showModal(); the app's dialogs call it to open, and these tests need them open.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});

describe('the new scenario dialog', () => {
  it('starts a scenario from a seed analysis with its TOWS strategies as well as its factors', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    const seed = (await loadSeeds()).scenarios.find((scenario) => scenario.id === 'seed-baseline')!;
    expect(seed.strategies.length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'New…' }));
    const dialog = await screen.findByRole('dialog', { name: 'New scenario' });
    await user.click(within(dialog).getByRole('radio', { name: 'A seed analysis' }));
    await user.selectOptions(await within(dialog).findByRole('combobox', { name: 'Seed analysis' }), seed.name);
    await user.click(within(dialog).getByRole('button', { name: 'Create scenario' }));
    const created = store.getState().workspace.scenarios.at(-1)!;
    expect(created.name).toBe(seed.name);
    expect(created.factors).toEqual(seed.factors);
    expect(created.strategies).toEqual(seed.strategies);
  });

  it('offers a name for the fork, selected, so that typing a name replaces it', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    const before = store.getState().workspace.scenarios.map((scenario) => scenario.id);
    const current = store.getState().workspace.scenarios.find((scenario) => scenario.id === store.getState().workspace.activeScenarioId)!.name;
    await user.click(screen.getByRole('button', { name: 'New…' }));
    const dialog = await screen.findByRole('dialog', { name: 'New scenario' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    expect(name).toHaveFocus();
    expect(name).toHaveValue(`${current} (copy)`);
    await user.keyboard('Fork A');
    await user.click(within(dialog).getByRole('button', { name: 'Create scenario' }));
    const created = store.getState().workspace.scenarios.filter((scenario) => !before.includes(scenario.id));
    expect(created.map((scenario) => scenario.name)).toEqual(['Fork A']);
  });
});
