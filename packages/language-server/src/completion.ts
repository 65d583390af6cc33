// Completion: keywords that fit the block and statement, question ids in
// conditions and formulas, scale and choice-list names, codes after `==`,
// language codes and translation tags, piped ids inside texts. A space opens it
// after `on`, `from`, `when`, `and` and `or`, and nowhere else; a quote or a slash
// only in an import's path, which completes folders and .survey files.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import {
  codesOf,
  functions,
  hiddenCodes,
  pickText,
  scaleOf,
  textFormats,
  type ChoiceList,
  type CompileResult,
  type Declaration,
  type SymbolKind,
} from '@survey/compiler';
import { keywordEntry } from '@survey/syntax';
import { toOffset } from './convert.ts';
import {
  cursorContext,
  enclosingCall,
  heads,
  image,
  questionKinds,
  typeName,
  type BlockKind,
  type CursorContext,
} from './completion-context.ts';
import { snippetBlocks, snippets } from './snippets.ts';
import { signatureLabel } from './signature.ts';
import { importPathItems } from './imports.ts';
import { attributeKeywords, languageCodes, vocabulary } from './vocabulary.ts';
import type { Workspace } from './workspace.ts';
import { acceptItems, sizeUnitItems } from './answer-types.ts';
import { rosterPathItems, whereItems } from './roster-completion.ts';

const itemKinds: Record<SymbolKind, CompletionItemKind> = {
  question: CompletionItemKind.Variable,
  row: CompletionItemKind.Field,
  hidden: CompletionItemKind.Variable,
  scale: CompletionItemKind.Enum,
  choices: CompletionItemKind.Enum,
  code: CompletionItemKind.EnumMember,
  section: CompletionItemKind.Module,
  score: CompletionItemKind.Value,
  calc: CompletionItemKind.Variable,
  strata: CompletionItemKind.Struct,
  stratum: CompletionItemKind.Constant,
  glossary: CompletionItemKind.Text,
  survey: CompletionItemKind.Module,
  roster: CompletionItemKind.Module,
};

const operandBefore = new Set([
  'Kw_when',
  'Kw_default',
  'Kw_and',
  'Kw_or',
  'Kw_not',
  'LParen',
  'Comma',
  'Assign',
  'Plus',
  'Minus',
  'Star',
  'Slash',
  'EqEq',
  'NotEq',
  'Lt',
  'LtEq',
  'Gt',
  'GtEq',
  'Kw_has',
  'Kw_where',
]);
const comparators = new Set(['EqEq', 'NotEq', 'Kw_has', 'Lt', 'LtEq', 'Gt', 'GtEq']);

/** Words after which typing a space opens completion (the client sends ' ' as the trigger). */
const openAfterSpace = new Set(['Kw_on', 'Kw_from', 'Kw_when', 'Kw_and', 'Kw_or', 'Kw_accept']);

const quietTriggers = new Set([' ', '"', '/']);

/** A cheap look at the line before the cursor, before any compile: can this trigger open completion here? */
function mayOpen(ws: Workspace, path: string, position: Position, trigger: string): boolean {
  const line = ws.host.readFile(path)?.split('\n')[position.line];
  if (line === undefined) return false;
  const before = line.slice(0, position.character);
  if (trigger === ' ') return /\b(on|from|when|and|or)\s$/.test(before);
  return /^\s*import\s+"/.test(before);
}

/**
 * `trigger`: the character that made the client ask, when it was a trigger character.
 * `snippetSupport`: the client takes snippet items (new survey, scale, a question of each kind).
 */
export function completion(ws: Workspace, path: string, position: Position, trigger?: string, snippetSupport = false): CompletionItem[] {
  // A space, a quote or a slash is typed all the time: answer (and compile) only where it may open something.
  if (trigger && quietTriggers.has(trigger) && !mayOpen(ws, path, position, trigger)) return [];
  const result = ws.result(path);
  const file = result.files.get(path);
  if (!file) return [];
  const offset = toOffset(file.parse.lineMap, position);
  const ctx = cursorContext(file.parse, offset);
  // Every space is a trigger: answer only after the words that take a name.
  if (trigger === ' ' && (ctx.kind !== 'code' || ctx.word || !openAfterSpace.has(typeName(ctx.prev)))) return [];
  const names = new Names(ws.namesResult(path), path, offset);
  if (ctx.kind === 'comment') return [];
  const inImport = ctx.kind === 'string' && ctx.head === 'import' && ctx.block === 'document';
  if ((trigger === '"' || trigger === '/') && !inImport) return [];
  if (inImport) {
    const typed = ctx.stringBefore ?? '';
    const segment = typed.length - typed.lastIndexOf('/') - 1;
    const replace = { start: file.parse.lineMap.position(offset - segment), end: position };
    return importPathItems(path, typed, replace);
  }
  if (ctx.kind === 'string') return /\{[A-Za-z0-9_]*$/.test(ctx.stringBefore ?? '') ? names.values() : [];

  const prev = typeName(ctx.prev);
  const listAfter = (key: string) => image(ctx.prev) === key || (ctx.head === key && prev === 'Comma');
  if (prev === 'Kw_on') return ctx.head === 'drivers' ? names.of(['question', 'row']) : [...names.of(['scale']), names.builtinNps()];
  const inQuestion = questionKinds.includes(ctx.head ?? '');
  // In a question, `from` takes a choice list or an earlier question to carry options forward from.
  if (prev === 'Kw_from') {
    if (!inQuestion) return names.of(['choices']);
    const survey = ws.namesResult(path).survey;
    const here = survey?.variables.get(image(ctx.statement[1]));
    const before = here && !('matrix' in here) ? here.number : Infinity;
    const sources = new Set(
      (survey?.questions ?? []).filter((q) => (q.kind === 'single' || q.kind === 'multi') && q.number < before).map((q) => q.id),
    );
    return [...names.of(['choices']), ...names.of(['question']).filter((i) => sources.has(i.label))];
  }
  if (inQuestion && typeName(ctx.prev2) === 'Kw_from' && names.of(['question']).some((i) => i.label === image(ctx.prev)))
    return ['selected', 'not selected'].map((label) => ({
      label,
      kind: CompletionItemKind.Keyword,
      documentation: keywordEntry('selected')?.doc,
    }));
  // A file question: common types after `accept` (and its commas), size units after `max 5`.
  if (ctx.head === 'file' && (prev === 'Kw_accept' || (prev === 'Comma' && image(ctx.prev2)?.startsWith('"')))) return acceptItems();
  if (ctx.head === 'file' && prev === 'NumberLiteral' && typeName(ctx.prev2) === 'Kw_max') return sizeUnitItems();
  if (prev === 'Kw_as' && inQuestion)
    return Object.entries(textFormats).map(([label, f]) => ({ label, kind: CompletionItemKind.EnumMember, documentation: f.doc }));
  // `default …`: the question's own codes first, then answers and values to compute it from.
  if (prev === 'Kw_default' && inQuestion) return [...names.codes(image(ctx.statement[1])), ...names.values()];
  if (listAfter('languages')) return languageCodes.map((c) => ({ label: c, kind: CompletionItemKind.Constant }));
  if (listAfter('mode')) return words(vocabulary.modes);
  if (prev === 'Kw_allocate') return words(vocabulary.allocations);
  if (prev === 'Kw_target') return [...names.of(['score']), { label: 'response_rate', kind: CompletionItemKind.Keyword }];
  if (prev === 'Kw_section' && ctx.block === 'survey') return names.of(['section']).filter((i) => i.data !== path);
  if (['Kw_straightline', 'Kw_attention', 'Kw_alpha', 'Kw_drivers'].includes(prev) || listAfter('drivers'))
    return names.of(['question', 'row']);
  if (typeName(ctx.prev2) === 'Kw_chart') return names.of(['question', 'row', 'score']);
  if (prev === 'Kw_by' && ctx.head === 'strata') return names.of(['hidden']);
  if (prev === 'Kw_by' || listAfter('breakdown'))
    return [...names.of(['strata', 'question', 'hidden']), { label: 'tag', kind: CompletionItemKind.Keyword }];

  if (comparators.has(prev) && typeName(ctx.prev2) === 'Identifier') {
    const codes = names.codes(image(ctx.prev2));
    if (codes.length) return codes;
  }
  // `sum(members.` and `count(members ` (roster-completion.ts)
  if (ctx.kind === 'code') {
    const rosterItems =
      rosterPathItems(ws.namesResult(path), file.text.slice(file.parse.lineMap.offset({ line: position.line, character: 0 }), offset)) ??
      whereItems(ws.namesResult(path), ctx);
    if (rosterItems) return rosterItems;
  }
  const expr = expressionKind(ctx);
  if (expr && operandBefore.has(prev)) return expressionItems(ctx, expr, names);
  const keywords = keywordItems(ctx, ws.namesResult(path));
  // At the start of a line: the snippets that may start a statement here.
  const lineStart = file.parse.lineMap.offset({ line: position.line, character: 0 });
  const before = file.text.slice(lineStart, ctx.word ? ctx.word.startOffset : offset);
  if (!snippetSupport || before.trim() !== '') return keywords;
  return [...keywords, ...snippetItems(ctx.block)];
}

function snippetItems(block: BlockKind): CompletionItem[] {
  return Object.entries(snippets)
    .filter(([name]) => snippetBlocks(name).includes(block))
    .map(([name, s]) => ({
      label: s.prefix,
      kind: CompletionItemKind.Snippet,
      detail: name,
      documentation: s.description,
      insertTextFormat: InsertTextFormat.Snippet,
      insertText: s.body.join('\n').replace(/\t/g, '  '),
      sortText: '~' + s.prefix, // after the keyword of the same name
    }));
}

/** `when …` is a condition; `score x = …` and `let x = …` formulas. */
function expressionKind(ctx: CursorContext): 'condition' | 'formula' | undefined {
  const st = ctx.statement.map(typeName);
  if ((ctx.head === 'score' || ctx.head === 'let') && st.includes('Assign')) return 'formula';
  if (st.includes('Kw_when') || st.includes('Kw_default')) return 'condition';
  return undefined;
}

function expressionItems(ctx: CursorContext, expr: 'condition' | 'formula', names: Names): CompletionItem[] {
  const call = enclosingCall(ctx);
  const sig = call && functions[call.name];
  if (sig) {
    const kind = sig.args[Math.min(call.arg, sig.args.length - 1)];
    if (kind === 'scale') return [...names.of(['scale']), names.builtinNps()];
    if (kind === 'section') return names.of(['section']);
  }
  if (expr === 'condition') return names.values();
  const fns = Object.values(functions).map((f) => ({
    label: f.name,
    kind: CompletionItemKind.Function,
    detail: signatureLabel(f),
    documentation: f.doc,
  }));
  // A calculated value reads answers, hidden variables and other calculated values; a score also reads scores.
  const reads: SymbolKind[] = ctx.head === 'let' ? ['question', 'row', 'hidden', 'calc'] : ['question', 'row', 'calc', 'score'];
  return [...names.of(reads), ...fns];
}

function keywordItems(ctx: CursorContext, result: CompileResult): CompletionItem[] {
  const out = new Set<string>(heads[ctx.block]);
  if (ctx.head) for (const k of attributeKeywords[questionKinds.includes(ctx.head) ? 'question' : ctx.head] ?? []) out.add(k);
  if (ctx.block === 'scale' || ctx.block === 'choices' || ctx.block === 'options' || ctx.block === 'strata')
    for (const k of attributeKeywords[ctx.block] ?? []) out.add(k);
  const items: CompletionItem[] = [...out].sort().map((k) => ({ label: k, kind: CompletionItemKind.Keyword }));
  // After a text: a translation tag for each declared language not written yet.
  if (typeName(ctx.prev) === 'StringLiteral') {
    const survey = result.survey;
    const used = new Set<string>();
    for (let i = ctx.statement.length - 1; i >= 0 && ['StringLiteral', 'LangTag'].includes(typeName(ctx.statement[i])); i--) {
      if (typeName(ctx.statement[i]) === 'LangTag') used.add(image(ctx.statement[i]).slice(0, -1));
    }
    const langs = survey ? survey.languages.slice(1) : [];
    for (const l of langs.filter((x) => !used.has(x)))
      items.unshift({
        label: `${l}:`,
        kind: CompletionItemKind.Property,
        detail: 'translation',
        insertText: `${l}: ""`,
        sortText: '0' + l,
      });
  }
  return items;
}

const words = (list: readonly string[]): CompletionItem[] => list.map((w) => ({ label: w, kind: CompletionItemKind.EnumMember }));

/** Declared names as completion items, with the model's texts as details. */
class Names {
  constructor(
    private result: CompileResult,
    private path: string,
    private offset: number,
  ) {}

  /** `earlierOnly`: conditions and pipes may only name questions declared before. */
  of(kinds: SymbolKind[], earlierOnly = false): CompletionItem[] {
    const seen = new Set<string>();
    const out: CompletionItem[] = [];
    for (const d of this.result.binding.declarations) {
      if (!kinds.includes(d.kind) || seen.has(d.name)) continue;
      if (earlierOnly && d.file === this.path && d.range.end > this.offset) continue;
      seen.add(d.name);
      out.push({ label: d.name, kind: itemKinds[d.kind], detail: this.detail(d), data: d.file });
    }
    return out;
  }

  /** What a condition or a pipe may read: earlier answers, hidden variables and calculated values wherever declared. */
  values(): CompletionItem[] {
    return [...this.of(['question', 'row'], true), ...this.of(['hidden', 'calc'])];
  }

  builtinNps(): CompletionItem {
    return { label: 'nps', kind: CompletionItemKind.Enum, detail: 'built-in 0–10 scale' };
  }

  codes(variable: string): CompletionItem[] {
    const survey = this.result.survey;
    const h = survey?.hidden.get(variable);
    const v = h ? undefined : survey?.variables.get(variable);
    const codes = (h ? hiddenCodes(h) : codesOf(v)) ?? [];
    const scale = scaleOf(v);
    const lang = survey?.defaultLanguage;
    return codes.map((c, i) => {
      const label = scale
        ? pickText(scale.points.find((p) => p.value === c)?.label, lang)
        : (h ?? (v && 'choices' in v ? v : undefined))
          ? pickText((h ?? (v as { choices?: ChoiceList })).choices?.options.find((o) => o.code === c)?.label, lang)
          : '';
      return { label: String(c), kind: CompletionItemKind.EnumMember, detail: label || undefined, sortText: String(i).padStart(3, '0') };
    });
  }

  private detail(d: Declaration): string {
    const survey = this.result.survey;
    const v = d.kind === 'question' || d.kind === 'row' ? survey?.variables.get(d.name) : undefined;
    if (v && 'number' in v) return `Q${v.number} ${v.kind} · ${pickText(v.text, survey?.defaultLanguage)}`;
    if (v) return `row · ${pickText(v.text, survey?.defaultLanguage)}`;
    const h = d.kind === 'hidden' ? survey?.hidden.get(d.name) : undefined;
    if (h) return `hidden ${h.choices ? `from ${h.choices.id}` : h.type} · ${pickText(h.label, survey?.defaultLanguage)}`;
    return d.kind;
  }
}
