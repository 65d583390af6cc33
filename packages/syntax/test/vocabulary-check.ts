// Compares a vocabulary table with the lexer's keyword tokens and the parser's
// serialized grammar; returns one line per disagreement (empty when they agree).
// Separate from the test so the test can feed it deliberately broken tables.
import type { TokenType } from 'chevrotain';
import type { Block, Role } from '../src/vocabulary.ts';

export interface GrammarRule {
  type: string;
  name?: string;
  definition?: GrammarRule[];
  separator?: GrammarRule;
}

interface Entry {
  word: string;
  roles: readonly Role[];
  starts?: readonly Block[];
}

/** The rule whose body holds the statements of each block. */
const blockRules: Record<Block, string> = {
  document: 'document',
  survey: 'surveyDecl',
  section: 'sectionDecl',
  options: 'questionDecl',
  sample: 'sampleDecl',
  quality: 'qualityDecl',
  analysis: 'analysisDecl',
};

const keywordOf = (tokenName: string): string | undefined => (tokenName.startsWith('Kw_') ? tokenName.slice(3) : undefined);

export function checkVocabulary(
  table: readonly Entry[],
  roleRules: Record<Role, readonly string[]>,
  keywordTokens: readonly TokenType[],
  productions: readonly GrammarRule[],
): string[] {
  const problems: string[] = [];
  const byRule = new Map(productions.map((p) => [p.name!, p]));
  const direct = new Map<string, Set<string>>();
  const called = new Map<string, Set<string>>();
  for (const p of productions) {
    const kws = new Set<string>();
    const subs = new Set<string>();
    const visit = (n: GrammarRule) => {
      if (n.type === 'Terminal' && n.name && keywordOf(n.name)) kws.add(keywordOf(n.name)!);
      if (n.type === 'NonTerminal' && n.name) subs.add(n.name);
      if (n.separator) visit(n.separator);
      for (const d of n.definition ?? []) visit(d);
    };
    for (const d of p.definition ?? []) visit(d);
    direct.set(p.name!, kws);
    called.set(p.name!, subs);
  }

  // Lexer <-> table.
  const lexed = new Set(keywordTokens.map((t) => keywordOf(t.name)!));
  const words = new Set(table.map((e) => e.word));
  for (const w of words) if (!lexed.has(w)) problems.push(`'${w}' is in the table but the lexer has no keyword token for it`);
  for (const w of lexed) if (!words.has(w)) problems.push(`the lexer has keyword '${w}' that the table lacks`);

  // Table -> grammar: each role is a place where the parser consumes the word.
  for (const e of table) {
    for (const role of e.roles) {
      const rules = roleRules[role];
      if (!rules.some((r) => direct.get(r)?.has(e.word)))
        problems.push(`'${e.word}' has role ${role} but no rule of that role (${rules.join(', ')}) consumes it`);
    }
  }
  // Grammar -> table: every keyword a rule consumes has a role naming that rule.
  for (const [rule, kws] of direct) {
    for (const w of kws) {
      const entry = table.find((e) => e.word === w);
      if (!entry?.roles.some((r) => roleRules[r].includes(rule)))
        problems.push(`${rule} consumes '${w}' but the table gives it no role of that rule`);
    }
  }

  // Statement starts: consumed by the block's rule itself or first in a rule it calls.
  const first = firstKeywords(byRule);
  for (const e of table) {
    for (const block of e.starts ?? []) {
      const rule = blockRules[block];
      const ok = direct.get(rule)?.has(e.word) || [...(called.get(rule) ?? [])].some((sub) => first(sub).has(e.word));
      if (!ok) problems.push(`'${e.word}' is said to start a statement in ${block}, but ${rule} cannot begin one with it`);
    }
  }
  return problems;
}

/** FIRST sets of keywords per rule, over the serialized grammar. */
function firstKeywords(byRule: Map<string, GrammarRule>): (rule: string) => Set<string> {
  const cache = new Map<string, { first: Set<string>; nullable: boolean }>();
  const ofRule = (name: string): { first: Set<string>; nullable: boolean } => {
    const hit = cache.get(name);
    if (hit) return hit;
    const result = { first: new Set<string>(), nullable: false };
    cache.set(name, result); // left recursion guard
    Object.assign(result, ofSeq(byRule.get(name)?.definition ?? []));
    return result;
  };
  const ofSeq = (items: GrammarRule[]): { first: Set<string>; nullable: boolean } => {
    const first = new Set<string>();
    for (const item of items) {
      const f = ofNode(item);
      for (const w of f.first) first.add(w);
      if (!f.nullable) return { first, nullable: false };
    }
    return { first, nullable: true };
  };
  const ofNode = (n: GrammarRule): { first: Set<string>; nullable: boolean } => {
    switch (n.type) {
      case 'Terminal': {
        const w = n.name && keywordOf(n.name);
        return { first: new Set(w ? [w] : []), nullable: false };
      }
      case 'NonTerminal':
        return ofRule(n.name!);
      case 'Alternation': {
        const first = new Set<string>();
        let nullable = false;
        for (const alt of n.definition ?? []) {
          const f = ofNode(alt);
          for (const w of f.first) first.add(w);
          nullable ||= f.nullable;
        }
        return { first, nullable };
      }
      case 'Option':
      case 'Repetition':
      case 'RepetitionWithSeparator':
        return { first: ofSeq(n.definition ?? []).first, nullable: true };
      default: // Alternative, Rule, RepetitionMandatory(WithSeparator)
        return ofSeq(n.definition ?? []);
    }
  };
  return (rule) => ofRule(rule).first;
}
