import { type FormEvent, useId, useState } from 'react';
import type { Source } from '../../domain/schema';
import { useApp } from '../../store/context';
import { SubmitOrCancel } from '../../ui/SubmitOrCancel';
import { readAttachment } from './readAttachment';
import { evidenceStrings as S } from './strings';
import { useSourceTexts } from './useSourceTexts';

/** Attaches a source's full text, pasted or from a file; a bad file is refused and changes nothing. */
export function AttachTextForm({ source, onDone }: { source: Source; onDone(): void }) {
  const id = useId();
  const [pasted, setPasted] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const toast = useApp((state) => state.toast);
  const attach = useSourceTexts((state) => state.attach);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file && !pasted.trim()) return setError(S.emptyPaste);
    setBusy(true);
    const read = file ? await readAttachment(file) : { ok: true as const, text: pasted, origin: S.pasted, encoding: null };
    if (!read.ok) {
      setBusy(false);
      return setError(read.message);
    }
    const stored = await attach(source.id, read.text, read.origin);
    setBusy(false);
    if (!stored.ok) return setError(S.storage[stored.failure]);
    toast(read.encoding ? S.attachedEncoding(source.title, read.encoding) : S.attachedToast(source.title));
    onDone();
  }

  return (
    <form className="stack attach-text" aria-label={S.attachTitle(source.title)} onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor={`${id}-paste`}>{S.pasteLabel}</label>
        <textarea id={`${id}-paste`} rows={4} value={pasted} dir="auto" onChange={(event) => { setPasted(event.target.value); setError(null); }} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{S.fileLabel}</label>
        <input id={`${id}-file`} type="file" accept=".txt,.md,.pdf,text/plain,text/markdown,application/pdf" onChange={(event) => { setFile(event.target.files?.[0] ?? null); setError(null); }} />
      </div>
      {busy && <p role="status">{S.reading}</p>}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <SubmitOrCancel submitLabel={S.attach} onCancel={onDone} />
    </form>
  );
}
