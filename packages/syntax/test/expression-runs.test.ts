// The test that lets a parse without errors skip `limitExpressionDepth`'s walk (expression-runs.ts):
// it may say "maybe" too often, never "no" for a survey with an expression that is too deep.
import { describe, expect, it } from 'vitest';
import { MAX_EXPRESSION_DEPTH, parse } from '../src/index.ts';
import { mayBeTooDeep } from '../src/expression-runs.ts';

const chain = (n: number) => Array.from({ length: n + 1 }, (_, i) => `q${i} == 1`).join(' and ');
const question = (id: string, expr: string) => `  yesno ${id} "是否同意?" en: "Agree?" when ${expr}\n`;

describe('mayBeTooDeep', () => {
  it('is false for many short conditions, true for one chain longer than the limit', () => {
    const half = Math.ceil(MAX_EXPRESSION_DEPTH / 4); // 2 operators per link: half the limit per question
    const short = `survey s {\n${question('a', chain(half))}${question('b', chain(half))}${question('c', chain(half))}}\n`;
    expect(mayBeTooDeep(parse(short).tokens)).toBe(false);
    const long = `survey s {\n${question('a', chain(MAX_EXPRESSION_DEPTH))}}\n`;
    expect(mayBeTooDeep(parse(long).tokens)).toBe(true);
  });

  it('counts across names that are also keywords (`tag`, `where`), so a chain cannot hide behind them', () => {
    const ops = Array.from({ length: MAX_EXPRESSION_DEPTH + 1 }, (_, i) => `tag${i} + tag`).join(' + ');
    const text = `survey s {\n  let x = ${ops}\n}\n`;
    expect(mayBeTooDeep(parse(text).tokens)).toBe(true);
    expect(parse(text).diagnostics.map((d) => d.code)).toContain('SVY1008');
  });

  it('a deep chain still gives SVY1008 in a file whose other conditions are short', () => {
    const text = `survey s {\n${question('a', chain(3))}${question('b', chain(MAX_EXPRESSION_DEPTH))}${question('c', chain(3))}}\n`;
    const result = parse(text);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['SVY1008']);
  });
});
