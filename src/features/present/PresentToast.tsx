import { useEffect, useState } from 'react';

const SHOW_MS = 3500;

export interface ToastMessage {
  text: string;
  /** Tells a repeat of the same words from the last message, so it shows again. */
  seq: number;
}

/**
 * Shows a short message for a moment, so the presenter sees why a key did nothing ("Select a
 * card first") or that an unseen change happened ("Undone"). Screen readers hear the same words
 * from the live region; this copy is hidden from them so it is not read twice.
 */
export function PresentToast({ message }: { message: ToastMessage | null }) {
  const [shown, setShown] = useState<number | null>(null);

  useEffect(() => {
    if (!message) return;
    setShown(message.seq);
    const timer = setTimeout(() => setShown(null), SHOW_MS);
    return () => clearTimeout(timer);
  }, [message]);

  if (!message || shown !== message.seq) return null;
  return (
    <p className="p-toast" aria-hidden="true" data-testid="present-toast">
      {message.text}
    </p>
  );
}
