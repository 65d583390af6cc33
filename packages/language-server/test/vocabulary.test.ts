// Completion's word lists cannot drift from the language: every keyword it offers
// is one the lexer knows, and the modes and allocations are the checker's own.
import { describe, expect, it } from 'vitest';
import { keywords } from '@survey/syntax';
import { compileText } from '@survey/compiler';
import { attributeKeywords, vocabulary } from '../src/vocabulary.ts';
import { heads, questionKinds } from '../src/completion-context.ts';

describe('completion vocabulary', () => {
  it('offers only real keywords as statement heads and attributes', () => {
    const offered = [...Object.values(heads).flat(), ...Object.values(attributeKeywords).flat(), ...questionKinds];
    expect(offered.filter((k) => !keywords.includes(k))).toEqual([]);
  });
  it('offers every question kind in a section, the flow statements (page break, screen-out) and repeat groups', () => {
    expect([...heads.section].sort()).toEqual([...questionKinds, 'page', 'screenout', 'repeat'].sort());
    expect(heads.survey).toEqual(expect.arrayContaining(['page', 'screenout', 'end', 'shuffle', 'repeat']));
  });
  it('offers modes and allocation methods the checker accepts, and only those', () => {
    const invalid = (mode: string, method: string) =>
      compileText(`survey s {\n  languages en\n  mode ${mode}\n  sample { population 100 allocate ${method} }\n}`).diagnostics.filter(
        (d) => d.code === 'SVY2022',
      ).length;
    for (const mode of vocabulary.modes) expect(invalid(mode, 'equal'), mode).toBe(0);
    for (const method of vocabulary.allocations) expect(invalid('online', method), method).toBe(0);
    expect(invalid('webpage', 'neymann')).toBe(2);
  });
});
