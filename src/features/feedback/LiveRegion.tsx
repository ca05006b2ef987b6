import { useApp } from '../../store/context';

/** One polite live region for the whole app: drags, undo and saves all speak through it. */
export function LiveRegion() {
  const announcement = useApp((state) => state.announcement);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {/* The key remounts the text so that the same words said twice are read twice. */}
      <span key={announcement.seq}>{announcement.text}</span>
    </div>
  );
}
