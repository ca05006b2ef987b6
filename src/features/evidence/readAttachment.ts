import { readTextFile } from '../../io/readTextFile';
import { evidenceStrings as S } from './strings';

export type Attachment = { ok: true; text: string; origin: string; encoding: string | null } | { ok: false; message: string };

/** A chosen file as text: PDFs through pdf.js (loaded now, not before), others decoded with care. */
export async function readAttachment(file: File): Promise<Attachment> {
  if (/\.pdf$/i.test(file.name) || file.type === 'application/pdf') {
    const { pdfText } = await import('../../io/pdfText');
    const read = await pdfText(file);
    return read.ok ? { ok: true, text: read.text, origin: file.name, encoding: null } : { ok: false, message: S.problem[read.problem] };
  }
  const read = await readTextFile(file);
  if (!read.ok) return { ok: false, message: S.problem[read.problem] };
  return { ok: true, text: read.text, origin: file.name, encoding: read.encoding === 'utf-8' ? null : read.encoding };
}
