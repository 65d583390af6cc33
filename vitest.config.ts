import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { missingProgramExcludes } from './testing/system-programs.ts';

// In the repository the workspace packages resolve to their TypeScript sources through
// the "@survey/source" export condition; without it they resolve to the published dist.
const source = '@survey/source';

export default defineConfig({
  resolve: { conditions: [source, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [source, ...defaultServerConditions] } },
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
