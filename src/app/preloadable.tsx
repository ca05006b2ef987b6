import { type ComponentType, lazy, useState } from 'react';

/**
 * A code-split component that can be fetched ahead of use. React.lazy alone suspends on its
 * first render even when the code is already here, and React then holds the fallback for up
 * to 300 ms; once preloaded, this renders the component directly.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));

  function Preloadable(props: P) {
    // Chosen once per mount: switching component types would remount and lose state.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return Object.assign(Preloadable, { preload });
}
