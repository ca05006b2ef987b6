import { fireEvent, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { preloadable } from '../../src/app/preloadable';

const after = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const Panel = ({ name }: { name: string }) => <p>Panel {name}</p>;

describe('preloadable', () => {
  // React holds a Suspense fallback for up to 300 ms once shown, however soon the code arrives.
  it('never suspends: it shows its own placeholder, then the component when its code arrives', async () => {
    const Lazy = preloadable(() => after(20).then(() => Panel), () => <p>Loading</p>);
    render(
      <Suspense fallback={<p>Suspended</p>}>
        <Lazy name="one" />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeTruthy();
    expect(screen.queryByText('Suspended')).toBeNull();
    await screen.findByText('Panel one');
    expect(screen.queryByText('Suspended')).toBeNull();
  });

  it('renders at once, with no placeholder, once preloaded', async () => {
    const Lazy = preloadable(() => Promise.resolve(Panel), () => <p>Loading</p>);
    await Lazy.preload();
    render(<Lazy name="two" />);
    expect(screen.getByText('Panel two')).toBeTruthy();
  });

  it('says in words when its code cannot be fetched, instead of failing the page, and fetches it again on request', async () => {
    let attempts = 0;
    const Lazy = preloadable(() => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Panel)), () => <p>Loading</p>);
    render(
      <>
        <p>The rest of the page</p>
        <Lazy name="three" />
      </>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('could not be loaded');
    expect(screen.getByText('The rest of the page')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText('Panel three');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(attempts).toBe(2);
  });

  it('a failed preload reports nothing by itself; the next use fetches again', async () => {
    let attempts = 0;
    const Lazy = preloadable(() => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Panel)));
    void Lazy.preload();
    await after(0);
    render(<Lazy name="four" />);
    await screen.findByText('Panel four');
    expect(attempts).toBe(2);
  });

  it('tries the fetch again after one fails', async () => {
    let attempts = 0;
    const Lazy = preloadable(() => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Panel)));
    await expect(Lazy.preload()).rejects.toThrow('offline');
    await expect(Lazy.preload()).resolves.toBe(Panel);
    expect(attempts).toBe(2);
  });
});
