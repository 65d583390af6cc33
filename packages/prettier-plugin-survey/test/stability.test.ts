// For every fixture and every example: formatting twice changes nothing more, the tree
// is unchanged, and every comment is still there.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatSurvey } from '../src/index.ts';
import { fallbackUses } from '../src/print/pieces.ts';
import { commentTexts, exampleFiles, fixtureNames, readFixture, repoRoot, treeOf } from './helpers.ts';
import { parse } from '@survey/syntax';

const inputs: Array<[string, () => string]> = [
  ...fixtureNames().map((name): [string, () => string] => [`fixture ${name}`, () => readFixture(name)]),
  ...exampleFiles().map((file): [string, () => string] => [file, () => readFileSync(join(repoRoot, file), 'utf8')]),
];

describe.each(inputs)('%s', (_name, read) => {
  const source = read();
  // An example being written may not parse yet; the formatter refuses such input (tested elsewhere).
  const parses = parse(source).diagnostics.length === 0;

  it.runIf(parses)('is idempotent', async () => {
    const once = await formatSurvey(source);
    expect(await formatSurvey(once)).toBe(once);
  });

  it.runIf(parses)('keeps the tree', async () => {
    expect(treeOf(await formatSurvey(source))).toEqual(treeOf(source));
  });

  it.runIf(parses)('keeps every comment', async () => {
    expect(commentTexts(await formatSurvey(source))).toEqual(commentTexts(source));
  });

  it.runIf(parses)('lays out every construct with its own printer (no token fallback)', async () => {
    const before = fallbackUses.count;
    await formatSurvey(source);
    expect(fallbackUses.count - before).toBe(0);
  });
});
