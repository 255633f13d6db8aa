import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from '../store/appStore';
import { StoreProvider } from '../store/StoreContext';
import { isEmbedUrl } from '../share/embed';
import { App } from './App';
import { EmbedApp } from './EmbedApp';
import { loadShippedStory } from './shippedStory';
import { createUrlSync } from './urlSync';
import './styles.css';

const store = createAppStore();
const shipped = loadShippedStory();
if (shipped.ok) {
  store.getState().loadStory(shipped.value);
  store.getState().setLinkableStoryId(shipped.value.id);
} else store.getState().reportLoadProblems('the shipped story', shipped.problems);

// `?bench` lets the benchmark (tests/bench) drive time through the store, as the play button does.
if (new URLSearchParams(window.location.search).has('bench')) {
  Object.assign(window, { __nexoBench: { store } });
}

// The link's view is applied before the first paint, so the default view never flashes first.
const embed = isEmbedUrl(window.location.href);
void createUrlSync(store, window)
  .start()
  .finally(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <StoreProvider store={store}>{embed ? <EmbedApp /> : <App />}</StoreProvider>
      </StrictMode>,
    ),
  );
