import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootstrap } from './app/bootstrap';
import { registerOffline } from './app/offline';
import { browserStorage } from './io/safeStorage';
import { StoreProvider } from './store/context';
import './app/base.css';

const root = createRoot(document.getElementById('root')!);

// A phone joining a workshop (?join=) or a second screen (?view=) gets the live pages, loaded only then.
const liveLink = new URLSearchParams(window.location.search);
if (liveLink.has('join') || liveLink.has('view')) {
  void import('./features/live/entry').then(({ mountLiveRoom }) => mountLiveRoom(root, liveLink));
} else startEditor();

function startEditor() {
  bootstrap(browserStorage())
    .then(({ store }) => {
      root.render(
        <StrictMode>
          <StoreProvider store={store}>
            <App />
          </StoreProvider>
        </StrictMode>,
      );
      registerOffline();
    })
    .catch((error: unknown) => {
      // Only a broken build gets here (seeds that fail to load); say so rather than show a blank page.
      document.getElementById('root')!.textContent = `The app could not start: ${String(error)}`;
    });
}
