// boot first: the first page's API requests go out before the rest of the console is run.
import './boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles.css';
import { App, preloadPagesFor } from './App';
import { prefetchSettled } from './prefetch';

preloadPagesFor(window.location.pathname);

// The first render waits a little for the answers asked for at load (src/prefetch.ts): with them
// there, it shows the page and its data at once, rather than the frame with a spinner, then the
// page with another, then its data, each rendered, laid out and painted in turn.
void prefetchSettled(100).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
