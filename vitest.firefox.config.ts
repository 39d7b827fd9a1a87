import { defineConfig } from 'vitest/config';

// End-to-end smoke tests: the Firefox build (MV2) in Debian's Firefox ESR, driven by puppeteer-core
// over WebDriver BiDi. `npm run test:firefox` installs Firefox if needed and builds first.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
