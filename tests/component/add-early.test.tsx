import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

// Each test file starts with no form code loaded, as a page does in its first moments.
describe('"+ Add" clicked before the form code is here', () => {
  it('takes the keys typed at once, and the form starts from them', async () => {
    const user = userEvent.setup();
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Add factor to Social threats' }));
    // Straight after the click, before the form's code has arrived: a field is there, focused.
    const early = screen.getByRole('textbox', { name: 'New factor in Social threats' });
    expect(early).toHaveFocus();
    fireEvent.change(early, { target: { value: 'Typed at once' } });
    const form = await screen.findByPlaceholderText(/title/i);
    expect(form).toHaveValue('Typed at once');
    expect(form).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(within(screen.getByRole('region', { name: 'Social threats' })).getByRole('button', { name: /^Typed at once/ })).toBeInTheDocument();
    // The next form in the cell starts empty.
    await user.click(screen.getByRole('button', { name: 'Add factor to Social threats' }));
    expect(screen.getByRole('textbox', { name: 'New factor in Social threats' })).toHaveValue('');
  });

});
