import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstScreenOf, keepFirstScreen } from '../../src/app/firstScreen/capture';
import { LIVE_HOST_KEY, NARROW_QUERY, TAB_SESSION_KEY } from '../../src/app/firstScreen/keys';
import { FIRST_SCREEN_KEY, paintFirstScreen } from '../../src/app/firstScreen/paint';
import { renderApp } from './renderApp';

let narrow = false;
beforeEach(() => {
  narrow = false;
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === NARROW_QUERY && narrow }));
  sessionStorage.clear();
});
afterEach(() => {
  setVisibility('visible');
});

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** A page as the next start finds it: an empty #root, this origin's storage, and the given address. */
function nextStart(search = '') {
  const page = document.implementation.createHTMLDocument('next start');
  page.body.innerHTML = '<div id="root"></div>';
  const events = new EventTarget();
  const win = {
    document: page,
    localStorage,
    sessionStorage,
    location: { search },
    matchMedia,
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
  } as unknown as Window;
  return { win, root: page.getElementById('root')!, painted: () => paintFirstScreen(win) };
}

/** Renders the app and keeps a copy of its first screen, as leaving the tab does. */
function appLeft() {
  const app = renderApp();
  keepFirstScreen(app.store);
  setVisibility('hidden');
  return app;
}

const parse = (html: string) => {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  return holder.firstElementChild as HTMLElement;
};

describe('the copy of the first screen', () => {
  it('shows the toolbar and the matrix, inert and hidden from assistive technology, without the handles scripts look the app up by', () => {
    const { store } = renderApp();
    const copy = parse(firstScreenOf(store, window)!.html);
    expect(copy).toHaveAttribute('inert');
    expect(copy).toHaveAttribute('aria-hidden', 'true');
    expect(copy).toHaveAttribute('data-first-screen');
    expect(copy.querySelector('.toolbar')).not.toBeNull();
    expect(copy.querySelectorAll('.matrix section')).toHaveLength(16);
    expect(copy.textContent).toContain('Strong e-government');
    const handles = [...copy.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].map(({ name }) => name).filter((name) => name === 'id' || name === 'tabindex' || name.startsWith('aria-') || name === 'data-factor-id' || name === 'data-cell'),
    );
    expect(handles).toEqual([]);
  });

  it('leaves out what a fresh start would not show: side panels, the selection', () => {
    const { store } = renderApp();
    act(() => {
      store.getState().setPanel('sources');
      store.getState().select('f1');
    });
    expect(document.querySelector('.card--selected')).not.toBeNull();
    const copy = parse(firstScreenOf(store, window)!.html);
    expect(copy.querySelector('.workspace')!.children).toHaveLength(1);
    expect(copy.querySelector('.card--selected')).toBeNull();
  });

  it('leaves out the cards that start below the first screen', () => {
    const { store } = renderApp();
    const below = document.querySelector('[data-factor-id="f3"]')!.closest('.cell__item')!;
    vi.spyOn(below, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, window.innerHeight + 10, 200, 80));
    const copy = parse(firstScreenOf(store, window)!.html);
    expect(copy.textContent).toContain('Skills shortage');
    expect(copy.textContent).not.toContain('Data centres planned');
    expect(copy.querySelectorAll('.matrix section')).toHaveLength(16);
  });

  it('shows the scenario on screen in the scenario picker, which React sets as a property', () => {
    const { store } = renderApp();
    act(() => store.getState().setActiveScenario('other'));
    const screen = firstScreenOf(store, window)!;
    expect(screen).toMatchObject({ scenarioId: 'other', opensFirst: false });
    const picker = parse(screen.html).querySelector('select')!;
    expect(picker.selectedOptions[0]?.textContent).toBe('Other');
  });

  it('is not taken while a card is dragged, cards are picked or the grid is filtered', () => {
    const { store } = renderApp();
    const cell = { pest: 'political', swot: 'strengths' } as const;
    act(() => store.getState().setDrag({ factorId: 'f1', origin: cell, cell, index: 0, keyboard: true }));
    expect(firstScreenOf(store, window)).toBeNull();
    act(() => {
      store.getState().setDrag(null);
      store.getState().togglePicked('f1');
    });
    expect(firstScreenOf(store, window)).toBeNull();
    act(() => {
      store.getState().clearPicked();
      store.getState().setLowConfidenceOnly(true);
    });
    expect(firstScreenOf(store, window)).toBeNull();
    act(() => store.getState().setLowConfidenceOnly(false));
    expect(firstScreenOf(store, window)).not.toBeNull();
  });
});

describe('the next start', () => {
  it('paints the copy left by the tab, in its language, and removes it from storage', () => {
    document.documentElement.lang = 'kk';
    appLeft();
    document.documentElement.lang = 'en';
    const start = nextStart();
    expect(start.painted()).toBe(true);
    expect(start.root.querySelector('[data-first-screen] .matrix')).not.toBeNull();
    expect(start.root.textContent).toContain('Skills shortage');
    expect(start.win.document.documentElement.lang).toBe('kk');
    expect(localStorage.getItem(FIRST_SCREEN_KEY)).toBeNull();
  });

  const changes: [string, (start: ReturnType<typeof nextStart>) => void][] = [
    ['a save by another tab', () => localStorage.setItem('swot-pest-matrix/doc/other-tab/0', 'AAEC')],
    ['a preference', () => localStorage.setItem('swot-pest-matrix/pref/density', 'compact')],
    ['the width', () => (narrow = true)],
    ['this tab shows another scenario', () => sessionStorage.setItem(TAB_SESSION_KEY, JSON.stringify({ activeScenarioId: 'other' }))],
    ['this tab hosts a live workshop', () => sessionStorage.setItem(LIVE_HOST_KEY, '{}')],
    ['a new build', (start) => start.win.document.head.append(Object.assign(start.win.document.createElement('script'), { type: 'module', src: '/assets/index-new.js' }))],
  ];
  it.each(changes)('paints nothing after %s', (_change, make) => {
    appLeft();
    const start = nextStart();
    make(start);
    expect(start.painted()).toBe(false);
    expect(start.root.childNodes).toHaveLength(0);
    expect(localStorage.getItem(FIRST_SCREEN_KEY)).toBeNull();
  });

  it('paints the copy in a tab that shows the same scenario, and a new tab only the copy of the first scenario', () => {
    const { store } = renderApp();
    keepFirstScreen(store);
    act(() => store.getState().setActiveScenario('other'));
    setVisibility('hidden');
    expect(nextStart().painted()).toBe(false);
    setVisibility('hidden');
    sessionStorage.setItem(TAB_SESSION_KEY, JSON.stringify({ activeScenarioId: 'other' }));
    expect(nextStart().painted()).toBe(true);
  });

  it('paints nothing for a link to a live room, or from a damaged copy', () => {
    appLeft();
    expect(nextStart('?join=room').painted()).toBe(false);
    localStorage.setItem(FIRST_SCREEN_KEY, '{"html":');
    const start = nextStart();
    expect(start.painted()).toBe(false);
    expect(start.root.childNodes).toHaveLength(0);
    expect(localStorage.getItem(FIRST_SCREEN_KEY)).toBeNull();
  });
});

describe('keeping the copy', () => {
  it('keeps it only while the tab is hidden', () => {
    appLeft();
    expect(localStorage.getItem(FIRST_SCREEN_KEY)).not.toBeNull();
    setVisibility('visible');
    expect(localStorage.getItem(FIRST_SCREEN_KEY)).toBeNull();
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem(FIRST_SCREEN_KEY)).not.toBeNull();
  });

  it("drops another tab's copy while this tab is in front, so it never holds storage a save may need", () => {
    const { store } = renderApp();
    keepFirstScreen(store);
    localStorage.setItem(FIRST_SCREEN_KEY, '{}');
    window.dispatchEvent(new StorageEvent('storage', { key: FIRST_SCREEN_KEY, newValue: '{}' }));
    expect(localStorage.getItem(FIRST_SCREEN_KEY)).toBeNull();
  });

  it('keeps none when the page is scrolled or a card is being added', () => {
    const { store } = renderApp();
    keepFirstScreen(store);
    const addField = document.createElement('input');
    document.querySelector('.matrix section')!.append(addField);
    setVisibility('hidden');
    expect(localStorage.getItem(FIRST_SCREEN_KEY)).toBeNull();
    addField.remove();
    setVisibility('visible');
    Object.defineProperty(window, 'scrollY', { value: 40, configurable: true });
    setVisibility('hidden');
    expect(localStorage.getItem(FIRST_SCREEN_KEY)).toBeNull();
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
    setVisibility('visible');
    setVisibility('hidden');
    expect(localStorage.getItem(FIRST_SCREEN_KEY)).not.toBeNull();
  });
});
