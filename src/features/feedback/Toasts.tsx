import { useEffect, useRef } from 'react';
import { useApp } from '../../store/context';
import type { Toast } from '../../store/types';
import './feedback.css';
import { text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';

const LIFETIME_MS = { info: 7000, error: 10000 };

/**
 * Where the keyboard was before it came to the messages: closing one, or acting on one without a
 * place of its own to go, puts focus back there, not on the page's top.
 */
let cameFrom: HTMLElement | null = null;
const goBack = () =>
  requestAnimationFrame(() => {
    if (document.activeElement && document.activeElement !== document.body) return;
    if (cameFrom?.isConnected) cameFrom.focus();
  });

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useApp((state) => state.dismissToast);
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      // A message that leaves by itself while the keyboard is on it hands focus back too.
      const focused = item.current?.contains(document.activeElement);
      dismiss(toast.id);
      if (focused) goBack();
    }, LIFETIME_MS[toast.tone]);
    return () => clearTimeout(timer);
  }, [toast.id, toast.tone, dismiss]);
  return (
    <li ref={item} className={`toast toast--${toast.tone}`}>
      <span className="toast__message">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="toast__action"
          onClick={() => {
            const { run, focusAfter } = toast.action!;
            run();
            dismiss(toast.id);
            // After React has rendered what the action brought back.
            if (focusAfter) requestAnimationFrame(() => focusAfter()?.focus());
            goBack();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="toast__close"
        aria-label={text(appText).toasts.dismiss}
        onClick={() => {
          dismiss(toast.id);
          goBack();
        }}
      >
        ×
      </button>
    </li>
  );
}

/** Messages already reach screen readers through the live region; this list is what sighted users see. */
export function Toasts() {
  const toasts = useApp((state) => state.toasts);
  return (
    <section
      className="toasts"
      aria-label={text(appText).toasts.region}
      onFocus={(event) => {
        const from = event.relatedTarget;
        if (from instanceof HTMLElement && !event.currentTarget.contains(from)) cameFrom = from;
      }}
    >
      <ul>
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} />
        ))}
      </ul>
    </section>
  );
}
