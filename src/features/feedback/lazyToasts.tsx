import { OverlayFailed } from '../../app/OverlayFailed';
import { preloadable } from '../../app/preloadable';
import { text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';
import { useAppStore } from '../../store/context';

/** The messages' code, loaded with the first message (or ahead of it, by whoever expects one). */
export const Toasts = preloadable(
  () => import('./Toasts').then((m) => m.Toasts),
  undefined,
  (retry) => <ToastsFailed retry={retry} />,
);

function ToastsFailed({ retry }: { retry(): void }) {
  const store = useAppStore();
  const dismissAll = () => {
    const { toasts, dismissToast } = store.getState();
    for (const toast of toasts) dismissToast(toast.id);
  };
  // A message comes by itself, often while the person types: its failure leaves the focus alone.
  return <OverlayFailed retry={retry} dismiss={dismissAll} message={text(appText).messagesFailed} takeFocus={false} />;
}
