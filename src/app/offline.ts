/// <reference types="vite-plugin-pwa/client" />
import { useUpdateReady } from './updateReady';

/**
 * Registers the service worker that keeps the app working offline. A page on a plain-HTTP LAN
 * address is not a secure context and gets none: the app then works as before, online only.
 * The registration code loads after the first paint, so it costs the first load nothing.
 */
export function registerOffline(): void {
  if (typeof window === 'undefined' || !window.isSecureContext || !('serviceWorker' in navigator)) return;
  void import('virtual:pwa-register').then(({ registerSW }) => {
    const update = registerSW({
      onNeedRefresh: () =>
        useUpdateReady.setState({
          reload: () => {
            // Reload once the new version has taken over, whether or not a worker controlled this page when it loaded.
            navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
            void update(false);
          },
        }),
    });
  });
}
