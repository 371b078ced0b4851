#!/usr/bin/env node
// Runs e2e/run.mjs against dev/mock-server.mjs (build first): a check of the console and of the
// e2e script itself while no real server is at hand. The real e2e targets a running banso.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MOCK_EMAIL, MOCK_PASSWORD, startMockServer } from './mock-server.mjs';

const server = await startMockServer(0);
const { port } = server.address();
const run = spawn(process.execPath, [fileURLToPath(new URL('../e2e/run.mjs', import.meta.url))], {
  stdio: 'inherit',
  env: {
    ...process.env,
    BANSO_URL: `http://127.0.0.1:${port}`,
    BANSO_EMAIL: MOCK_EMAIL,
    BANSO_PASSWORD: MOCK_PASSWORD,
  },
});
run.on('exit', (code) => {
  server.close();
  process.exit(code ?? 1);
});
