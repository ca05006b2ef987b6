/**
 * Paints the matrix a returning visitor left, before any of the app's modules have run.
 *
 * The copy is the page's own markup, taken when the tab was last hidden (capture.ts), inert and
 * hidden from assistive technology: nothing in it can be focused or read, and the app's first
 * render replaces it whole. A click or a key meant for it is kept and carried out on the app
 * (holdInput.ts). It is shown only when the stored work, the device's choices, the
 * tab's scenario and the build are exactly those it was taken from; otherwise the page starts as
 * it always did. It is read once: the key is removed as the page starts, so it never holds storage
 * that the work itself may need.
 *
 * It is built on its own into a small classic script that runs as the page is parsed
 * (paintOnLoad.ts); the app's first load imports only the names in keys.ts.
 */
import { holdInputWhileShown } from './holdInput';
import { LIVE_HOST_KEY, NARROW_QUERY, TAB_SESSION_KEY } from './keys';

export const FIRST_SCREEN_KEY = 'swot-pest-matrix/first-screen';
/** Marks the copy in the page, so that tests and the bench can tell it from the app's matrix. */
export const FIRST_SCREEN_ATTRIBUTE = 'data-first-screen';


export interface FirstScreen {
  /** The copy's markup: one element, already inert and hidden. */
  html: string;
  /** The page's language as the copy was taken. */
  lang: string;
  scenarioId: string;
  /** The scenario is the document's first, which a tab with no scenario of its own opens. */
  opensFirst: boolean;
  /** The screen and the stored work it was taken with (see `shownWith`). */
  shownWith: string;
}

/**
 * What decides the first screen besides the tab's scenario: the build (the entry script's
 * address changes with every build of the first load), the width (a narrow screen shows one cell
 * at a time), and everything the app keeps in localStorage, summed up cheaply as each key with its
 * length and last characters (a compressed copy ends with its checksum). Any save, by this tab or
 * another, adds a key or rewrites one; a change of language, theme or density rewrites a preference.
 */
export function shownWith(win: Window): string {
  const storage = win.localStorage;
  const parts: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)!;
    const value = storage.getItem(key)!;
    parts.push(`${key} ${value.length} ${value.slice(-24)}`);
  }
  const entry = win.document.querySelector<HTMLScriptElement>('script[type="module"]')?.src;
  return [entry, win.matchMedia(NARROW_QUERY).matches, ...parts.sort()].join('\n');
}

/**
 * Shows the copy in the empty #root if it was taken with everything as it is now; says whether it
 * did. The copy is removed from storage first, whatever happens next.
 */
export function paintFirstScreen(win: Window): boolean {
  try {
    const { localStorage: storage, sessionStorage: session, document } = win;
    const stored = storage.getItem(FIRST_SCREEN_KEY);
    if (stored === null) return false;
    storage.removeItem(FIRST_SCREEN_KEY);
    const copy = JSON.parse(stored) as FirstScreen;
    const tabScenario = (JSON.parse(session.getItem(TAB_SESSION_KEY) ?? '{}') as { activeScenarioId?: string }).activeScenarioId;
    const root = document.getElementById('root');
    // A link to a live room, or a tab hosting one (its host panel opens at start), shows another page.
    if (!root || root.firstChild || win.location.search || session.getItem(LIVE_HOST_KEY)) return false;
    if (!(tabScenario ? tabScenario === copy.scenarioId : copy.opensFirst) || copy.shownWith !== shownWith(win)) return false;
    document.documentElement.lang = copy.lang;
    root.innerHTML = copy.html;
    holdInputWhileShown(win);
    return true;
  } catch {
    // Storage refused or a damaged copy: the page starts as it would without one.
    return false;
  }
}
