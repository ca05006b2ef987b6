/**
 * The text of a PDF, page by page, with pdf.js. It loads only when a PDF is chosen, and its
 * worker comes from our own origin, so the page's Content-Security-Policy holds.
 */
export type PdfTextResult =
  | { ok: true; text: string; pages: number }
  | { ok: false; problem: 'no-text-layer' | 'password' | 'damaged' | 'too-large'; detail?: string };

export const MAX_PDF_BYTES = 50 * 1024 * 1024;

export async function pdfText(file: Blob): Promise<PdfTextResult> {
  if (file.size > MAX_PDF_BYTES) return { ok: false, problem: 'too-large' };
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const data = new Uint8Array(await file.arrayBuffer());
  let document;
  try {
    document = await pdfjs.getDocument({ data, isEvalSupported: false, useSystemFonts: false }).promise;
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    return { ok: false, problem: name === 'PasswordException' ? 'password' : 'damaged', detail: String(error) };
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str;
        if (item.hasEOL) text += '\n';
        else if (item.str && !text.endsWith(' ')) text += ' ';
      }
      pages.push(text.trim());
    }
    const text = pages.join('\n\n');
    if (!text.replace(/\s+/g, '')) return { ok: false, problem: 'no-text-layer' };
    return { ok: true, text, pages: document.numPages };
  } catch (error) {
    return { ok: false, problem: 'damaged', detail: String(error) };
  } finally {
    void document.destroy();
  }
}
