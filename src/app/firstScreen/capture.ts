import type { AppStore } from '../../store/appStore';
import { FIRST_SCREEN_ATTRIBUTE, FIRST_SCREEN_KEY, type FirstScreen, shownWith } from './paint';

/** Classes that show a moment (a selection, a drag, an open menu), not the work. */
const MOMENTARY_CLASSES = ['card--selected', 'card--lifted', 'card--picked', 'card--placeholder', 'card--overlay', 'toolbar__more--open', 'app--dropping'];
/** The only data attributes the stylesheets read; the rest are the app's handles on its own nodes. */
const STYLED_DATA = new Set(['data-theme', 'data-current', 'data-confidence', 'data-awake']);
/** Beyond this, the copy is left out: it would take more storage than the time it saves is worth. */
export const LARGEST_COPY = 300_000;
/** Nor is one kept when the work itself already takes this much of the origin's localStorage. */
export const STORED_ENOUGH = 2_000_000;

/** Whether a fresh start of this tab would show what the page shows now, a selection aside. */
function atRest(store: AppStore, app: HTMLElement, win: Window): boolean {
  const state = store.getState();
  const main = app.querySelector('.workspace__main');
  return (
    state.mode === 'edit' &&
    state.drag === null &&
    state.picked.length === 0 &&
    !state.lowConfidenceOnly &&
    win.scrollY === 0 &&
    main !== null &&
    main.querySelector('input, textarea') === null &&
    [main, ...main.querySelectorAll('*')].every((element) => element.scrollTop === 0)
  );
}

function isKept(name: string): boolean {
  if (name.startsWith('data-')) return STYLED_DATA.has(name);
  return !(name === 'id' || name === 'for' || name === 'tabindex' || name === 'draggable' || name.startsWith('aria-'));
}

/**
 * The toolbar and the matrix as markup, inert and hidden from assistive technology, with none of
 * the app's own handles (ids, data attributes) that scripts and tests look the app up by. Panels,
 * dialogs, messages and live regions are left out: none of them is there when the page starts.
 */
export function copyOf(app: HTMLElement): string {
  const copy = app.cloneNode(false) as HTMLElement;
  const toolbar = app.querySelector(':scope > .toolbar');
  const workspace = app.querySelector(':scope > .workspace');
  const main = workspace?.querySelector(':scope > .workspace__main');
  if (toolbar) copy.append(markupOf(toolbar));
  if (workspace && main) {
    const workspaceCopy = workspace.cloneNode(false) as HTMLElement;
    workspaceCopy.append(withinFirstScreen(main, markupOf(main), app.ownerDocument.defaultView!.innerHeight));
    copy.append(workspaceCopy);
  }
  for (const element of [copy, ...copy.querySelectorAll('*')]) {
    for (const { name } of [...element.attributes]) if (!isKept(name)) element.removeAttribute(name);
    element.classList.remove(...MOMENTARY_CLASSES);
  }
  copy.setAttribute('inert', '');
  copy.setAttribute('aria-hidden', 'true');
  copy.setAttribute(FIRST_SCREEN_ATTRIBUTE, '');
  return copy.outerHTML;
}

/** A deep copy that also carries each select's choice, which React sets as a property, not markup. */
function markupOf(element: Element): Element {
  const copy = element.cloneNode(true) as Element;
  const selects = element.querySelectorAll('select');
  copy.querySelectorAll('select').forEach((select, i) => {
    for (const [index, option] of [...select.options].entries()) option.toggleAttribute('selected', index === selects[i]!.selectedIndex);
  });
  return copy;
}

/**
 * Leaves out the cards that start below the first screen: nobody sees them before the app replaces
 * the copy, and every one of them would cost the start-up its parsing, style and layout.
 */
function withinFirstScreen(main: Element, copy: Element, height: number): Element {
  const items = main.querySelectorAll('.cell__item');
  copy.querySelectorAll('.cell__item').forEach((item, i) => {
    if (items[i]!.getBoundingClientRect().top >= height) item.remove();
  });
  return copy;
}

function storedLength(storage: Storage): number {
  let length = 0;
  for (let i = 0; i < storage.length; i++) length += storage.getItem(storage.key(i) ?? '')?.length ?? 0;
  return length;
}

/** The copy of this page as a fresh start of this tab would show it, or null when it would differ. */
export function firstScreenOf(store: AppStore, win: Window): FirstScreen | null {
  const app = win.document.querySelector<HTMLElement>(`.app:not([${FIRST_SCREEN_ATTRIBUTE}])`);
  if (!app || !atRest(store, app, win)) return null;
  const html = copyOf(app);
  const storage = win.localStorage;
  if (html.length > LARGEST_COPY || storedLength(storage) + html.length > STORED_ENOUGH) return null;
  const { scenarios, activeScenarioId } = store.getState().workspace;
  return {
    html,
    lang: win.document.documentElement.lang,
    scenarioId: activeScenarioId,
    opensFirst: scenarios[0]?.id === activeScenarioId,
    shownWith: shownWith(win),
  };
}

/**
 * Keeps a copy of the first screen while the page is hidden, for the next start to paint at once
 * (paint.ts). It is taken after the autosave has stored everything (its listeners come first), and
 * dropped as soon as any tab of the app is in front again: a copy only ever waits in storage while
 * nobody is working.
 */
export function keepFirstScreen(store: AppStore, win: Window = window): () => void {
  const drop = () => {
    try {
      win.localStorage.removeItem(FIRST_SCREEN_KEY);
    } catch {
      // Storage refused: there is no copy to drop.
    }
  };
  const keep = () => {
    try {
      // An earlier copy is not part of what the next one is taken with.
      drop();
      const screen = firstScreenOf(store, win);
      if (screen) win.localStorage.setItem(FIRST_SCREEN_KEY, JSON.stringify(screen));
    } catch {
      // Full or refused storage: the next start simply paints when the app has run.
      drop();
    }
  };
  const onVisibility = () => (win.document.visibilityState === 'hidden' ? keep() : drop());
  // Another tab that leaves keeps its copy while this one is in front, and this one may save.
  const onStorage = (event: StorageEvent) => {
    if (event.key === FIRST_SCREEN_KEY && event.newValue !== null && win.document.visibilityState === 'visible') drop();
  };
  // A copy the start did not paint (another build, `npm start`) goes now: this tab is working.
  drop();
  win.addEventListener('pagehide', keep);
  win.addEventListener('pageshow', drop);
  win.addEventListener('storage', onStorage);
  win.document.addEventListener('visibilitychange', onVisibility);
  // The bench waits for this before it leaves a page whose copy it stores for later loads.
  performance.mark('first-screen-kept');
  return () => {
    win.removeEventListener('pagehide', keep);
    win.removeEventListener('pageshow', drop);
    win.removeEventListener('storage', onStorage);
    win.document.removeEventListener('visibilitychange', onVisibility);
  };
}
