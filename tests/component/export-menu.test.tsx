import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Workspace } from '../../src/domain/schema';
import { renderApp, smallWorkspace } from './renderApp';

// jsdom cannot save a file; the exporters' last step is replaced by a record of what it was given.
// A plain function, not vi.fn: the config's restoreMocks would reset a mock's implementation.
const downloads = vi.hoisted(() => [] as Array<{ name: string; text: string; type: string | undefined }>);
vi.mock('../../src/io/download', async (original) => ({
  ...(await original<typeof import('../../src/io/download')>()),
  downloadText: (name: string, text: string, type?: string) => {
    downloads.push({ name, text, type });
  },
}));

function withStrategy(): Workspace {
  const workspace = smallWorkspace();
  workspace.scenarios[0]!.strategies = [{ id: 'st1', title: 'Use e-government, "fast"', note: '', quadrant: 'SO', factorIds: ['f1', 'f3'] }];
  return workspace;
}

async function chooseExport(user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.click(screen.getByRole('button', { name: 'Export as…' }));
  const menu = await screen.findByRole('menu', { name: 'Export formats' });
  await user.click(within(menu).getByRole('menuitem', { name: label }));
  await waitFor(() => expect(downloads).toHaveLength(1));
  return downloads.pop()!;
}

describe('the export menu', () => {
  it('offers the TOWS strategies as CSV right after the factors, and downloads the scenario’s strategies', async () => {
    const user = userEvent.setup();
    renderApp(withStrategy());
    await user.click(screen.getByRole('button', { name: 'Export as…' }));
    const items = within(await screen.findByRole('menu', { name: 'Export formats' })).getAllByRole('menuitem').map((item) => item.textContent);
    expect(items.slice(items.indexOf('CSV: factors of this scenario'), items.indexOf('CSV: factors of this scenario') + 2)).toEqual([
      'CSV: factors of this scenario',
      'CSV: TOWS strategies of this scenario',
    ]);
    await user.keyboard('{Escape}');

    const file = await chooseExport(user, 'CSV: TOWS strategies of this scenario');
    expect(file.name).toMatch(/^swot-pest-main-\d{4}-\d{2}-\d{2}-strategies\.csv$/);
    expect(file.type).toBe('text/csv;charset=utf-8');
    expect(file.text).toBe(
      '\uFEFFScenario,Quadrant,Position,Strategy id,Title,Note,Factors,Factor ids,Deleted factor ids\r\n' +
        'Main,SO,1,st1,"Use e-government, ""fast""",,"Strong e-government\nData centres planned","f1\nf3",\r\n',
    );
  });

  it('gives a file with the header only for a scenario without strategies', async () => {
    const user = userEvent.setup();
    renderApp();
    const file = await chooseExport(user, 'CSV: TOWS strategies of this scenario');
    expect(file.text).toBe('\uFEFFScenario,Quadrant,Position,Strategy id,Title,Note,Factors,Factor ids,Deleted factor ids\r\n');
  });
});
