import { parseDocument, type ParseResult } from '../domain/document';
import { LIMITS } from '../domain/limits';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Reads a chosen or dropped file; the size is checked before a byte of it is read. */
export async function readImportFile(file: File): Promise<ParseResult> {
  if (file.size > LIMITS.fileBytes) {
    return {
      ok: false,
      errors: [
        {
          path: file.name,
          message: `is ${megabytes(file.size)}; files up to ${megabytes(LIMITS.fileBytes)} can be imported`,
          detail: { code: 'file-too-large', size: megabytes(file.size), limit: megabytes(LIMITS.fileBytes) },
        },
      ],
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, errors: [{ path: file.name, message: 'could not be read', detail: { code: 'file-unreadable' } }] };
  }
  return parseDocument(text);
}
