// Golden outputs of the fixtures, byte for byte, and determinism for every survey.
// After an intended change: UPDATE_GOLDEN=1 npx vitest run packages/emitters
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileFile } from '@survey/compiler';
import { build } from '../src/index.ts';
import { allCases, fixtureCases, fixturesDir } from './support/load.ts';

const goldenDir = join(fixturesDir, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

describe.each(fixtureCases().map((c) => [c.name, c] as const))('golden %s', (_name, c) => {
  for (const file of build(c.result)) {
    it(file.fileName, () => {
      const path = join(goldenDir, file.fileName);
      if (update) {
        mkdirSync(goldenDir, { recursive: true });
        writeFileSync(path, file.contents);
      }
      expect(existsSync(path), `missing golden ${path}; run with UPDATE_GOLDEN=1`).toBe(true);
      expect(
        file.contents === readFileSync(path, 'utf8'),
        `${file.fileName} differs from its golden; run with UPDATE_GOLDEN=1 and review the diff`,
      ).toBe(true);
    });
  }
});

describe.each(allCases().map((c) => [c.name, c] as const))('determinism %s', (_name, c) => {
  it('a fresh compile builds the same bytes, with no timestamp or absolute path', () => {
    const first = build(c.result);
    const second = build(compileFile(c.path));
    expect(second.map((f) => f.fileName)).toEqual(first.map((f) => f.fileName));
    second.forEach((f, i) => expect(f.contents === first[i].contents, f.fileName).toBe(true));
    for (const f of first) {
      expect(f.contents).not.toMatch(/20\d\d-\d\d-\d\dT\d\d:/);
      expect(f.contents).not.toContain(c.path);
    }
  });
});
