import 'fake-indexeddb/auto';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useSourceTexts } from '../../src/features/evidence/useSourceTexts';
import { renderApp } from './renderApp';

describe('an attached source text', () => {
  it('shows its size as a UTF-8 file of it takes, not as twice its UTF-16 length', async () => {
    const user = userEvent.setup();
    renderApp();
    // 40 KB of text: 40,960 bytes in UTF-8, twice that counted in UTF-16.
    expect(await useSourceTexts.getState().attach('report', 'x'.repeat(40 * 1024), 'report.txt')).toEqual({ ok: true });
    await user.click(screen.getByRole('button', { name: 'Sources' }));
    expect(await screen.findByText(/^Text attached: report\.txt, 40 KB\b/, {}, { timeout: 5000 })).toBeVisible();
  });
});
