import { type ReactNode, useEffect, useRef } from 'react';

interface PresentDialogProps {
  open: boolean;
  onClose(): void;
  labelledBy: string;
  /** What the dialog is for, read out after its name as the focus moves in. */
  describedBy?: string;
  className: string;
  children: ReactNode;
}

/** A modal of Present mode (the help, the strategy, the join code): shown while `open`; Escape closes it through `onClose`. */
export function PresentDialog({ open, onClose, labelledBy, describedBy, className, children }: PresentDialogProps) {
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
      aria-describedby={describedBy}
      // The close event comes a task after dialog.close(): by then a key may have opened the next
      // overlay (Escape, then J), which this late event must not close.
      onClose={() => open && onClose()}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && children}
    </dialog>
  );
}
