import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';

describe('language-tag (SVY2020)', () => {
  it('reports a translation into an undeclared language', () => {
    expect(codes('survey t {\n  languages zh, en\n  title "调查" en: "Survey" fr: "Enquête"\n}', { only: ['SVY2020'] })).toEqual([
      "3:27 SVY2020 'fr:'",
    ]);
  });
  it('accepts declared languages', () => {
    expect(codes('survey t {\n  languages zh, en, ja\n  title "调查" en: "Survey" ja: "調査"\n}', { only: ['SVY2020'] })).toEqual([]);
  });
});
