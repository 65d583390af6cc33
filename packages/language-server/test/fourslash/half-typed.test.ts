// Completion while typing: the statement is unfinished and the file does not parse,
// yet the server still answers from the tokens and what the binder recovered.
import { describe, expect, it } from 'vitest';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { questionKinds } from '@survey/syntax';
import { Fourslash } from './harness.ts';
import { snippets } from '../../src/index.ts';
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
  it('opens on a typed space after on, from and when, with what fits there', () => {
    expect(f.labels('afterOn', ' ')).toEqual(['sat5', 'nps']);
    expect(f.labels('afterFrom', ' ')).toEqual(['vendors', 'vendor']);
    expect(f.labels('afterWhen', ' ')).toEqual(expect.arrayContaining(['vendor', 'overall']));
    expect(f.labels('afterWhen', ' ')).not.toContain('rating');
  });
  it('stays closed on any other space', () => {
    expect(f.labels('afterText', ' ')).toEqual([]);
    expect(f.labels('memberStart', ' ')).toEqual([]);
    expect(f.labels('afterGe', ' ')).toEqual([]);
    // Asked for (Ctrl+Space) rather than triggered, it answers as before.
    expect(f.labels('afterText').length).toBeGreaterThan(0);
  });
  it('offers the codes of the compared question after ==', () => {
    expect(f.labels('afterEq')).toEqual(['a', 'b']);
  });
  it('offers scale points after >= on a rating: every grid point, labelled ones with their label', () => {
    expect(f.labels('afterGe')).toEqual(['1', '2', '3', '4', '5']);
    expect(f.completions('afterGe')[4].detail).toBe('非常满意');
    expect(f.completions('afterGe')[2].detail).toBeUndefined();
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
  it('offers the snippets that may start a statement here, to clients that take snippets', () => {
    const items = f.completions('memberStart', undefined, true).filter((i) => i.kind === CompletionItemKind.Snippet);
    expect(items.map((i) => i.label).sort()).toEqual(['choices', 'scale', ...questionKinds].sort());
    const rating = items.find((i) => i.label === 'rating')!;
    expect(rating.insertTextFormat).toBe(InsertTextFormat.Snippet);
    expect(rating.insertText).toBe(snippets['Question: rating'].body.join('\n'));
    expect(f.completions('memberStart').some((i) => i.kind === CompletionItemKind.Snippet)).toBe(false);
    expect(f.completions('afterText', undefined, true).some((i) => i.kind === CompletionItemKind.Snippet)).toBe(false);
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
