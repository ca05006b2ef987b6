import { type ReactNode, useEffect, useRef } from 'react';

interface PresentDialogProps {
  open: boolean;
  onClose(): void;
  labelledBy: string;
  className: string;
  children: ReactNode;
}

/** A modal of Present mode (the help, the strategy): shown while `open`; Escape closes it through `onClose`. */
export function PresentDialog({ open, onClose, labelledBy, className, children }: PresentDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={labelledBy}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && children}
    </dialog>
  );
}
