import { type ReactNode, useId, useLayoutEffect, useRef } from 'react';
import { text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';

interface ModalProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  wide?: boolean;
}

/** A native modal dialog: the browser traps focus, closes on Escape and restores focus after. */
export function Modal({ title, onClose, children, wide }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  // Layout effect: the dialog is modal from its very first frame, never briefly inline.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    // showModal() moves focus to the first control (the close button); start where the dialog's work is.
    const start = dialog?.querySelector<HTMLElement>('[data-autofocus], input:not([type=radio]), textarea, select');
    start?.focus();
    // A name offered in the field ("… (copy)") is there to keep or to replace: typing replaces it.
    if (start instanceof HTMLInputElement && start.type === 'text') start.select();
    return () => dialog?.close?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal${wide ? ' modal--wide' : ''}`}
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="modal__header">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="modal__close" aria-label={text(appText).close} onClick={onClose}>
          ×
        </button>
      </div>
      <div className="modal__body">{children}</div>
    </dialog>
  );
}
