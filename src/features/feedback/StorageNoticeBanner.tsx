import { serializeDocument, toDocument } from '../../domain/exportDocument';
import { downloadText, today } from '../../io/download';
import { useApp, useAppStore } from '../../store/context';
import { text } from '../../i18n/core';
import { noticesText } from '../../i18n/en/notices';

/** Problems with storage stay on screen until dealt with: losing work silently is not an option. */
export function StorageNoticeBanner() {
  const store = useAppStore();
  const notice = useApp((state) => state.storageNotice);
  const dismiss = useApp((state) => state.setStorageNotice);
  if (!notice) return null;
  const S = text(noticesText).banner;

  const exportAll = () =>
    downloadText(`swot-pest-all-scenarios-${today()}.json`, serializeDocument(toDocument(store.getState().workspace)));

  return (
    <div className={`notice notice--${notice.kind}`} role="alert">
      <p className="notice__message">{notice.message}</p>
      <div className="notice__actions">
        {(notice.kind === 'not-saving' || notice.kind === 'newer-version') && (
          <button type="button" onClick={exportAll}>
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
