import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { OverlayFailed } from '../../src/app/OverlayFailed';
import { preloadable } from '../../src/app/preloadable';

const Reader = (_: { close(): void }) => <div role="dialog" aria-label="Text of the source" />;

/** A page with an opener and, once opened, an overlay whose code the network refuses until allowed. */
function renderPage() {
  let allowed = false;
  const LazyReader = preloadable(
    () => (allowed ? Promise.resolve(Reader) : Promise.reject(new Error('offline'))),
    undefined,
    (retry, { close }) => <OverlayFailed retry={retry} dismiss={close} message="The source text could not be shown." />,
  );
  function Page() {
    const [open, setOpen] = useState(false);
    return (
      <>
        <button type="button" onClick={() => setOpen(true)}>
          Show in source
        </button>
        {open && <LazyReader close={() => setOpen(false)} />}
      </>
    );
  }
  render(<Page />);
  return { allow: () => (allowed = true) };
}

describe('OverlayFailed', () => {
  it('takes the focus with Try again; Escape gives up and hands the focus back to the opener', async () => {
    renderPage();
    const opener = screen.getByRole('button', { name: 'Show in source' });
    opener.focus();
    fireEvent.click(opener);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The source text could not be shown.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Try again' }));

    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('Close gives up the same way', async () => {
    renderPage();
    const opener = screen.getByRole('button', { name: 'Show in source' });
    opener.focus();
    fireEvent.click(opener);
    fireEvent.click(await screen.findByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('Try again fetches once more, and the overlay shows when its code arrives', async () => {
    const page = renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Show in source' }));
    await screen.findByRole('alert');
    page.allow();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('dialog', { name: 'Text of the source' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('one that comes by itself, a message, leaves the focus where the person types', () => {
    const { rerender } = render(<input aria-label="Title" />);
    const field = screen.getByRole('textbox', { name: 'Title' });
    field.focus();
    rerender(
      <>
        <input aria-label="Title" />
        <OverlayFailed retry={() => {}} dismiss={() => {}} message="A message could not be shown." takeFocus={false} />
      </>,
    );
    expect(screen.getByRole('alert').textContent).toContain('A message could not be shown.');
    expect(document.activeElement).toBe(field);
  });
});
