import { useUpdateReady } from '../../app/updateReady';
import { text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';

/** "A new version is ready": it waits for the user, since reloading by itself could interrupt work. */
export function UpdatePrompt() {
  const reload = useUpdateReady((state) => state.reload);
  if (!reload) return null;
  return (
    <div className="update-prompt" role="status">
      <span>{text(appText).update.ready}</span>
      <button type="button" className="button--primary" onClick={reload}>
        {text(appText).update.reload}
      </button>
    </div>
  );
}
