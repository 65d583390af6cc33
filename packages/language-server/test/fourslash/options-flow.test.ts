// Choice filters, carry-forward and defaults in the editor: completion in an option's
// condition, after `from` (lists and questions) and after a question to carry from
// (`selected`, `not selected`), after `default` (the question's codes first); hover on a
// carried and a filtered question; rename of a source question reaches its carry-forward.
import { describe, expect, it } from 'vitest';
import { Fourslash } from './harness.ts';

const f = new Fourslash('options-flow');

describe('choice filters, carry-forward and defaults: completion', () => {
  it('offers earlier answers in an option condition', () => {
    expect(f.labels('optCond')).toEqual(expect.arrayContaining(['region']));
  });
  it('offers choice lists and questions after `from`, then `selected` / `not selected`', () => {
    expect(f.labels('fromName')).toEqual(expect.arrayContaining(['payments', 'brands', 'region']));
    expect(f.labels('afterFrom')).toEqual(['selected', 'not selected']);
  });
  it('offers the forms of a text answer after `as`', () => {
    expect(f.labels('asForm')).toEqual(['email', 'phone', 'url', 'time', 'datetime']);
  });
  it('offers the question’s own codes, then answers, after `default`', () => {
    const labels = f.labels('payDefault');
    expect(labels.slice(0, 2)).toEqual(['cash', 'card']);
    expect(labels).toEqual(expect.arrayContaining(['region', 'people']));
    expect(f.labels('defStart')).toEqual(expect.arrayContaining(['region']));
  });
});

describe('choice filters, carry-forward and defaults: hover and rename', () => {
  it('says where a carried question’s options come from, and shows a default', () => {
    expect(f.hoverText('favDecl')).toContain('options carried forward from `brands`: those chosen there');
    expect(f.hoverText('brandsDecl')).toContain('`a` `c` (filtered)');
    expect(f.hoverText('peopleDecl')).toContain('default: `1`');
  });
  it('renames a source question in its carry-forward', () => {
    const { texts } = f.rename('brandsDecl', 'bought');
    const text = [...texts.values()][0];
    expect(text).toContain('multi bought "品牌"');
    expect(text).toContain('from bought selected');
  });
});
