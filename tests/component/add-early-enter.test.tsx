import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

// A file of its own, so that the form's code is not loaded yet (see add-early.test.tsx).
describe('"+ Add" clicked before the form code is here', () => {
  it('carries out an Enter pressed before the form arrived', async () => {
    renderApp();
    const threats = () => within(screen.getByRole('region', { name: 'Economic threats' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add factor to Economic threats' }));
    const early = screen.getByRole('textbox', { name: 'New factor in Economic threats' });
    fireEvent.change(early, { target: { value: 'Entered at once' } });
    fireEvent.submit(early.closest('form')!);
    expect(await threats().findByRole('button', { name: /^Entered at once/ })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'New factor in Economic threats' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add factor to Economic threats' })).toHaveFocus();
  });
});
