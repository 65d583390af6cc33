import { defineConfig } from 'vitest/config';
import { missingProgramExcludes } from './testing/system-programs.ts';

export default defineConfig({
  test: {
    include: [
      'packages/*/test/**/*.test.ts',
      'packages/*/src/**/*.test.ts',
      'grammar/test/**/*.test.ts',
      'bench/**/*.test.ts',
      'e2e/**/*.test.ts',
      'testing/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**', ...missingProgramExcludes()],
    globalSetup: ['./vitest.global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
