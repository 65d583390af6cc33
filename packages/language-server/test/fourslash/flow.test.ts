// Flow statements in the editor (Chinese and English texts): completion offers `page` and
// `screenout` in a section and the four flow statements in the survey block, answers in a
// screen-out's and an end screen's condition; hover explains a screen-out, an end screen,
// a page break and a shuffle group; renaming a question reaches a screen-out's condition.
import { describe, expect, it } from 'vitest';
import { Fourslash } from './harness.ts';

const f = new Fourslash('flow');

describe('flow: completion', () => {
  it('offers page breaks and screen-outs among a section’s statements, end screens and groups in the survey', () => {
    expect(f.labels('inSection')).toEqual(expect.arrayContaining(['page', 'screenout', 'rating']));
    expect(f.labels('inSurvey')).toEqual(expect.arrayContaining(['page', 'screenout', 'end', 'shuffle']));
  });
  it('offers answers in a screen-out’s and an end screen’s condition', () => {
    expect(f.labels('soCond')).toEqual(expect.arrayContaining(['customer']));
    expect(f.labels('endCond')).toEqual(expect.arrayContaining(['overall', 'staff']));
  });
});

describe('flow: hover and rename', () => {
  it('shows a screen-out’s message in every language, its condition and where it is tested', () => {
    const text = f.hoverText('soDecl')!;
    expect(text).toContain('**screen-out** `not_customer`: ends the survey when `customer == no`');
    expect(text).toContain('after question 1');
    expect(text).toContain('zh: 感谢您!本调查只面向客户。');
    expect(text).toContain('en: Thank you! This survey is for customers only.');
  });
  it('shows an end screen’s place and condition, a page break’s page and a group’s sections', () => {
    expect(f.hoverText('endDecl')).toContain('**end screen** `happy` (1 of 2): shown when `overall >= 4`');
    expect(f.hoverText('pageKw')).toContain('page 2 of 2 of section `service`');
    expect(f.hoverText('groupDecl')).toContain('sections `brand_a`, `brand_b` in random order');
  });
  it('renames a question in the screen-out that reads it', () => {
    const { texts } = f.rename('soCond', 'is_customer');
    const text = [...texts.values()][0];
    expect(text).toContain('yesno is_customer "您是我们的客户吗?"');
    expect(text).toContain('when is_customer == no');
  });
});
