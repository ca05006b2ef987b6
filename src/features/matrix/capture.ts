import { create } from 'zustand';

/**
 * While an image of the matrix is taken, every card is mounted, including those a large matrix
 * keeps unmounted away from the viewport, so the picture is whole.
 */
export const useCapture = create<{ capturing: boolean }>()(() => ({ capturing: false }));

/** Mounts every card, waits until none is left unmounted, runs `take`, then goes back. */
export async function withEveryCardMounted<T>(root: Element, take: () => Promise<T>): Promise<T> {
  useCapture.setState({ capturing: true });
  try {
    await new Promise<void>((resolve) => {
      const done = () => !root.querySelector('.cell__chunk--idle');
      if (done()) return resolve();
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    });
    return await take();
  } finally {
    useCapture.setState({ capturing: false });
  }
}
