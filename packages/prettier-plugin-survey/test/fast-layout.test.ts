// Statements without comments are laid out by the plugin itself (print/flat.ts,
// print/render.ts) and handed to prettier as text. Here every fixture and example, as
// written and with random comments, is formatted at several widths with that fast path
// and without it (prettier measuring every group): the two must be the same text.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@survey/syntax';
import { formatSurvey, type FormatOptions } from '../src/index.ts';
import { fastLayout } from '../src/print/render.ts';
import { sprinkle } from './sprinkle.ts';
import { exampleFiles, fixtureNames, readFixture, repoRoot } from './helpers.ts';

const sources: Array<[string, () => string]> = [
  ...fixtureNames().map((name): [string, () => string] => [name, () => readFixture(name)]),
  ...exampleFiles().map((file): [string, () => string] => [file, () => readFileSync(join(repoRoot, file), 'utf8')]),
];

const layouts: FormatOptions[] = [
  {},
  { printWidth: 20 },
  { printWidth: 48 },
  { printWidth: 64, tabWidth: 4 },
  { printWidth: 100, useTabs: true },
  { printWidth: 72, endOfLine: 'crlf' },
];

async function both(text: string, options: FormatOptions): Promise<[string, string]> {
  fastLayout.enabled = true;
  const fast = await formatSurvey(text, options);
  fastLayout.enabled = false;
  const slow = await formatSurvey(text, options);
  fastLayout.enabled = true;
  return [fast, slow];
}

afterEach(() => {
  fastLayout.enabled = true;
});

describe.each(sources)('%s', (_name, read) => {
  const source = read();
  const parses = parse(source).diagnostics.length === 0;

  it.runIf(parses)('prints the same text with and without the fast layout', async () => {
    for (const options of layouts) {
      const [fast, slow] = await both(source, options);
      expect(fast, JSON.stringify(options)).toBe(slow);
    }
  });

  it.runIf(parses)('and with random comments', async () => {
    for (const seed of [1, 2]) {
      const input = sprinkle(source, seed);
      for (const options of [layouts[0], layouts[1], layouts[4]]) {
        const [fast, slow] = await both(input, options);
        expect(fast, `seed ${seed} ${JSON.stringify(options)}`).toBe(slow);
      }
    }
  });
});

it('a statement that does not fit is broken exactly as prettier breaks it', async () => {
  const text = [
    'survey s {',
    '  languages zh, en',
    '  section a "第一部分" en: "Part one" {',
    '    single q1 "您对我们的服务总体满意吗?" en: "Overall, how satisfied are you with our service?" help "请选择一项" en: "Choose one" optional tag service, overall {',
    '      yes "是" en: "Yes"',
    '      no "否" en: "No" exclusive',
    '    }',
    '    text q2 "其他意见" en: "Any other comments" optional tag a, b, c, d, e, f, g, h {}',
    '  }',
    '}',
    '',
  ].join('\n');
  for (const options of layouts) {
    const [fast, slow] = await both(text, options);
    expect(fast, JSON.stringify(options)).toBe(slow);
  }
});
