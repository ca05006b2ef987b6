// The in-page half of the measurement: installed in every measured page (the app and both
// peers) before any of its scripts run, through context.addInitScript.
//
// How a latency is taken, in the page itself: the interaction's input event is caught in the
// capture phase and its `timeStamp` is the start; a MutationObserver notices the moment the
// DOM shows the result ("commit"); in the next frame, a ResizeObserver callback (after that
// frame's style and layout) marks "painted"; the first task after that frame marks "settled",
// when the page could take the next input.
//
// What a page must show for the predicates below: 16 `section[data-cell="pest:swot"]`, cards
// carrying `data-factor-id` with their title in `.card__title`, and the class `card--placeholder`
// on the card being dragged (the spot where it will land). A page that never saves declares it
// with `<html data-bench-saves="never">`, so the drivers do not wait for an autosave there.

/** Runs in the page before any of its scripts (context.addInitScript). */
export function pageInstrumentation() {
  // The frame that shows a change: its requestAnimationFrame callbacks run, then style and
  // layout, then ResizeObserver callbacks (a fresh observation always reports once), then paint.
  // "rendered" is taken in that ResizeObserver callback; "settled" is the first task after the
  // frame, i.e. when the page could answer the next input.
  const afterFrame = (onRendered, onSettled) =>
    requestAnimationFrame(() => {
      const observer = new ResizeObserver(() => {
        observer.disconnect();
        onRendered(performance.now());
        const channel = new MessageChannel();
        channel.port1.onmessage = () => onSettled(performance.now());
        channel.port2.postMessage(null);
      });
      observer.observe(document.documentElement);
    });
  const card = (id) => document.querySelector(`[data-factor-id="${CSS.escape(id)}"]`);
  const cellOf = (element) => element?.closest('section[data-cell]')?.getAttribute('data-cell') ?? null;
  const placeholderIs = (element, wanted) => wanted === null || element.classList.contains('card--placeholder') === wanted;
  const PREDICATES = {
    matrixReady: () => document.querySelectorAll('section[data-cell]').length === 16 && document.querySelector('[data-factor-id]') !== null,
    placeholder: (id, wanted) => {
      const element = card(id);
      return !!element && placeholderIs(element, wanted);
    },
    cardIn: (id, cell, placeholder) => {
      const element = card(id);
      return !!element && cellOf(element) === cell && placeholderIs(element, placeholder);
    },
    cardLeft: (id, from, placeholder) => {
      const element = card(id);
      const cell = cellOf(element);
      return !!element && cell !== null && cell !== from && placeholderIs(element, placeholder);
    },
    titleIn: (title, cell) =>
      [...document.querySelectorAll(`section[data-cell="${cell}"] .card__title`)].some((element) => element.textContent === title),
    cardShown: (id) => !!card(id) && !document.querySelector('dialog[open]'),
    cardTitled: (id, title) => card(id)?.querySelector('.card__title')?.textContent === title,
    dialogOpen: () => !!document.querySelector('dialog[open] h2'),
    readerMark: () => !!document.querySelector('dialog[open] .reader__mark'),
  };

  let current = null;
  window.__bench = {
    arm(type, predicate, args) {
      const test = PREDICATES[predicate];
      const m = { start: null, commit: null, paint: null, settled: null };
      m.promise = new Promise((done) => (m.done = done));
      const check = () => {
        if (m.start === null || m.commit !== null || !test(...args)) return;
        m.commit = performance.now();
        observer.disconnect();
        afterFrame(
          (time) => (m.paint = time),
          (time) => {
            m.settled = time;
            m.done();
          },
        );
      };
      const observer = new MutationObserver(check);
      observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class', 'aria-label', 'open'] });
      const onEvent = (event) => {
        if (m.start !== null) return;
        m.start = event.timeStamp;
        window.removeEventListener(type, onEvent, true);
        const poll = () => {
          check();
          if (m.commit === null) requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      };
      window.addEventListener(type, onEvent, true);
      current = m;
    },
    async wait(timeoutMs) {
      const m = current;
      let timer;
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no result within ${timeoutMs} ms (event seen: ${m.start !== null})`)), timeoutMs);
      });
      await Promise.race([m.promise, timeout]);
      clearTimeout(timer);
      return { start: m.start, commit: m.commit, paint: m.paint, settled: m.settled };
    },
    nextPaint: () => new Promise((done) => afterFrame(() => {}, done)),
    /**
     * The floor under anything that shows a new matrix: the page's matrix, already built, is
     * hidden for two frames and shown again; from that change to the frame that lays it out.
     */
    async showBuiltMatrix() {
      const matrix = document.querySelector('.matrix');
      if (!matrix) throw new Error('no .matrix on the page');
      const frame = () => new Promise((done) => afterFrame(() => {}, done));
      matrix.style.display = 'none';
      await frame();
      await frame();
      return new Promise((done) => {
        const start = performance.now();
        matrix.style.display = '';
        let paint = null;
        afterFrame(
          (time) => (paint = time),
          (settled) => done({ start, commit: start, paint, settled }),
        );
      });
    },
    /** Saves measured so far; null on a page that never saves (the peers). */
    autosaveCount: () =>
      document.documentElement.dataset.benchSaves === 'never' ? null : performance.getEntriesByName('autosave-write', 'measure').length,
    waitAutosave: (count, timeoutMs) =>
      new Promise((done, reject) => {
        const started = performance.now();
        const tick = () => {
          if (performance.getEntriesByName('autosave-write', 'measure').length > count) done(true);
          else if (performance.now() - started > timeoutMs) reject(new Error('no autosave was measured'));
          else setTimeout(tick, 20);
        };
        tick();
      }),
    autosaves: () => ({
      write: performance.getEntriesByName('autosave-write', 'measure').map((entry) => entry.duration),
      flush: performance.getEntriesByName('autosave-flush', 'measure').map((entry) => entry.duration),
      whole: performance.getEntriesByName('autosave-whole-copy', 'measure').map((entry) => entry.duration),
    }),
  };

  // Navigation: the first frame painted with all 16 cells and a card in them, whether the app's
  // own matrix or the copy of it that a returning visit paints before the app has run (the app's
  // src/app/firstScreen: inert, marked data-first-screen, without the app's data attributes); and,
  // apart, the first frame with the app's own matrix, which is when it answers input.
  const firstScreenShown = () => {
    const copy = document.querySelector('[data-first-screen]');
    return !!copy && copy.querySelectorAll('.matrix section').length === 16 && copy.querySelector('.card') !== null;
  };
  const watchNavigation = (shown, done) => {
    const check = () => {
      if (!shown()) return;
      const commit = performance.now();
      observer.disconnect();
      let paint = null;
      afterFrame(
        (time) => (paint = time),
        (settled) => done({ commit, paint, settled }),
      );
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true });
  };
  window.__benchNav = null;
  window.__benchNavReady = null;
  window.__benchFirstScreen = false;
  watchNavigation(
    () => {
      window.__benchFirstScreen ||= firstScreenShown();
      return window.__benchFirstScreen || PREDICATES.matrixReady();
    },
    (nav) => (window.__benchNav = nav),
  );
  watchNavigation(PREDICATES.matrixReady, (nav) => (window.__benchNavReady = nav));
}
