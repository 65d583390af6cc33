// Completion's word lists cannot drift from the language: every keyword it offers
// is one the lexer knows, and the modes and allocations are the checker's own.
import { describe, expect, it } from 'vitest';
import { keywords } from '@survey/syntax';
// Not exported by the compiler's public API; read from the rule that checks them.
import { allocations, modes } from '../../compiler/src/rules/header-values.rule.ts';
import { attributeKeywords, vocabulary } from '../src/vocabulary.ts';
import { heads, questionKinds } from '../src/completion-context.ts';

describe('completion vocabulary', () => {
  it('offers only real keywords as statement heads and attributes', () => {
    const offered = [...Object.values(heads).flat(), ...Object.values(attributeKeywords).flat(), ...questionKinds];
    expect(offered.filter((k) => !keywords.includes(k))).toEqual([]);
  });
  it('offers every question kind', () => {
    expect([...heads.section].sort()).toEqual([...questionKinds].sort());
  });
  it('uses the checker’s modes and allocation methods', () => {
    expect([...vocabulary.modes]).toEqual(modes);
    expect([...vocabulary.allocations]).toEqual(allocations);
  });
});
