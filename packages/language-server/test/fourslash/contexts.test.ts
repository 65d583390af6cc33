// Completion in each kind of statement: header lists, shared sections, yes/no codes,
// function arguments, sample, quality and analysis blocks.
import { describe, expect, it } from 'vitest';
import { Fourslash } from './harness.ts';

const f = new Fourslash('contexts');

describe('contexts: completion', () => {
  it('offers language codes and survey modes in header lists', () => {
    expect(f.labels('langList')).toEqual(expect.arrayContaining(['zh', 'en', 'ja']));
    expect(f.labels('modeList')).toEqual(['online', 'phone', 'paper', 'interview', 'kiosk', 'sms']);
  });
  it('offers shared sections after section in the survey', () => {
    expect(f.labels('sectionUse')).toContain('about_you');
  });
  it('offers question kinds inside a section', () => {
    expect(f.labels('inSection')).toEqual(expect.arrayContaining(['single', 'multi', 'rating', 'matrix', 'nps', 'text', 'yesno']));
    expect(f.labels('inSection')).not.toContain('title');
  });
  it('offers yes and no after == on a yes/no question', () => {
    expect(f.labels('yesNo')).toEqual(['yes', 'no']);
  });
  it('offers functions in a formula and sections in index()', () => {
    expect(f.labels('fnName')).toEqual(expect.arrayContaining(['topbox', 'nps', 'share']));
    expect(f.labels('sectionArg')).toEqual(expect.arrayContaining(['work', 'about_you']));
  });
  it('offers sample settings and allocation methods', () => {
    expect(f.labels('inSample')).toEqual(expect.arrayContaining(['population', 'strata', 'allocate', 'margin', 'oversample']));
    expect(f.labels('allocMethod')).toEqual(['proportional', 'neyman', 'optimal', 'equal', 'fixed']);
  });
  it('offers the kinds of exclusion in quality', () => {
    expect(f.labels('excludeKind')).toEqual(expect.arrayContaining(['answered', 'duration', 'straightline', 'attention', 'when']));
  });
  it('offers strata, tag and questions after breakdown by', () => {
    expect(f.labels('breakdownBy')).toEqual(expect.arrayContaining(['site', 'tag', 'load']));
  });
  it('offers analysis requests in analysis', () => {
    expect(f.labels('inAnalysis')).toEqual(expect.arrayContaining(['items', 'breakdown', 'top', 'drivers', 'chart', 'alpha']));
  });
});
