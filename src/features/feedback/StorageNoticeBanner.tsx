import { downloadText, today } from '../../io/download';
import { useApp, useAppStore } from '../../store/context';
import { text } from '../../i18n/core';
import { noticesText } from '../../i18n/en/notices';
import { exportJson } from '../scenarios/exportJson';
import type { StorageNotice } from '../../store/types';

/** Whether the notice means this tab's work is not being saved, so an export is the way to keep it. */
export const stopsSaving = (notice: StorageNotice | null): notice is StorageNotice => notice?.kind === 'not-saving' || notice?.kind === 'newer-version';

/** Problems with storage stay on screen until dealt with: losing work silently is not an option. */
export function StorageNoticeBanner() {
  const store = useAppStore();
  const notice = useApp((state) => state.storageNotice);
  const dismiss = useApp((state) => state.setStorageNotice);
  if (!notice) return null;
  const S = text(noticesText).banner;

  return (
    <div className={`notice notice--${notice.kind}`} role="alert">
      <p className="notice__message">{notice.message}</p>
      <div className="notice__actions">
        {stopsSaving(notice) && (
          <button type="button" onClick={() => exportJson(store, 'all')}>
            {S.exportAll}
          </button>
        )}
        {notice.keptData && (
          <button type="button" onClick={() => downloadText(`swot-pest-unreadable-${today()}.json`, notice.keptData!.text)}>
            {S.downloadUnreadable}
          </button>
        )}
        {notice.kind !== 'not-saving' && (
          <button type="button" onClick={() => dismiss(null)}>
            {S.dismiss}
          </button>
        )}
      </div>
    </div>
  );
}
