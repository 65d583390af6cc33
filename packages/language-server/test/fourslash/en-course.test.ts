// An English survey importing a shared scales file: navigation and rename across files.
import { describe, expect, it } from 'vitest';
import { Fourslash } from './harness.ts';

const f = new Fourslash('en-course');
const shared = '/fourslash/en-course/scales.survey';
const course = '/fourslash/en-course/course.survey';

describe('en-course: completion', () => {
  it('offers imported scales after on and imported lists after from', () => {
    expect(f.labels('agreeRef')).toEqual(['agree5', 'nps']);
    expect(f.labels('yearsRef')).toEqual(['years']);
  });
  it('offers matrix rows and questions in a condition', () => {
    expect(f.labels('condStart')).toEqual(expect.arrayContaining(['year', 'teaching_items', 'clear', 'pace', 'hard', 'overall']));
  });
  it('offers rows, scores and functions in a formula', () => {
    expect(f.labels('clearRef')).toEqual(expect.arrayContaining(['clear', 'pace', 'sum_score', 'reverse', 'topbox']));
  });
});

describe('en-course: hover', () => {
  it('shows an imported scale', () => {
    expect(f.hoverText('agreeRef')).toContain('`5` Strongly agree');
  });
  it('shows a matrix row with its matrix and scale', () => {
    const text = f.hoverText('clearRef')!;
    expect(text).toContain('**row** `clear` of matrix `teaching_items`');
    expect(text).toContain('`en` The lectures were clear.');
  });
  it('shows a reverse-coded row', () => {
    expect(f.hoverText('hardDecl')).toContain('reverse-coded');
  });
  it('shows a shared scale from the shared file itself, through an importing survey', () => {
    expect(f.hoverText('agreeDecl')).toContain('`3` Neither agree nor disagree');
  });
  it("shows a score's range over reversed items", () => {
    expect(f.hoverText('teachTarget')).toContain('range 1 to 5');
  });
});

describe('en-course: definition', () => {
  it('goes from a use to the declaration in the imported file', () => {
    expect(f.definition('agreeRef')).toEqual([f.spot('agreeDecl')]);
    expect(f.definition('yearsRef')).toEqual([f.spot('yearsDecl')]);
  });
  it('goes from an import path to the file', () => {
    expect(f.definition('importPath')).toEqual([{ path: shared, offset: 0 }]);
  });
  it('goes from a row in a formula to the row', () => {
    expect(f.definition('clearRef')).toEqual([f.spot('clearDecl')]);
  });
});

describe('en-course: references and rename across files', () => {
  it('finds the uses of a shared scale in the importing survey', () => {
    expect(f.names(f.references('agreeDecl'))).toEqual(['agreeRef', 'agreeRef2', 'agreeDecl']);
  });
  it('renames a shared scale in both files', () => {
    const { spots, texts } = f.rename('agreeRef', 'agreement');
    expect(f.names(spots)).toEqual(['agreeRef', 'agreeRef2', 'agreeDecl']);
    expect(texts.get(shared)).toContain('scale agreement 1..5');
    expect(texts.get(course)).toContain('on agreement {');
  });
  it('renames a matrix row where a formula reads it', () => {
    expect(f.names(f.rename('clearDecl', 'clarity').spots)).toEqual(['clearDecl', 'clearRef']);
  });
});
