// The vocabulary table (src/vocabulary.ts) against the parser's own grammar, both ways:
// every word of the table is a keyword token that the parser consumes in each role the
// table gives it (and starts statements where the table says), and every keyword the
// lexer knows or the grammar consumes is in the table with a role for that rule.
import { describe, expect, it } from 'vitest';
import { grammarParser, parse, tokens, vocabulary, roleRules, statementStarts, type Block, type Role } from '../src/index.ts';
import { checkVocabulary, type GrammarRule } from './vocabulary-check.ts';

const productions = grammarParser().getSerializedGastProductions() as unknown as GrammarRule[];

describe('vocabulary table', () => {
  it('matches the lexer and the grammar both ways', () => {
    expect(checkVocabulary(vocabulary, roleRules, tokens.keywordTokenTypes, productions)).toEqual([]);
  });

  it('has each word once, with at least one role and a description', () => {
    const words = vocabulary.map((e) => e.word);
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
    for (const e of vocabulary) {
      expect(e.roles.length, e.word).toBeGreaterThan(0);
      expect(e.doc.length, e.word).toBeGreaterThan(5);
    }
  });

  it('names only parser rules in roleRules', () => {
    const names = new Set(productions.map((p) => p.name));
    const unknown = Object.entries(roleRules).flatMap(([role, rules]) => rules.filter((r) => !names.has(r)).map((r) => `${role}: ${r}`));
    expect(unknown).toEqual([]);
  });

  it('parses a statement started by each survey-level word (English and 中文 texts)', () => {
    const samples: Record<string, string> = {
      title: 'title "满意度调查" en: "Satisfaction"',
      rating: 'rating q "满意吗?" en: "Satisfied?" on nps',
      limit: 'limit questions 5',
      points: 'points 100',
    };
    for (const [word, stmt] of Object.entries(samples)) {
      expect(statementStarts('survey'), word).toContain(word);
      expect(parse(`survey s {\n  ${stmt}\n}`).diagnostics, word).toEqual([]);
    }
  });

  it('fails on a deliberate violation, each way', () => {
    const broken = (edit: (v: Array<{ word: string; roles: readonly Role[]; starts?: readonly Block[] }>) => void) => {
      const copy = vocabulary.map((e) => ({ ...e }));
      edit(copy);
      return checkVocabulary(copy, roleRules, tokens.keywordTokenTypes, productions);
    };
    // A word in a role the parser does not accept it in.
    expect(broken((v) => (v.find((e) => e.word === 'weight')!.roles = ['question-attribute']))).toEqual(
      expect.arrayContaining([
        "'weight' has role question-attribute but no rule of that role (questionAttribute) consumes it",
        "sectionDecl consumes 'weight' but the table gives it no role of that rule",
      ]),
    );
    // A keyword of the lexer missing from the table.
    expect(
      broken((v) =>
        v.splice(
          v.findIndex((e) => e.word === 'randomize'),
          1,
        ),
      ),
    ).toEqual(expect.arrayContaining(["the lexer has keyword 'randomize' that the table lacks"]));
    // A word the lexer has no token for.
    expect(broken((v) => v.push({ word: 'shown', roles: ['declaration'] }))).toEqual(
      expect.arrayContaining(["'shown' is in the table but the lexer has no keyword token for it"]),
    );
    // A statement start in a block whose rule cannot begin a statement with it.
    expect(broken((v) => (v.find((e) => e.word === 'weight')!.starts = ['survey']))).toEqual([
      "'weight' is said to start a statement in survey, but surveyDecl cannot begin one with it",
    ]);
  });
});
