/** The smallest title size Present mode may use: readable from the back of a room. */
export const MIN_TITLE_PX = 24;

/**
 * The largest whole-pixel size from `max` down to `min` at which `fits(size)` holds, or `min`
 * when none does (the panels then scroll rather than shrink below a readable size). Sizes are
 * tried from the top because `fits` is monotonic in practice and the largest is the one wanted.
 */
export function largestFitting(max: number, min: number, fits: (size: number) => boolean): number {
  for (let size = Math.floor(max); size > min; size--) if (fits(size)) return size;
  return min;
}

/**
 * Sets the CSS `variable` on `box` to the largest size from `max` down to the smallest title size
 * at which `fits()` holds, trying each size on the live layout.
 */
export function fitSizeVariable(box: HTMLElement, variable: string, max: number, fits: () => boolean): void {
  const size = largestFitting(max, MIN_TITLE_PX, (candidate) => {
    box.style.setProperty(variable, `${candidate}px`);
    return fits();
  });
  box.style.setProperty(variable, `${size}px`);
}
