import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootstrap } from './app/bootstrap';
import { APP_SHOWN_EVENT, type AppShown } from './app/firstScreen/keys';
import { OFFLINE_WAIT, whenQuiet } from './app/whenQuiet';
import { setLanguage, startLanguage, text, useLanguage } from './i18n/core';
import { appText } from './i18n/en/app';
import { browserStorage } from './io/safeStorage';
import { StoreProvider } from './store/context';
import './app/base.css';

/** React unmounts the whole app on an error no component catches; once the editor is up, it offers the app back. */
let recover: (error: unknown) => void = console.error;
const root = createRoot(document.getElementById('root')!, { onUncaughtError: (error) => recover(error) });

/** A new language re-renders everything once, so no component has to watch for it. */
function InLanguage() {
  const language = useLanguage((state) => state.language);
  return <App key={language} />;
}

// The language comes first, so that even the first messages of start-up are in it.
const language = setLanguage(startLanguage(), false).catch(() => setLanguage('en', false));

// A phone joining a workshop (?join=) or a second screen (?view=) gets the live pages, loaded only then.
const liveLink = new URLSearchParams(window.location.search);
if (liveLink.has('join') || liveLink.has('view')) {
  void language.then(() => import('./features/live/entry')).then(({ mountLiveRoom }) => mountLiveRoom(root, liveLink));
} else startEditor();

function startEditor() {
  language
    .then(() => bootstrap(browserStorage()))
    .then(({ store }) => {
      const showApp = () =>
        root.render(
          <StrictMode>
            <StoreProvider store={store}>
              <InLanguage />
            </StoreProvider>
          </StrictMode>,
        );
      recover = (error) =>
        void import('./app/Crashed').then(
          ({ showCrashed }) => showCrashed(root, { error, store, showAgain: showApp }),
          () => root.render(text(appText).loadFailed),
        );
      // Rendered in the same task as the start-up, not in one React schedules for later: the
      // browser would otherwise paint the empty page in between and the matrix a frame later.
      flushSync(showApp);
      // Clicks and keys made on the first screen's copy, if one was shown, are carried out now.
      const shown = new CustomEvent<AppShown>(APP_SHOWN_EVENT, { detail: {} });
      window.dispatchEvent(shown);
      const { held } = shown.detail;
      if (held?.events.length) {
        import('./app/firstScreen/replayInput')
          .then(({ replayHeldInput }) => replayHeldInput(window, held))
          .catch(() => held.release());
      } else held?.release();
      // The service worker and the first screen's copy for the next visit wait until the matrix is
      // rendered and the person has paused for a while: installing the worker downloads the whole
      // app (about 1.3 s here), and whatever the person did meanwhile was slowed, e.g. confirming
      // a 5,000-factor import: 330 → 630 ms.
      whenQuiet(() => void import('./app/nextVisit').then(({ prepareNextVisit }) => prepareNextVisit(store)), OFFLINE_WAIT);
    })
    .catch((error: unknown) => {
      // Only a broken build gets here (seeds that fail to load); say so rather than show a blank page.
      root.render(text(appText).startFailed({ error: String(error) }));
    });
}
