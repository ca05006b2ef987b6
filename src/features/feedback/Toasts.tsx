import { useEffect } from 'react';
import { useApp } from '../../store/context';
import type { Toast } from '../../store/types';
import './feedback.css';
import { text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';

const LIFETIME_MS = { info: 7000, error: 10000 };

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useApp((state) => state.dismissToast);
  useEffect(() => {
    const timer = setTimeout(() => dismiss(toast.id), LIFETIME_MS[toast.tone]);
    return () => clearTimeout(timer);
  }, [toast.id, toast.tone, dismiss]);
  return (
    <li className={`toast toast--${toast.tone}`}>
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
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="toast__close" aria-label={text(appText).toasts.dismiss} onClick={() => dismiss(toast.id)}>
        ×
      </button>
    </li>
  );
}

/** Messages already reach screen readers through the live region; this list is what sighted users see. */
export function Toasts() {
  const toasts = useApp((state) => state.toasts);
  return (
    <section className="toasts" aria-label={text(appText).toasts.region}>
      <ul>
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} />
        ))}
      </ul>
    </section>
  );
}
