/**
 * The height one card takes in a cell's list (card and gap), learned from the chunks of that
 * list that are mounted, and kept on the list as `--card-slot`. Idle chunks are held at that
 * height times their cards rather than at a fixed guess: with the guess (70 px a card, where a card
 * in Comfortable takes about 62), the chunks mounting as the page scrolled moved everything below
 * them, so a focused "+ Add" at the foot of a long cell jumped by 150 px and more, and a click on it
 * could land on nothing.
 *
 * The slot a list holds changes only when what is measured differs from it by more than
 * `REMEASURE_FROM` (a new density, a larger font): every placeholder between the top of the page
 * and the viewport takes its height from it, so following each small difference between chunks
 * moved the viewport's content by hundreds of pixels at 1,000 factors.
 */
const REMEASURE_FROM = 0.15;
const slots = new Map<Element, number>();
const held = new WeakMap<HTMLElement, number>();
let observer: ResizeObserver | null = null;

function measure(entries: ResizeObserverEntry[]): void {
  const touched = new Set<HTMLElement>();
  for (const { target, contentRect } of entries) {
    const cards = target.childElementCount;
    const list = target.parentElement;
    if (!cards || !list || contentRect.height === 0) continue;
    const gap = parseFloat(getComputedStyle(target).rowGap) || 0;
    slots.set(target, (contentRect.height + gap) / cards);
    touched.add(list);
  }
  for (const list of touched) {
    let sum = 0;
    let count = 0;
    for (const chunk of list.children) {
      const slot = slots.get(chunk);
      if (slot === undefined) continue;
      sum += slot;
      count++;
    }
    if (!count) continue;
    const measured = sum / count;
    const holding = held.get(list);
    if (holding !== undefined && Math.abs(measured - holding) <= holding * REMEASURE_FROM) continue;
    held.set(list, measured);
    list.style.setProperty('--card-slot', `${measured.toFixed(1)}px`);
  }
}

/** Measures a mounted chunk until it goes idle again; returns the function that stops. */
export function measureCardSlot(chunk: Element): () => void {
  if (typeof ResizeObserver === 'undefined') return () => {};
  observer ??= new ResizeObserver(measure);
  observer.observe(chunk);
  return () => {
    observer?.unobserve(chunk);
    slots.delete(chunk);
  };
}
