// The texts the wording rules read, with their language, tokens and a way to turn
// offsets in the value into source ranges.
import { walk, type AnyNode, type HeaderProperty, type TextPart, type TextRange, type Text } from '@survey/syntax';
import type { Question, Row, Survey } from '../model.ts';
import type { RuleContext } from '../rules/rule.ts';
import { partRange } from './source-map.ts';
import { defaultZhGlossary, tokenize, type Token } from './tokenize.ts';
import { inInstrument } from './instruments.ts';
import { LIMITS } from '../limits.ts';

export type TextRole = 'question' | 'row' | 'help';

export interface TextSite {
  file: string;
  owner: Question | Row;
  /** The question itself, or a row's matrix. */
  question: Question;
  role: TextRole;
  part: TextPart;
  lang: string;
  value: string;
  tokens: Token[];
  /** Source range of `value.slice(index, end)`. */
  range(index: number, end: number): TextRange;
}

const siteCache = new WeakMap<object, Map<string, TextSite[]>>();

/** The texts the wording rules (SVY4001–SVY4009) read: those of validated instruments used verbatim are left out. */
export function wordingTexts(ctx: RuleContext, roles: TextRole[] = ['question', 'row']): TextSite[] {
  return questionTexts(ctx, roles).filter((site) => !inInstrument(ctx, site.file, site.question.node.range.start));
}

/** Question texts and matrix row texts (and help texts when asked), in source order. Cached per binding. */
export function questionTexts(ctx: RuleContext, roles: TextRole[] = ['question', 'row']): TextSite[] {
  const s = ctx.survey;
  if (!s) return [];
  let byRoles = siteCache.get(ctx.binding);
  if (!byRoles) siteCache.set(ctx.binding, (byRoles = new Map()));
  const key = roles.join(',');
  const hit = byRoles.get(key);
  if (hit) return hit;
  // One site per text, whatever the roles asked for: the sites of every role are made once
  // (question, help, rows: collect's order) and each set of roles reads them in that order.
  let every = byRoles.get(everyRole);
  if (!every) byRoles.set(everyRole, (every = collect(ctx, s, ['question', 'help', 'row'])));
  const out = every.filter((site) => roles.includes(site.role));
  byRoles.set(key, out);
  return out;
}

const everyRole = '\u0000every';

function collect(ctx: RuleContext, s: Survey, roles: TextRole[]): TextSite[] {
  const glossary = segmentationGlossary(s);
  const out: TextSite[] = [];
  const add = (owner: Question | Row, question: Question, role: TextRole, text: Text | undefined, file: string) => {
    if (!text) return;
    for (const part of text.parts) out.push(site(ctx, s, owner, question, role, part, file, glossary));
  };
  for (const q of s.questions) {
    if (roles.includes('question')) add(q, q, 'question', q.node.text, q.file);
    if (roles.includes('help')) add(q, q, 'help', q.node.help, q.file);
    if (roles.includes('row')) for (const r of q.rows) add(r, q, 'row', r.node.text, r.file);
  }
  return out;
}

function site(
  ctx: RuleContext,
  s: Survey,
  owner: Question | Row,
  question: Question,
  role: TextRole,
  part: TextPart,
  file: string,
  glossary: string[],
): TextSite {
  const lang = part.lang ?? s.defaultLanguage;
  return new Site(file, owner, question, role, part, lang, tokenize(part.value, lang, glossary), ctx.files.get(file)?.text ?? '');
}

/** A text site; `range` is a method (not a closure per site: a large survey has tens of thousands of sites). */
class Site implements TextSite {
  readonly value: string;
  constructor(
    readonly file: string,
    readonly owner: Question | Row,
    readonly question: Question,
    readonly role: TextRole,
    readonly part: TextPart,
    readonly lang: string,
    readonly tokens: Token[],
    private readonly fileText: string,
  ) {
    // A longer text is an error of its own (SVY2044): its wording is read up to the limit, so
    // a 5 MB text costs no more than a 20,000-character one.
    this.value = part.value.length > LIMITS.literal ? part.value.slice(0, LIMITS.literal) : part.value;
  }

  range(index: number, end: number): TextRange {
    return partRange(this.fileText, this.part, index, end - index);
  }
}

/** Forgets the text sites of a binding (their token lists with them): a one-shot compile, once its rules have run. */
export function forgetTexts(binding: object): void {
  siteCache.delete(binding);
  allTextsCache.delete(binding);
}

const glossaries = new WeakMap<Survey, string[]>();

/**
 * Domain words kept whole when segmenting: the defaults plus the survey's glossary
 * terms. One array per survey, so the token cache (keyed by the array) is shared.
 */
export function segmentationGlossary(s: Survey | undefined): string[] {
  if (!s) return defaultGlossaryList;
  let list = glossaries.get(s);
  if (!list) glossaries.set(s, (list = buildGlossary(s)));
  return list;
}

const defaultGlossaryList = [...defaultZhGlossary];

function buildGlossary(s: Survey): string[] {
  const extra: string[] = [];
  for (const [term, text] of s.glossary) {
    extra.push(term);
    for (const v of Object.values(text)) if (v.length <= 8) extra.push(v);
  }
  return [...defaultZhGlossary, ...extra];
}

export interface AnyText {
  file: string;
  text: Text;
  /** `Kind:property` of the node holding the text (`Question:help`, `Option:label`), or `Header:key`. */
  holder: string;
}

const allTextsCache = new WeakMap<object, AnyText[]>();
/**
 * The texts inside one question node. The language server's incremental re-parse keeps
 * the node of every question it did not re-parse (shifting its ranges in place), so an
 * edit walks only the question it changed.
 */
const questionNodeTexts = new WeakMap<AnyNode, { file: string; texts: AnyText[] }>();

/** Every multilingual text of the entry survey and the files it imports: entry file first, then imports. Cached per binding. */
export function allTexts(ctx: RuleContext): AnyText[] {
  const hit = allTextsCache.get(ctx.binding);
  if (hit) return hit;
  const out: AnyText[] = [];
  const order = [ctx.binding.entry, ...ctx.binding.fileOrder.filter((f) => f !== ctx.binding.entry)];
  for (const path of order) {
    const file = ctx.files.get(path);
    if (!file) continue;
    const ast = file.parse.ast;
    const roots: AnyNode[] = [...ast.declarations, ...(path === ctx.binding.entry ? ast.surveys.slice(0, 1) : [])];
    const found: AnyText[] = [];
    for (const root of roots) collectTexts(root, undefined, path, found);
    found.sort((a, b) => a.text.range.start - b.text.range.start);
    for (const t of found) out.push(t); // not a spread: a large survey has more texts than a call has room for arguments
  }
  allTextsCache.set(ctx.binding, out);
  return out;
}

function collectTexts(root: AnyNode, rootParent: AnyNode | undefined, path: string, found: AnyText[]): void {
  walk(
    root,
    (n, parent) => {
      if (n.kind === 'Question' && n !== root) {
        let memo = questionNodeTexts.get(n);
        if (!memo || memo.file !== path) {
          const texts: AnyText[] = [];
          collectTexts(n, parent, path, texts);
          questionNodeTexts.set(n, (memo = { file: path, texts }));
        }
        found.push(...memo.texts);
        return false;
      }
      if (n.kind === 'Text') {
        const key = parent ? Object.keys(parent).find((k) => (parent as unknown as Record<string, unknown>)[k] === n) : undefined;
        const holder = parent?.kind === 'Header' ? `Header:${(parent as HeaderProperty).key}` : `${parent?.kind ?? ''}:${key ?? ''}`;
        found.push({ file: path, text: n as Text, holder });
        return false;
      }
      return true;
    },
    rootParent,
  );
}
