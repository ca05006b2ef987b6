import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

// Each test file starts with no panel code loaded, as a page does before its idle preloads.
describe('a side panel opened before its code is here', () => {
  it('holds its place and says it is loading, then shows the panel', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Sources' }));
    const placeholder = screen.getByText('Loading…');
    expect(placeholder).toHaveAttribute('role', 'status');
    expect(placeholder.closest('.side-panel')).toHaveAttribute('aria-busy', 'true');
    expect(await screen.findByRole('complementary', { name: 'Sources' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('can be closed while it loads, as a phone shows it over the whole screen', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    const placeholder = screen.getByText('Loading…').closest<HTMLElement>('.side-panel')!;
    await user.click(within(placeholder).getByRole('button', { name: 'Close' }));
    expect(placeholder).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Compare' })).toHaveAttribute('aria-pressed', 'false');
  });
});
