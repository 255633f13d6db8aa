import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from '../store/appStore';
import { StoreProvider } from '../store/StoreContext';
import { App } from './App';
import { loadShippedStory } from './shippedStory';
import './styles.css';

const store = createAppStore();
const shipped = loadShippedStory();
if (shipped.ok) store.getState().loadStory(shipped.value);
else store.getState().reportLoadProblems('the shipped story', shipped.problems);

// `?bench` lets the benchmark (tests/bench) drive time through the store, as the play button does.
if (new URLSearchParams(window.location.search).has('bench')) {
  Object.assign(window, { __nexoBench: { store } });
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
