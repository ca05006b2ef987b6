import { useEffect } from 'react';

/**
 * Keeps `--toolbar-height` on the page at the sticky toolbar's height while a side panel is
 * open, so the panel sticks just below it: the toolbar wraps to two or three lines depending on
 * the window's width and the language, and a fixed offset let the panel's heading slide under it.
 * Loaded with the panels, not with the page.
 */
export function useToolbarHeight(): void {
  useEffect(() => {
    const toolbar = document.querySelector('.toolbar');
    if (!toolbar || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) root.style.setProperty('--toolbar-height', `${entry.borderBoxSize[0]?.blockSize ?? toolbar.getBoundingClientRect().height}px`);
    });
    observer.observe(toolbar);
    return () => observer.disconnect();
  }, []);
}
