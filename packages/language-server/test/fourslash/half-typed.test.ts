// Completion while typing: the statement is unfinished and the file does not parse,
// yet the server still answers from the tokens and what the binder recovered.
import { describe, expect, it } from 'vitest';
import { Fourslash } from './harness.ts';
import { documentSymbols, foldingRanges, hover, inlayHints, semanticTokens } from '../../src/index.ts';

const f = new Fourslash('half-typed');

describe('half-typed: completion', () => {
  it('offers translation tags and question attributes after a text', () => {
    const labels = f.labels('afterText');
    expect(labels[0]).toBe('en:');
    expect(labels).toEqual(expect.arrayContaining(['on', 'optional', 'when', 'help']));
  });
  it('offers scales after a dangling on', () => {
    expect(f.labels('afterOn')).toEqual(['sat5', 'nps']);
  });
  it('offers lists, and earlier choice questions to carry forward from, after a dangling from', () => {
    expect(f.labels('afterFrom')).toEqual(['vendors', 'vendor']);
  });
  it('offers the codes of the compared question after ==', () => {
    expect(f.labels('afterEq')).toEqual(['a', 'b']);
  });
  it('offers scale points after >= on a rating', () => {
    expect(f.labels('afterGe')).toEqual(['1', '5']);
    expect(f.completions('afterGe')[1].detail).toBe('非常满意');
  });
  it('offers earlier questions inside an open pipe', () => {
    expect(f.labels('inPipe')).toEqual(expect.arrayContaining(['vendor', 'overall']));
  });
  it('offers functions at the start of a formula', () => {
    expect(f.labels('formulaStart')).toEqual(expect.arrayContaining(['mean', 'rescale', 'vendor']));
  });
  it('offers scales in the scale argument of rescale', () => {
    expect(f.labels('scaleArg')).toEqual(['sat5', 'nps']);
  });
  it('offers the survey members at the start of a line', () => {
    expect(f.labels('memberStart')).toEqual(expect.arrayContaining(['rating', 'section', 'score', 'sample', 'title']));
  });
});

describe('half-typed: every feature answers without throwing', () => {
  const path = f.spot('afterText').path;
  const text = f.texts.get(path)!;
  it('at every offset', () => {
    for (let offset = 0; offset <= text.length; offset += 7) {
      const position = f.positionAt(path, offset);
      expect(() => hover(f.ws, path, position)).not.toThrow();
    }
    expect(documentSymbols(f.ws, path).length).toBeGreaterThan(0);
    expect(foldingRanges(f.ws, path).length).toBeGreaterThan(0);
    expect(semanticTokens(f.ws, path).data.length).toBeGreaterThan(0);
    expect(() => inlayHints(f.ws, path, { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } })).not.toThrow();
  });
});
