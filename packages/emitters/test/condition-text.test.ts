// conditionText prints a condition tree back in .survey syntax with parentheses only
// where precedence needs them (DDI universes, script comments, the report's quality rules).
import { describe, expect, it } from 'vitest';
import { conditionText, type ExprJson } from '../src/index.ts';

const v = (name: string): ExprJson => ({ type: 'var', name });
const n = (value: number): ExprJson => ({ type: 'number', value });
const bin = (op: string, left: ExprJson, right: ExprJson): ExprJson => ({ type: 'binary', op, left, right }) as ExprJson;

describe('conditionText', () => {
  it('keeps the parentheses an `or` inside an `and` needs, and adds none elsewhere', () => {
    const e = bin(
      'and',
      bin('<=', v('overall'), n(2)),
      bin('or', bin('==', v('staff'), n(1)), bin('has', v('channels'), { type: 'code', value: 'app' })),
    );
    expect(conditionText(e)).toBe('overall <= 2 and (staff == 1 or channels has app)');
    expect(conditionText(bin('or', bin('and', v('a'), v('b')), v('c')))).toBe('a and b or c');
  });

  it('binds `not` looser than a comparison and tighter than `and`, and parenthesises a right-nested subtraction', () => {
    expect(conditionText({ type: 'unary', op: 'not', operand: bin('==', v('q'), n(3)) } as ExprJson)).toBe('not q == 3');
    expect(conditionText({ type: 'unary', op: 'not', operand: bin('and', v('a'), v('b')) } as ExprJson)).toBe('not (a and b)');
    expect(conditionText(bin('-', v('a'), bin('-', v('b'), v('c'))))).toBe('a - (b - c)');
  });
});
