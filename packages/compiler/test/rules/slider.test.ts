// Sliders (SVY2077): a number with both ends only.
import { describe, expect, it } from 'vitest';
import { codes, compile, structuralCodes, survey } from '../helpers.ts';

describe('slider (SVY2077)', () => {
  it('accepts a number with min and max, and keeps `slider` usable as an id', () => {
    const text = survey(`  number likely "可能性(%)" en: "Likelihood (%)" min 0 max 100 integer slider
  text slider "备注" en: "Notes" optional`);
    expect(structuralCodes(text)).toEqual([]);
    expect(compile(text).survey!.questions.map((q) => q.slider)).toEqual([true, false]);
  });

  it('reports a slider without both ends or on another kind', () => {
    const text = survey(`  number a "甲" en: "A" min 0 slider
  rating b "乙" en: "B" on sat5 slider`);
    expect(codes(text, { only: ['SVY2077'] })).toEqual(["11:3 SVY2077 'number'", "12:3 SVY2077 'rating'"]);
  });
});
