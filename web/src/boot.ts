// The first script of the page: a small chunk of its own that index.html runs as soon as it
// arrives (vite.config.ts), while the main chunk is still downloading and compiling, so that the
// first page's API answers are on their way before React starts. main.tsx imports it too (the
// same module, run once), which is what runs it under `npm run dev`.
import { prefetchFor } from './prefetch';

prefetchFor(window.location.pathname);
