// Nesting limits (SVY1008): the parser never overflows its stack, whatever the
// input, and the trees it returns are shallow enough for every recursive walk.
import { describe, expect, it } from 'vitest';
import { MAX_EXPRESSION_DEPTH, MAX_NESTING, expressionDepth, parse, reparseText, walk, type AnyNode } from '../src/index.ts';

const survey = (expr: string) => `survey s {\n  yesno a "A?"\n  yesno b "B?" when ${expr}\n}\n`;
const parens = (n: number) => '('.repeat(n) + 'a == 1' + ')'.repeat(n);
const calls = (n: number) => 'mean('.repeat(n) + 'a' + ')'.repeat(n);
const nots = (n: number) => 'not '.repeat(n) + 'a == 1';
const minus = (n: number) => '- '.repeat(n) + '1 == a';
const chain = (n: number, op = 'and') => Array.from({ length: n }, () => 'a == 1').join(` ${op} `);

function deepest(ast: AnyNode): number {
  let max = 0;
  walk(ast, (n) => {
    if (['Binary', 'Unary', 'Paren', 'Call'].includes(n.kind)) max = Math.max(max, expressionDepth(n));
  });
  return max;
}

describe('nesting limits', () => {
  it.each([
    ['parentheses', parens],
    ['calls', calls],
    ['not', nots],
    ['unary minus', minus],
  ])('%s: at the limit no diagnostic; far beyond it one SVY1008 and no crash', (_, make) => {
    expect(parse(survey(make(MAX_NESTING - 2))).diagnostics).toEqual([]);
    for (const n of [MAX_NESTING + 1, 1000, 50_000]) {
      const r = parse(survey(make(n)));
      expect(r.diagnostics.map((d) => d.code)).toEqual(['SVY1008']);
      expect(r.diagnostics[0].message).toContain('nest more than 32 levels deep');
      expect(deepest(r.ast)).toBeLessThanOrEqual(MAX_EXPRESSION_DEPTH);
    }
  });

  it('a chain of operators deeper than MAX_EXPRESSION_DEPTH is one SVY1008 and the expression is left out', () => {
    expect(parse(survey(chain(MAX_EXPRESSION_DEPTH - 1))).diagnostics).toEqual([]);
    for (const n of [MAX_EXPRESSION_DEPTH + 1, 100_000]) {
      const r = parse(survey(chain(n)));
      expect(r.diagnostics.map((d) => d.code)).toEqual(['SVY1008']);
      expect(r.diagnostics[0].message).toContain('more than 256 operators deep');
      expect(deepest(r.ast)).toBe(0);
    }
  });

  it('the rest of the file is still parsed: declarations after the deep expression are in the tree', () => {
    const text = survey(parens(5000)).replace('}\n', '  yesno c "C?"\n}\n') + 'scale s5 1..5 {\n  1 "a"\n  5 "b"\n}\n';
    const r = parse(text);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['SVY1008']);
    expect(r.ast.surveys[0].members.map((m) => (m as { id?: { name: string } }).id?.name)).toEqual(['a', 'b', 'c']);
    expect(r.ast.declarations).toHaveLength(1);
  });

  it('an unclosed deep group does not swallow the next members', () => {
    const r = parse(survey('('.repeat(500) + 'a == 1').replace('}\n', '  yesno c "C?"\n}\n'));
    expect(r.diagnostics[0].code).toBe('SVY1008');
    expect(r.ast.surveys[0].members.some((m) => (m as { id?: { name: string } }).id?.name === 'c')).toBe(true);
  });

  it('an incremental edit that makes an expression too deep gives the same result as a full parse', () => {
    const before = parse(survey('a == 1'));
    const text = survey(parens(3000));
    const after = reparseText(before, text);
    expect(after.diagnostics).toEqual(parse(text).diagnostics);
  });
});
