// Comments and line breaks dropped between random tokens of every fixture and example:
// the output keeps every comment and the tree, and a second pass changes nothing.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@survey/syntax';
import { formatSurvey } from '../src/index.ts';
import { fallbackUses } from '../src/print/pieces.ts';
import { sprinkle } from './sprinkle.ts';
import { commentTexts, exampleFiles, fixtureNames, readFixture, repoRoot, treeOf } from './helpers.ts';

const sources: Array<[string, () => string]> = [
  ...fixtureNames().map((name): [string, () => string] => [name, () => readFixture(name)]),
  ...exampleFiles().map((file): [string, () => string] => [file, () => readFileSync(join(repoRoot, file), 'utf8')]),
];

describe.each(sources)('%s with random comments', (_name, read) => {
  const source = read();
  const parses = parse(source).diagnostics.length === 0;

  it.runIf(parses).each([1, 2, 3, 4, 5])('seed %i', async (seed) => {
    const input = sprinkle(source, seed);
    const fallbacks = fallbackUses.count;
    const once = await formatSurvey(input);
    expect(fallbackUses.count - fallbacks).toBe(0);
    expect(commentTexts(once)).toEqual(commentTexts(input));
    expect(treeOf(once)).toEqual(treeOf(input));
    expect(await formatSurvey(once)).toBe(once);
  });
});
