/**
 * Reads a text file a user attaches to a source. It refuses what is not text, and reads
 * Russian files saved as Windows-1251 (common for Cyrillic) as well as UTF-8 and UTF-16,
 * saying which encoding it used when that was not UTF-8.
 */
export const MAX_TEXT_FILE_BYTES = 50 * 1024 * 1024;

export type TextFileResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' }
  | { ok: false; problem: 'too-large' | 'binary' | 'unreadable'; bytes: number };

/** NUL bytes, or many control characters, mean a binary file renamed to .txt. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

export function decodeText(bytes: Uint8Array): TextFileResult {
  if (bytes.length > MAX_TEXT_FILE_BYTES) return { ok: false, problem: 'too-large', bytes: bytes.length };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) return { ok: false, problem: 'binary', bytes: bytes.length };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: the one other encoding common for these sources is Windows-1251 (Cyrillic).
    try {
      return { ok: true, text: new TextDecoder('windows-1251', { fatal: true }).decode(bytes), encoding: 'windows-1251' };
    } catch {
      return { ok: false, problem: 'unreadable', bytes: bytes.length };
    }
  }
}

export async function readTextFile(file: Blob): Promise<TextFileResult> {
  if (file.size > MAX_TEXT_FILE_BYTES) return { ok: false, problem: 'too-large', bytes: file.size };
  try {
    return decodeText(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return { ok: false, problem: 'unreadable', bytes: file.size };
  }
}
