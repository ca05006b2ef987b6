import { domToForeignObjectSvg, domToPng } from 'modern-screenshot';
import { withEveryCardMounted } from '../matrix/capture';

/**
 * The matrix as on screen, at twice its size for slides: PNG, or SVG (the page's own markup in
 * a foreign object, which keeps text sharp and selectable; browsers draw it, some editors don't).
 * Loaded only when an image is exported.
 */
export async function matrixImage(format: 'png' | 'svg'): Promise<string> {
  const matrix = document.querySelector<HTMLElement>('.matrix');
  if (!matrix) throw new Error('The matrix is not on screen.');
  const background = getComputedStyle(document.body).backgroundColor;
  return withEveryCardMounted(matrix, () => {
    const options = {
      scale: 2,
      backgroundColor: background,
      // Drag handles, focus rings and hover states are not part of the analysis.
      filter: (node: Node) => !(node instanceof HTMLElement && node.classList.contains('cell__add')),
    };
    if (format === 'png') return domToPng(matrix, options);
    // The library's own SVG export wraps a bitmap; the foreign-object form keeps the text as text.
    return domToForeignObjectSvg(matrix, options).then(
      (svg) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`,
    );
  });
}
