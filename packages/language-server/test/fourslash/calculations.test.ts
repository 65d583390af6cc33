// Calculated values (`let`) in the editor: completion where formulas, conditions and
// pipes read them, hover with type and range, definition, references and rename.
import { describe, expect, it } from 'vitest';
import { Fourslash } from './harness.ts';

const f = new Fourslash('calculations');

describe('calculations: completion', () => {
  it('offers answers, calculated values and the calculation functions in a let formula, but no scores', () => {
    const labels = f.labels('letArg');
    expect(labels).toEqual(expect.arrayContaining(['service', 'price', 'unhappy', 'round', 'coalesce', 'count_selected', 'days_between']));
    expect(labels).not.toContain('csat');
  });
  it('offers calculated values in a condition and in a score formula', () => {
    expect(f.labels('condStart')).toEqual(expect.arrayContaining(['overall', 'unhappy', 'service']));
    expect(f.labels('scoreArg')).toEqual(expect.arrayContaining(['overall', 'unhappy', 'csat', 'rescale']));
  });
});

describe('calculations: hover, navigation, rename', () => {
  it('shows the type, range, label and the answers read', () => {
    const text = f.hoverText('overallUse')!;
    expect(text).toContain('**let** `overall`: number — range 1 to 5');
    expect(text).toContain('总体');
    expect(text).toContain('reads: `service` `price`');
  });
  it('goes to the declaration from a condition, a pipe and a score', () => {
    for (const m of ['overallUse', 'overallPipe', 'scoreArg']) expect(f.definition(m)).toEqual([f.spot('overallDecl')]);
  });
  it('renames the declaration and every use, pipes included', () => {
    const { texts } = f.rename('overallDecl', 'mean_sat');
    const text = [...texts.values()][0];
    expect(text).toContain('let mean_sat "总体"');
    expect(text).toContain('let unhappy = mean_sat < 3');
    expect(text).toContain('{mean_sat}');
    expect(text).toContain('rescale(mean_sat, sat5)');
    expect(text).not.toMatch(/\boverall\b/);
  });
});
