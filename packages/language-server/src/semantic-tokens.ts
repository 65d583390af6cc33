// Semantic tokens for names only: what a name refers to is known from the binder,
// which the TextMate grammar cannot know. Keywords, strings and comments stay with
// the grammar.
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import { functions, type SymbolKind } from '@survey/compiler';
import { walk, type Call } from '@survey/syntax';
import type { Workspace } from './workspace.ts';

const tokenTypes = ['namespace', 'class', 'type', 'enum', 'enumMember', 'struct', 'variable', 'property', 'function', 'macro'] as const;
const tokenModifiers = ['declaration', 'readonly', 'defaultLibrary'] as const;

export const legend: SemanticTokensLegend = { tokenTypes: [...tokenTypes], tokenModifiers: [...tokenModifiers] };

type TokenType = (typeof tokenTypes)[number];
const byKind: Record<SymbolKind, TokenType> = {
  survey: 'class',
  section: 'namespace',
  question: 'variable',
  row: 'property',
  hidden: 'variable',
  scale: 'type',
  choices: 'enum',
  code: 'enumMember',
  score: 'variable',
  calc: 'variable',
  strata: 'struct',
  stratum: 'enumMember',
  glossary: 'macro',
  roster: 'namespace',
};
const mod = (m: (typeof tokenModifiers)[number]) => 1 << tokenModifiers.indexOf(m);

export function semanticTokens(ws: Workspace, path: string): SemanticTokens {
  const result = ws.result(path);
  const file = result.files.get(path);
  const builder = new SemanticTokensBuilder();
  if (!file) return builder.build();
  const found = new Map<number, { length: number; type: TokenType; mods: number }>();
  const add = (start: number, end: number, type: TokenType, mods = 0) => {
    if (end > start && !found.has(start)) found.set(start, { length: end - start, type, mods });
  };
  for (const d of result.binding.declarations) {
    if (d.file === path)
      add(d.nameRange.start, d.nameRange.end, byKind[d.kind], mod('declaration') | (d.kind === 'score' ? mod('readonly') : 0));
  }
  for (const r of result.binding.references) {
    if (r.file !== path) continue;
    if (r.target) add(r.range.start, r.range.end, byKind[r.target.kind], r.target.kind === 'score' ? mod('readonly') : 0);
    else if (r.expected.includes('scale') && result.survey?.scales.get(r.name)?.builtin)
      add(r.range.start, r.range.end, 'type', mod('defaultLibrary'));
  }
  walk(file.parse.ast, (n) => {
    if (n.kind !== 'Call') return;
    const callee = (n as Call).callee;
    if (functions[callee.name]) add(callee.range.start, callee.range.end, 'function', mod('defaultLibrary'));
  });
  const map = file.parse.lineMap;
  for (const [start, t] of [...found].sort((a, b) => a[0] - b[0])) {
    const p = map.position(start);
    builder.push(p.line, p.character, t.length, tokenTypes.indexOf(t.type), t.mods);
  }
  return builder.build();
}
