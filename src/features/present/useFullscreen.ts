import { useCallback, useEffect, useState } from 'react';

/** Chromium's Keyboard Lock API; not in TypeScript's DOM types yet. */
interface KeyboardLock {
  lock?(keyCodes?: string[]): Promise<void>;
  unlock?(): void;
}
const keyboardLock = (): KeyboardLock | undefined => (navigator as Navigator & { keyboard?: KeyboardLock }).keyboard;

/** Resolves to whether the page is in full screen; a refusal is not an error, only a fact. */
async function enterFullscreen(): Promise<boolean> {
  if (document.fullscreenElement) return true;
  const root = document.documentElement;
  if (typeof root.requestFullscreen !== 'function') return false;
  try {
    await root.requestFullscreen({ navigationUI: 'hide' });
  } catch {
    // Refused (no user gesture, an iframe, a policy): Present mode works in the window as well.
    return false;
  }
  try {
    // Escape zooms out in Present mode; without the lock the browser would take it to leave full
    // screen. Chromium still leaves full screen on a long press of Escape, and says so.
    await keyboardLock()?.lock?.(['Escape']);
  } catch {
    // Not supported: the first Escape then leaves full screen, and F enters it again.
  }
  return true;
}

function exitFullscreen(): void {
  keyboardLock()?.unlock?.();
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') {
    document.exitFullscreen().catch(() => {});
  }
}

/** Enters full screen while mounted and leaves it on unmount; `toggle` is for the F key. */
export function useFullscreen(): { active: boolean; toggle(): Promise<boolean> } {
  const [active, setActive] = useState(() => Boolean(document.fullscreenElement));

  useEffect(() => {
    const onChange = () => setActive(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    void enterFullscreen();
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      exitFullscreen();
    };
  }, []);

  const toggle = useCallback(async () => {
    if (!document.fullscreenElement) return enterFullscreen();
    exitFullscreen();
    return false;
  }, []);

  return { active, toggle };
}
