import { defineConfig } from 'vitest/config';
import path from 'node:path';

// Browser journeys against the exported out/ folder, served by scripts/serve.mjs on a free port.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60000,
    hookTimeout: 60000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Browser assertions wait for their condition (expect.poll), long enough for a busy machine.
    expect: { poll: { timeout: 15_000, interval: 50 } },
  },
});
