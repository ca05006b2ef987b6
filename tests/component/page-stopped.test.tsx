import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageStopped } from '../../src/features/live/PageStopped';
import { setLanguage } from '../../src/i18n/core';

let broken = true;
function Votes() {
  if (broken) throw new Error('A fault in showing the votes');
  return <p>Your votes: 2 left</p>;
}

describe('a live page that a bug stops', () => {
  afterEach(() => setLanguage('en', false));

  it('says so in words, with the page offered back and focused, and shows it again once it can', () => {
    broken = true;
    // React reports the caught error on the console; that is expected here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <PageStopped>
        <Votes />
      </PageStopped>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong while showing this page, so it stopped.' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing sent to the session is lost.');
    const again = screen.getByRole('button', { name: 'Show the page again' });
    expect(again).toHaveFocus();

    broken = false;
    fireEvent.click(again);
    expect(screen.getByText('Your votes: 2 left')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    quiet.mockRestore();
  });

  it('speaks the phone’s language', async () => {
    broken = true;
    await setLanguage('kk', false);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <PageStopped>
        <Votes />
      </PageStopped>,
    );
    expect(screen.getByRole('button', { name: 'Бетті қайта көрсету' })).toHaveFocus();
    quiet.mockRestore();
  });
});
