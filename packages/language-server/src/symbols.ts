// The outline (document symbols, from the tree so it follows the nesting) and
// workspace symbols (from the binder's declarations in every known survey).
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { SymbolKind as SurveySymbolKind } from '@survey/compiler';
import type * as A from '@survey/syntax';
import type { ParseResult } from '@survey/syntax';
import { rangeIn, toRange } from './convert.ts';
import type { Workspace } from './workspace.ts';

const kinds: Record<SurveySymbolKind, SymbolKind> = {
  survey: SymbolKind.Module,
  section: SymbolKind.Namespace,
  question: SymbolKind.Field,
  row: SymbolKind.Property,
  hidden: SymbolKind.Variable,
  scale: SymbolKind.Enum,
  choices: SymbolKind.Enum,
  code: SymbolKind.EnumMember,
  score: SymbolKind.Function,
  calc: SymbolKind.Variable,
  strata: SymbolKind.Struct,
  stratum: SymbolKind.Constant,
  glossary: SymbolKind.String,
  roster: SymbolKind.Array,
};

const excerpt = (t: A.Text | undefined) => {
  const v = t?.parts[0]?.value ?? '';
  return v.length > 40 ? v.slice(0, 39) + '…' : v;
};

/**
 * The outline of one parse (an editor asks for it from several features per version).
 * The symbols are shared between answers (and between versions, see below): callers
 * serialise them and must not change them.
 */
const outlines = new WeakMap<ParseResult, DocumentSymbol[]>();
/**
 * A question's symbols, by question node: the incremental re-parse keeps the node of
 * every question it did not re-parse, so after a keystroke only the edited question's
 * outline is built again. Reused while the question starts at the same line and
 * character (then every position inside it is the same).
 */
const questionOutlines = new WeakMap<A.QuestionDecl, { line: number; character: number; length: number; symbols: DocumentSymbol[] }>();

export function documentSymbols(ws: Workspace, path: string): DocumentSymbol[] {
  const file = ws.result(path).files.get(path);
  if (!file) return [];
  let outline = outlines.get(file.parse);
  if (!outline) outlines.set(file.parse, (outline = buildOutline(file.parse)));
  return outline.slice();
}

function buildOutline(parse: ParseResult): DocumentSymbol[] {
  const map = parse.lineMap;
  const sym = (
    name: string | undefined,
    kind: SymbolKind,
    node: A.NodeBase,
    id: A.NodeBase | undefined,
    detail = '',
    children: DocumentSymbol[] = [],
  ): DocumentSymbol[] => {
    const range = toRange(map, node.range);
    const inside = id && id.range.start >= node.range.start && id.range.end <= node.range.end;
    return [{ name: name || '(unnamed)', kind, detail, range, selectionRange: inside ? toRange(map, id.range) : range, children }];
  };
  const options = (opts: A.ChoiceOption[]) =>
    opts.flatMap((o) => (o.code ? sym(o.code.kind === 'Number' ? o.code.raw : o.code.name, kinds.code, o, o.code, excerpt(o.label)) : []));
  const question = (q: A.QuestionDecl): DocumentSymbol[] => {
    const start = map.position(q.range.start);
    const length = q.range.end - q.range.start;
    const hit = questionOutlines.get(q);
    if (hit && hit.line === start.line && hit.character === start.character && hit.length === length) return hit.symbols;
    const symbols = sym(q.id?.name, kinds.question, q, q.id, `${q.questionKind} ${excerpt(q.text)}`, [
      ...q.rows.flatMap((r) => sym(r.id?.name, kinds.row, r, r.id, excerpt(r.text))),
      ...options(q.options),
    ]);
    questionOutlines.set(q, { line: start.line, character: start.character, length, symbols });
    return symbols;
  };
  const shared = (d: A.ScaleDecl | A.ChoicesDecl | A.SectionDecl): DocumentSymbol[] => {
    if (d.kind === 'Scale') return sym(d.id?.name, kinds.scale, d, d.id, 'scale');
    if (d.kind === 'Choices') return sym(d.id?.name, kinds.choices, d, d.id, 'choices', options(d.options));
    return sym(d.id?.name, kinds.section, d, d.id, excerpt(d.title) || 'section', d.questions.flatMap(question));
  };
  const member = (m: A.SurveyMember): DocumentSymbol[] => {
    switch (m.kind) {
      case 'Scale':
      case 'Choices':
      case 'Section':
        return shared(m);
      case 'Question':
        return question(m);
      case 'Hidden':
        return sym(
          m.id?.name,
          kinds.hidden,
          m,
          m.id,
          `hidden ${m.valueType ?? (m.from ? `from ${m.from.name}` : '')} ${excerpt(m.label)}`.trim(),
        );
      case 'Score':
        return sym(m.id?.name, kinds.score, m, m.id, excerpt(m.label) || 'score');
      case 'Let':
        return sym(m.id?.name, kinds.calc, m, m.id, excerpt(m.label) || 'let');
      case 'Target':
        return sym(
          `target ${m.subject?.name ?? ''}`,
          SymbolKind.Event,
          m,
          m.subject,
          `${m.op ?? ''} ${m.negative ? '-' : ''}${m.value?.raw ?? ''}`,
        );
      case 'Glossary':
        return sym(
          'glossary',
          SymbolKind.Object,
          m,
          undefined,
          '',
          m.entries.flatMap((e) => sym(e.term.name, kinds.glossary, e, e.term, excerpt(e.text))),
        );
      case 'Sample':
        return sym(
          'sample',
          SymbolKind.Object,
          m,
          undefined,
          '',
          m.strata.flatMap((s) =>
            sym(
              s.id?.name,
              kinds.strata,
              s,
              s.id,
              'strata',
              s.strata.flatMap((h) => sym(h.id.name, kinds.stratum, h, h.id, `N_h ${h.size?.raw ?? '?'}`)),
            ),
          ),
        );
      case 'Quality':
      case 'Analysis':
        return sym(m.kind.toLowerCase(), SymbolKind.Object, m, undefined);
      default:
        return [];
    }
  };
  const ast = parse.ast;
  return [
    ...ast.declarations.flatMap(shared),
    ...ast.surveys.flatMap((s) => sym(s.id?.name, kinds.survey, s, s.id, 'survey', s.members.flatMap(member))),
  ].sort((a, b) => a.range.start.line - b.range.start.line);
}

export function workspaceSymbols(ws: Workspace, query: string): SymbolInformation[] {
  const q = query.toLowerCase();
  const seen = new Set<string>();
  const out: SymbolInformation[] = [];
  for (const result of ws.projectResults()) {
    for (const d of result.binding.declarations) {
      const key = `${d.file}:${d.nameRange.start}`;
      if (seen.has(key) || !d.name.toLowerCase().includes(q)) continue;
      seen.add(key);
      out.push({
        name: d.name,
        kind: kinds[d.kind],
        containerName: d.container,
        location: { uri: ws.uriOf(d.file), range: rangeIn(result, d.file, d.nameRange) },
      });
    }
  }
  return out;
}
