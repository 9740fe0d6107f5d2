import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // The spreadsheet's zone is Asia/Ho_Chi_Minh; tests run in UTC so zone mistakes fail.
    env: { TZ: 'UTC' },
    testTimeout: 20_000,
  },
});
