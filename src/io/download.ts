/** Offers text to the user as a file download. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Offers a file the app made (an image, a deck) as a download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  downloadUrl(fileName, URL.createObjectURL(blob));
}

/** Offers a blob: or data: address as a download; a blob: one is released once the browser has it. */
export function downloadUrl(fileName: string, url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  if (url.startsWith('blob:')) setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "AI Concept 2029!" -> "ai-concept-2029" */
export function slug(text: string): string {
  const cleaned = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return cleaned || 'scenario';
}

export const today = (now = new Date()): string => now.toISOString().slice(0, 10);
