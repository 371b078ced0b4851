import { defineConfig } from 'vitest/config';

// Where `npm run dev` sends /api (the Banso server). Read without @types/node.
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
const apiTarget = env.BANSO_URL ?? 'http://127.0.0.1:8080';

// JSX goes through Vite's own esbuild (no React plugin): automatic runtime.
export default defineConfig({
  base: '/app/',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Pages other than the account list and page, and the account page's tabs but the profile,
    // are chunks of their own (src/lazyPages.ts); echarts (NPS trend, event volume, account
    // usage) is loaded on demand in its own ~560 kB chunk.
    chunkSizeWarningLimit: 600,
    rollupOptions: {
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
