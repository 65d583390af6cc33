// Files, geopoints, signatures and option images in the editor: completion of accepted
// types after `accept` and of size units after `max 5`; hover says what each accepts and
// what its answer holds (Chinese and English texts).
import { describe, expect, it } from 'vitest';
import { Fourslash } from './harness.ts';

const f = new Fourslash('answer-types');

describe('answer types in the editor', () => {
  it('offers common types after `accept` and size units after `max 5` in a file question', () => {
    expect(f.labels('acceptType')).toEqual(expect.arrayContaining(['"image/*"', '"application/pdf"', '".pdf"']));
    expect(f.labels('sizeUnit')).toEqual(['B', 'KB', 'MB', 'GB']);
  });
  it('says what a file, a location, a signature and an image choice hold', () => {
    expect(f.hoverText('photoDecl')).toContain('accepts `image/*`, `.pdf`, at most 5 MB');
    expect(f.hoverText('placeDecl')).toContain('answer: latitude, longitude and accuracy');
    expect(f.hoverText('signDecl')).toContain('PNG image');
    expect(f.hoverText('logoDecl')).toContain('1 option shown as an image');
  });
});
