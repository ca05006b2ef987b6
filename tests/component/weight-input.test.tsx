import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WeightInput } from '../../src/features/strategy/WeightInput';

describe('a weight field', () => {
  it('explains text that is not a weight beside the field, keeps it until corrected, and commits nothing', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn();
    render(<WeightInput weight={0.033} label="Weight of Skills" onCommit={onCommit} />);
    const field = screen.getByRole('textbox', { name: 'Weight of Skills' });
    await user.clear(field);
    await user.type(field, '1.5');
    await user.tab();
    const message = screen.getByRole('alert');
    expect(message).toHaveTextContent('A weight is a number from 0 to 1, such as 0.08.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('A weight is a number from 0 to 1, such as 0.08.');
    expect(field).toHaveValue('1.5');
    expect(onCommit).not.toHaveBeenCalled();

    await user.clear(field);
    await user.type(field, '0,05{Enter}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onCommit).toHaveBeenCalledWith(0.05);
  });

  it('puts the stored weight back on Escape, with the message gone', async () => {
    const user = userEvent.setup();
    render(<WeightInput weight={0.033} label="Weight of Skills" onCommit={() => {}} />);
    const field = screen.getByRole('textbox', { name: 'Weight of Skills' });
    await user.clear(field);
    await user.type(field, 'abc{Enter}');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(field).toHaveValue('0.033');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(field).not.toHaveAttribute('aria-invalid');
  });
});
