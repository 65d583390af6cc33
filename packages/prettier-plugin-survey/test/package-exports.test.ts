// The package name resolves to the TypeScript sources under vitest and esbuild (the
// repository's "@survey/source" condition), and to the bundle under plain Node, which
// is what prettier loads.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as bySource from '../src/index.ts';
import * as byName from 'prettier-plugin-survey';
import { packageDir } from './helpers.ts';

describe('package exports', () => {
  it('resolve to the sources in vitest', () => {
    expect(byName.formatSurvey).toBe(bySource.formatSurvey);
  });

  it('give plain Node (prettier) the bundle', () => {
    const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    expect(pkg.exports['.']).toEqual({
      '@survey/source': './src/index.ts',
      types: './dist/types/index.d.ts',
      default: './dist/index.mjs',
    });
  });

  it('export what prettier looks for in a plugin', () => {
    expect(Object.keys(bySource.parsers)).toEqual(['survey']);
    expect(Object.keys(bySource.printers)).toEqual(['survey-ast']);
    expect(bySource.languages[0].extensions).toEqual(['.survey']);
  });
});
