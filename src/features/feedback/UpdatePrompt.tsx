import { useUpdateReady } from '../../app/offline';

/** "A new version is ready": it waits for the user, since reloading by itself could interrupt work. */
export function UpdatePrompt() {
  const reload = useUpdateReady((state) => state.reload);
  if (!reload) return null;
  return (
    <div className="update-prompt" role="status">
      <span>A new version is ready.</span>
      <button type="button" className="button--primary" onClick={reload}>
        Reload
      </button>
    </div>
  );
}
