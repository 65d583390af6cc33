import { describe, expect, it } from 'vitest';
import { structuralCodes as codes } from '../helpers.ts';

const wrap = (scale: string) => `survey t {\n  languages en\n${scale}\n}\n`;

describe('scale-grid (SVY2010-SVY2013)', () => {
  it('reports grid points without labels', () => {
    expect(codes(wrap('  scale s 1..5 { 1 "Poor" 5 "Excellent" }'), { only: ['SVY2010'] })).toEqual(["3:9 SVY2010 's'"]);
  });

  it('accepts an anchored scale with only end labels', () => {
    expect(codes(wrap('  scale s 0..10 anchored { 0 "Not at all" 10 "Completely" }'))).toEqual([]);
  });

  it('reports a label off the grid and suggests a missing code', () => {
    expect(codes(wrap('  scale s 1..3 { 1 "Low" 2 "Mid" 3 "High" 9 "N/A" }'), { only: ['SVY2011'] })).toEqual(["3:43 SVY2011 '9'"]);
    expect(codes(wrap('  scale s 1..3 { 1 "Low" 2 "Mid" 3 "High" missing 9 "N/A" }'))).toEqual([]);
  });

  it('reports a value labelled twice', () => {
    expect(codes(wrap('  scale s 1..2 { 1 "Low" 2 "High" 2 "Top" }'), { only: ['SVY2012'] })).toEqual(['3:35 SVY2012 \'2 "Top"\'']);
  });

  it('reports a reversed range and a zero step', () => {
    expect(codes(wrap('  scale s 5..1 { 1 "Low" 5 "High" }'), { only: ['SVY2013'] })).toEqual(["3:11 SVY2013 '5..1'"]);
    expect(codes(wrap('  scale s 1..5 step 0 { 1 "Low" 5 "High" }'), { only: ['SVY2013'] })).toEqual(["3:21 SVY2013 '0'"]);
  });

  it('checks steps: 0..1 by 0.5 needs three labels', () => {
    expect(codes(wrap('  scale s 0..1 step 0.5 { 0 "No" 1 "Yes" }'), { only: ['SVY2010'] })).toEqual(["3:9 SVY2010 's'"]);
  });
});
