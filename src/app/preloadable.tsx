import { type ComponentType, type ReactNode, useEffect, useState } from 'react';

/**
 * A code-split component that can be fetched ahead of use. It does not suspend: React holds a
 * Suspense fallback for up to 300 ms even when the code arrives sooner, which made a file chosen
 * in the page's first seconds (before the preloads) take 350 ms to preview instead of 50. Until
 * its code is here it shows `whileLoading`, then the component.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>, whileLoading: (props: P) => ReactNode = () => null) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // Not kept: the next use tries again, e.g. once the network is back.
        pending = null;
        throw error;
      },
    ));

  function Preloadable(props: P) {
    const [state, setState] = useState<{ component: ComponentType<P> | null; error?: unknown }>(() => ({ component: loaded }));
    useEffect(() => {
      if (state.component) return;
      let current = true;
      preload().then(
        (component) => current && setState({ component }),
        (error: unknown) => current && setState({ component: null, error }),
      );
      return () => {
        current = false;
      };
    }, [state.component]);
    // A chunk that cannot be fetched fails the render, as a lazy component's would.
    if (state.error !== undefined) throw state.error;
    const Component = state.component;
    return Component ? <Component {...props} /> : whileLoading(props);
  }
  return Object.assign(Preloadable, { preload });
}
