import { useEffect, useState } from 'react';

/**
 * True for a moment after the mouse moves, like a video player's controls: the projector shows
 * the matrix alone, and the controls come back as soon as the presenter reaches for the mouse.
 */
export function useAwake(ms: number): boolean {
  const [awake, setAwake] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wake = () => {
      setAwake(true);
      clearTimeout(timer);
      timer = setTimeout(() => setAwake(false), ms);
    };
    window.addEventListener('mousemove', wake);
    return () => {
      window.removeEventListener('mousemove', wake);
      clearTimeout(timer);
    };
  }, [ms]);
  return awake;
}
