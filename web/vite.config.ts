import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// Where `npm run dev` sends /api (the Banso server). Read without @types/node.
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
const apiTarget = env.BANSO_URL ?? 'http://127.0.0.1:8080';

const BASE = '/app/';

/**
 * Runs src/boot.ts, a chunk of its own (an input beside index.html), as an async module script at
 * the top of index.html: it starts the first page's API requests as soon as it arrives, while
 * the main chunk still downloads and compiles. main.tsx imports it as well, so it is the same
 * module, run once, and the main chunk holds only the import.
 */
function bootScript(): Plugin {
  return {
    name: 'banso-boot-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const boot = Object.values(context.bundle ?? {}).find(
          (file) => file.type === 'chunk' && file.isEntry && file.name === 'boot',
        );
        if (!boot) throw new Error('no boot chunk in the bundle');
        return [
          {
            tag: 'script',
            // High: an async script is fetched at low priority by default, after the main chunk.
            attrs: {
              type: 'module',
              async: true,
              crossorigin: true,
              fetchpriority: 'high',
              src: BASE + boot.fileName,
            },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}

// JSX goes through Vite's own esbuild (no React plugin): automatic runtime.
export default defineConfig({
  base: BASE,
  plugins: [bootScript()],
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Pages other than the account list and page, and the account page's tabs but the profile,
    // are chunks of their own (src/lazyPages.ts); echarts (NPS trend, event volume, account
    // usage) is loaded on demand in its own ~560 kB chunk.
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      input: { index: 'index.html', boot: 'src/boot.ts' },
      // react-router ships "use client" directives, meaningless in a client-only bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: { '/api': apiTarget },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
