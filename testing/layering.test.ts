// The dependency arrows, enforced: every import in every package follows the table in
// layers.ts and is declared in its package.json. A miniature repository with one
// violation of each kind shows the check really fails.
import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findLayeringViolations, importsOf } from './layering.ts';
import { layers } from './layers.ts';

const root = join(import.meta.dirname, '..');

describe('package layering', () => {
  test('every import in this repository follows testing/layers.ts and is declared', () => {
    expect(findLayeringViolations(root, layers)).toEqual([]);
  });

  test('the table has no cycle', () => {
    const visiting = new Set<string>();
    const reach = (dir: string, path: string[]): void => {
      expect(visiting.has(dir), `cycle ${[...path, dir].join(' -> ')}`).toBe(false);
      visiting.add(dir);
      for (const next of layers[dir]?.may ?? []) reach(next, [...path, dir]);
      visiting.delete(dir);
    };
    for (const dir of Object.keys(layers)) reach(dir, []);
  });

  test('static, dynamic, type-only and re-export imports are all seen', () => {
    const text = [
      "import { a } from '@survey/syntax';",
      "import type { B } from '@survey/compiler';",
      "export { c } from './c.ts';",
      "const d = await import('prettier-plugin-survey');",
    ].join('\n');
    expect(importsOf(text)).toEqual(['@survey/syntax', '@survey/compiler', './c.ts', 'prettier-plugin-survey']);
  });
});

describe('a deliberate violation fails', () => {
  function miniRepo(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'survey-layering-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }
  const manifest = (name: string, deps: Record<string, string> = {}) => JSON.stringify({ name, dependencies: deps });

  test('upward, undeclared, cross-package relative and unlisted-package imports are each reported', () => {
    const dir = miniRepo({
      'package.json': JSON.stringify({ name: 'root', devDependencies: { vitest: '*' } }),
      'packages/syntax/package.json': manifest('@survey/syntax'),
      'packages/syntax/src/index.ts': "export const x = 1;\nimport 'chevrotain';\n",
      'packages/compiler/package.json': manifest('@survey/compiler', { '@survey/syntax': '0.1.0' }),
      'packages/compiler/src/index.ts': "import { x } from '@survey/syntax';\nimport { build } from '@survey/emitters';\n",
      'packages/compiler/test/a.test.ts': "import { test } from 'vitest';\nimport { y } from '../../emitters/src/index.ts';\n",
      'packages/emitters/package.json': manifest('@survey/emitters', { '@survey/compiler': '0.1.0' }),
      'packages/emitters/src/index.ts': "import { x } from '@survey/syntax';\nimport { c } from '@survey/compiler';\n",
      'packages/newcomer/package.json': manifest('@survey/newcomer'),
    });
    try {
      expect(findLayeringViolations(dir, layers)).toEqual([
        'packages/compiler/src/index.ts: imports @survey/emitters (packages/emitters), which compiler may not import (testing/layers.ts)',
        'packages/compiler/test/a.test.ts: imports "../../emitters/src/index.ts" from packages/emitters by a relative path; ' +
          'import its package name instead (shared test helpers live in testing/)',
        'packages/emitters/src/index.ts: imports @survey/syntax, not declared in packages/emitters/package.json dependencies',
        'packages/newcomer is not in the layer table (testing/layers.ts): add one line saying what it may import',
        'packages/syntax/src/index.ts: imports chevrotain, not declared in packages/syntax/package.json dependencies',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
