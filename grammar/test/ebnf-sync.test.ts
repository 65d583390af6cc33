// Keeps grammar/survey.ebnf in step with the chevrotain parser in packages/syntax.
// The EBNF is written by hand for readers; this test reads the parser's own grammar
// (chevrotain's serialized GAST) and checks, rule by rule, that both name the same
// keywords, punctuation, tokens and sub-rules. A grammar change that is not mirrored
// in the EBNF (or the other way round) fails here with the rule and symbol to fix.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ISerializedGast, TokenType } from 'chevrotain';
import { grammarParser, keywords, tokens } from '@survey/syntax';

const ebnfPath = fileURLToPath(new URL('../survey.ebnf', import.meta.url));
const ebnfText = readFileSync(ebnfPath, 'utf8');

// ----------------------------------------------------------------- the EBNF side

interface EbnfRule {
  name: string;
  rhs: string;
  line: number;
}

/** Splits the file into rules: `name ::= …` up to the next rule; comments removed. */
function readEbnf(text: string): EbnfRule[] {
  // Replace comments by spaces of the same shape so line numbers stay right.
  const clean = text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  const heads = [...clean.matchAll(/^([A-Za-z_][A-Za-z0-9_]*)[ \t]*::=/gm)];
  return heads.map((m, i) => {
    const start = m.index! + m[0].length;
    const end = i + 1 < heads.length ? heads[i + 1].index! : clean.length;
    return { name: m[1], rhs: clean.slice(start, end), line: clean.slice(0, m.index!).split('\n').length };
  });
}

interface RhsSymbols {
  /** Quoted literals (keywords, punctuation) and UPPER_CASE token names. */
  terminals: Set<string>;
  /** lowerCamelCase rule references. */
  rules: Set<string>;
}

const isLexicalName = (n: string): boolean => /^[A-Z][A-Z0-9_]*$/.test(n);

function symbolsOf(rhs: string): RhsSymbols {
  const terminals = new Set<string>();
  const rules = new Set<string>();
  for (const m of rhs.matchAll(/"([^"]*)"|([A-Za-z_][A-Za-z0-9_]*)/g)) {
    if (m[1] !== undefined) terminals.add(JSON.stringify(m[1]));
    else if (isLexicalName(m[2])) terminals.add(m[2]);
    else rules.add(m[2]);
  }
  return { terminals, rules };
}

const ebnfRules = readEbnf(ebnfText);
const syntaxRules = ebnfRules.filter((r) => !isLexicalName(r.name));
const lexicalRules = ebnfRules.filter((r) => isLexicalName(r.name));
const ebnfByName = new Map(ebnfRules.map((r) => [r.name, r]));

// --------------------------------------------------------------- the parser side

/** Token names that stand for a lexical rule rather than a literal. */
const lexicalTokenNames: Record<string, string> = {
  Identifier: 'IDENTIFIER',
  MethodName: 'METHOD_NAME',
  StringLiteral: 'STRING',
  UnterminatedString: 'STRING',
  NumberLiteral: 'NUMBER',
  LangTag: 'LANG_TAG',
  QualifiedName: 'QUALIFIED_NAME',
  WhiteSpace: 'WHITESPACE',
  LineComment: 'LINE_COMMENT',
  BlockComment: 'BLOCK_COMMENT',
};

const allTokens = tokens.allTokens as TokenType[];
const tokenByName = new Map(allTokens.map((t) => [t.name, t]));

function patternSource(t: TokenType | undefined, fallback: string | undefined): string {
  const p = t?.PATTERN;
  if (p instanceof RegExp) return p.source;
  if (typeof p === 'string') return p;
  return fallback ?? '';
}

/** How a parser terminal is written in the EBNF: `"survey"`, `"{"` or `IDENTIFIER`. */
function ebnfSpelling(tokenName: string, serializedPattern?: string): string {
  if (lexicalTokenNames[tokenName]) return lexicalTokenNames[tokenName];
  const source = patternSource(tokenByName.get(tokenName), serializedPattern);
  // Keywords and punctuation are plain (possibly escaped) literals: \{ → {, \.\. → ..
  const literal = source.replace(/\\(.)/g, '$1');
  if (!literal) throw new Error(`token ${tokenName} has no literal spelling; add it to lexicalTokenNames`);
  return JSON.stringify(literal);
}

/** The word a keyword token stands for: Kw_response_rate → "response_rate". */
function keywordOf(tokenName: string): string | undefined {
  return tokenName.startsWith('Kw_') ? patternSource(tokenByName.get(tokenName), tokenName.slice(3)) : undefined;
}

interface ParserRuleSymbols {
  terminals: Set<string>;
  rules: Set<string>;
  keywords: Set<string>;
}

function collect(node: ISerializedGast, out: ParserRuleSymbols): void {
  const n = node as ISerializedGast & { name?: string; pattern?: string; separator?: ISerializedGast; definition?: ISerializedGast[] };
  if (n.type === 'Terminal' && n.name) {
    out.terminals.add(ebnfSpelling(n.name, n.pattern));
    const kw = keywordOf(n.name);
    if (kw) out.keywords.add(kw);
  } else if (n.type === 'NonTerminal' && n.name) {
    out.rules.add(n.name);
  }
  if (n.separator) collect(n.separator, out);
  for (const d of n.definition ?? []) collect(d, out);
}

const parser = grammarParser();
const productions = parser.getSerializedGastProductions() as Array<ISerializedGast & { name: string }>;
const parserRules = new Map<string, ParserRuleSymbols>();
for (const rule of productions) {
  const symbols: ParserRuleSymbols = { terminals: new Set(), rules: new Set(), keywords: new Set() };
  for (const d of (rule as { definition?: ISerializedGast[] }).definition ?? []) collect(d, symbols);
  parserRules.set(rule.name, symbols);
}

const sorted = (s: Iterable<string>): string[] => [...s].sort();
const minus = (a: Iterable<string>, b: Set<string>): string[] => sorted([...a].filter((x) => !b.has(x)));

// ------------------------------------------------------------------------- tests

describe('grammar/survey.ebnf', () => {
  it('is readable: rules found, none defined twice', () => {
    expect(syntaxRules.length).toBeGreaterThan(30);
    const seen = new Set<string>();
    const dupes = ebnfRules.filter((r) => (seen.has(r.name) ? true : (seen.add(r.name), false))).map((r) => `${r.name} (line ${r.line})`);
    expect(dupes, 'rules defined more than once').toEqual([]);
    expect(ebnfRules[0]?.name, 'the start rule comes first').toBe('document');
  });

  it('has a rule for every parser rule, and no syntax rule the parser lacks', () => {
    const parserNames = new Set(parserRules.keys());
    const ebnfNames = new Set(syntaxRules.map((r) => r.name));
    expect(minus(parserNames, ebnfNames), 'parser rules missing from the EBNF').toEqual([]);
    expect(minus(ebnfNames, parserNames), 'EBNF syntax rules with no parser rule of that name').toEqual([]);
  });

  it('the parser starts at `document`', () => {
    expect(productions[0]?.name).toBe('document');
  });

  describe.each(sorted(parserRules.keys()).filter((n) => ebnfByName.has(n)))('rule %s', (name) => {
    const fromParser = parserRules.get(name)!;
    const fromEbnf = symbolsOf(ebnfByName.get(name)!.rhs);

    it('mentions every keyword the parser rule consumes', () => {
      const missing = sorted(fromParser.keywords).filter((kw) => !fromEbnf.terminals.has(JSON.stringify(kw)));
      expect(missing, `keywords of parser rule '${name}' absent from its EBNF right-hand side`).toEqual([]);
    });

    it('uses the same terminals (keywords, punctuation, tokens)', () => {
      expect(minus(fromParser.terminals, fromEbnf.terminals), 'in the parser rule, not in the EBNF').toEqual([]);
      expect(minus(fromEbnf.terminals, fromParser.terminals), 'in the EBNF, not in the parser rule').toEqual([]);
    });

    it('uses the same sub-rules', () => {
      expect(minus(fromParser.rules, fromEbnf.rules), 'sub-rules in the parser rule, not in the EBNF').toEqual([]);
      expect(minus(fromEbnf.rules, fromParser.rules), 'sub-rules in the EBNF, not in the parser rule').toEqual([]);
    });
  });

  it('defines every lexical rule it uses, and uses every one it defines', () => {
    const defined = new Set(lexicalRules.map((r) => r.name));
    const used = new Set<string>();
    for (const r of syntaxRules) for (const t of symbolsOf(r.rhs).terminals) if (isLexicalName(t)) used.add(t);
    expect(minus(used, defined), 'lexical rules used but not defined').toEqual([]);
    // Whitespace, comments and the keyword list are not referenced by syntax rules.
    const standalone = new Set(['WHITESPACE', 'LINE_COMMENT', 'BLOCK_COMMENT', 'KEYWORD']);
    expect(minus(defined, new Set([...used, ...standalone])), 'lexical rules defined but never used').toEqual([]);
  });

  it('accounts for every token of the lexer', () => {
    const defined = new Set(lexicalRules.map((r) => r.name));
    const literalsInSyntax = new Set<string>();
    for (const r of syntaxRules) for (const t of symbolsOf(r.rhs).terminals) literalsInSyntax.add(t);
    const unaccounted: string[] = [];
    for (const t of allTokens) {
      if (t.name.startsWith('Kw_')) continue; // checked against KEYWORD below
      const spelling = ebnfSpelling(t.name);
      const ok = isLexicalName(spelling) ? defined.has(spelling) : literalsInSyntax.has(spelling);
      if (!ok) unaccounted.push(`${t.name} (${spelling})`);
    }
    expect(unaccounted, 'tokens with no lexical rule or literal in the EBNF').toEqual([]);
  });

  it('KEYWORD lists exactly the reserved words of the lexer', () => {
    const rule = ebnfByName.get('KEYWORD');
    expect(rule, 'a KEYWORD rule').toBeDefined();
    const listed = new Set([...rule!.rhs.matchAll(/"([^"]*)"/g)].map((m) => m[1]));
    const reserved = new Set(keywords);
    expect(minus(reserved, listed), 'reserved words missing from KEYWORD').toEqual([]);
    expect(minus(listed, reserved), 'words in KEYWORD that the lexer does not reserve').toEqual([]);
    const kwTokens = new Set(allTokens.filter((t) => t.name.startsWith('Kw_')).map((t) => keywordOf(t.name)!));
    expect(sorted(kwTokens)).toEqual(sorted(reserved));
  });
});

describe('the parser grammar', () => {
  it('has no definition errors (ambiguities, left recursion, duplicate occurrences)', () => {
    // skipValidations is false, so performSelfAnalysis already throws on errors; this
    // keeps the guarantee visible if someone turns validations off for speed.
    // `definitionErrors` is public at runtime but absent from chevrotain's typings.
    const { definitionErrors } = parser as unknown as { definitionErrors?: Array<{ type: unknown; message: string }> };
    expect(Array.isArray(definitionErrors), 'chevrotain exposes definitionErrors').toBe(true);
    const errors = definitionErrors!.map((e) => `${String(e.type)}: ${e.message.split('\n')[0]}`);
    expect(errors).toEqual([]);
  });
});
