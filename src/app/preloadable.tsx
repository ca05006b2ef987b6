import { type ComponentType, type ReactNode, useEffect, useState } from 'react';
import { LoadFailed } from './LoadFailed';

/**
 * A code-split component that can be fetched ahead of use. It does not suspend: React holds a
 * Suspense fallback for up to 300 ms even when the code arrives sooner, which made a file chosen
 * in the page's first seconds (before the preloads) take 350 ms to preview instead of 50. Until
 * its code is here it shows `whileLoading`, then the component. Code that cannot be fetched (the
 * network or the server gone before the preloads ran) shows `whenFailed`, which offers to try
 * again, rather than failing the render and with it the whole page.
 */
export function preloadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
  whileLoading: (props: P) => ReactNode = () => null,
  whenFailed: (retry: () => void, props: P) => ReactNode = (retry) => <LoadFailed retry={retry} />,
) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    if (pending) return pending;
    pending = load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // Not kept: the next use tries again, e.g. once the network is back.
        pending = null;
        throw error;
      },
    );
    // Preloads are fire-and-forget; a failed one is only a later use's to report.
    pending.catch(() => {});
    return pending;
  };

  function Preloadable(props: P) {
    const [state, setState] = useState<{ component: ComponentType<P> | null; failed: boolean }>(() => ({ component: loaded, failed: false }));
    // Fetches while neither here nor failed: Try again clears `failed`, which fetches again.
    useEffect(() => {
      if (state.component || state.failed) return;
      let current = true;
      preload().then(
        (component) => current && setState({ component, failed: false }),
        () => current && setState({ component: null, failed: true }),
      );
      return () => {
        current = false;
      };
    }, [state.component, state.failed]);
    const Component = state.component;
    if (Component) return <Component {...props} />;
    if (state.failed) return whenFailed(() => setState({ component: null, failed: false }), props);
    return whileLoading(props);
  }
  return Object.assign(Preloadable, { preload });
}
