import { defineConfig } from 'vitest/config';
import { extensionsFor } from './apps/client/platform-extensions.ts';

export default defineConfig({
  // The client's platform seam resolves to its testing implementation (apps/client/src/platform/index.testing.ts).
  resolve: { extensions: extensionsFor('testing') },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'bench/*.test.ts', 'apps/*/src/**/*.test.{ts,tsx}', 'apps/*/test/**/*.test.ts'],
    globalSetup: ['./test-support/postgres-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
