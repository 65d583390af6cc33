// Incremental re-parse for the language server: after an edit, re-lex and re-parse
// only the survey member (or the question inside a section, or the top-level
// declaration) that contains it, splice the new node into the previous tree and
// shift the ranges after it. The result is exactly what `parse` returns on the new
// text (tests compare the two on random edits); whenever that cannot be guaranteed
// cheaply it falls back to a full `parse`:
//   - the previous parse had syntax errors, or the new region has any;
//   - the edit touches the first token of the innermost member (the member before
//     could then read it) or lies between members;
//   - the lexer does not come back in step with the old tokens right after the region
//     (a string, comment or name that now runs past it);
//   - the member rule does not consume exactly the region's tokens when the next
//     tokens are in view (it would read into the next member).
// The previous result is consumed: its tree, tokens and comments are reused and
// shifted in place, so do not use it after calling `reparse`.
import { limitExpressionDepth, limitTokenNesting } from './nesting.ts';
import type { Lexer, IToken, TokenType } from 'chevrotain';
import * as T from './tokens.ts';
import { wordsWithRole } from './vocabulary.ts';
import { grammarParser, parse, type Comment, type ParseResult } from './parse.ts';
import { LineMap } from './line-map.ts';
import type * as A from './ast.ts';
import type { SurveyParser } from './parser.ts';

/** Replace `[start, end)` of the previous text with `text`. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

export interface ReparseInfo {
  result: ParseResult;
  incremental: boolean;
  /** Why a full parse was needed, or what was re-parsed. */
  reason: string;
}

export function reparse(previous: ParseResult, change: TextChange): ParseResult {
  return reparseWithInfo(previous, change).result;
}

/** The smallest change turning `oldText` into `newText` (common prefix and suffix), or undefined if equal. */
export function changeBetween(oldText: string, newText: string): TextChange | undefined {
  if (oldText === newText) return undefined;
  // The language server asks twice per keystroke for the same pair (re-parse, then check cache).
  if (lastChange && lastChange.oldText === oldText && lastChange.newText === newText) return { ...lastChange.change };
  const max = Math.min(oldText.length, newText.length);
  // Blocks first (comparing two slices is a memory comparison), then characters.
  let start = 0;
  while (start + BLOCK <= max && oldText.slice(start, start + BLOCK) === newText.slice(start, start + BLOCK)) start += BLOCK;
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  const oldEnd = oldText.length;
  const newEnd = newText.length;
  let suffix = 0;
  while (
    suffix + BLOCK <= max - start &&
    oldText.slice(oldEnd - suffix - BLOCK, oldEnd - suffix) === newText.slice(newEnd - suffix - BLOCK, newEnd - suffix)
  )
    suffix += BLOCK;
  while (suffix < max - start && oldText.charCodeAt(oldEnd - 1 - suffix) === newText.charCodeAt(newEnd - 1 - suffix)) suffix++;
  const change = { start, end: oldEnd - suffix, text: newText.slice(start, newEnd - suffix) };
  lastChange = { oldText, newText, change };
  return { ...change };
}

const BLOCK = 1024;
let lastChange: { oldText: string; newText: string; change: TextChange } | undefined;

/** For caches that only see whole texts: re-parse `newText` from `previous` when it can. */
export function reparseText(previous: ParseResult, newText: string): ParseResult {
  const change = changeBetween(previous.text, newText);
  return change ? reparse(previous, change) : previous;
}

// ------------------------------------------------------------------ internals
type RuleName =
  | 'importDecl'
  | 'scaleDecl'
  | 'choicesDecl'
  | 'sectionDecl'
  | 'surveyDecl'
  | 'headerProperty'
  | 'limitDecl'
  | 'totalPointsDecl'
  | 'glossaryDecl'
  | 'questionDecl'
  | 'hiddenDecl'
  | 'scoreDecl'
  | 'letDecl'
  | 'checkDecl'
  | 'repeatDecl'
  | 'targetDecl'
  | 'sampleDecl'
  | 'qualityDecl'
  | 'analysisDecl'
  | 'pageDecl'
  | 'screenoutDecl'
  | 'endDecl'
  | 'shuffleDecl';

const questionKinds = wordsWithRole('question-kind').map(T.keywordToken);
const headerKeys = wordsWithRole('header').map(T.keywordToken);

/** Which rule parses a member starting with a token, per container. */
const memberRules = new Map<TokenType, RuleName>([
  ...headerKeys.map((k) => [k, 'headerProperty'] as const),
  ...questionKinds.map((k) => [k, 'questionDecl'] as const),
  [T.Limit, 'limitDecl'],
  [T.Points, 'totalPointsDecl'],
  [T.Glossary, 'glossaryDecl'],
  [T.Scale, 'scaleDecl'],
  [T.Choices, 'choicesDecl'],
  [T.Section, 'sectionDecl'],
  [T.Hidden, 'hiddenDecl'],
  [T.Score, 'scoreDecl'],
  [T.Let, 'letDecl'],
  [T.Check, 'checkDecl'],
  [T.Repeat, 'repeatDecl'],
  [T.Target, 'targetDecl'],
  [T.Sample, 'sampleDecl'],
  [T.Quality, 'qualityDecl'],
  [T.Analysis, 'analysisDecl'],
  [T.Page, 'pageDecl'],
  [T.ScreenOut, 'screenoutDecl'],
  [T.End, 'endDecl'],
  [T.Shuffle, 'shuffleDecl'],
]);
const questionRules = new Map<TokenType, RuleName>(questionKinds.map((k) => [k, 'questionDecl'] as const));
const declarationRules = new Map<TokenType, RuleName>([
  [T.Scale, 'scaleDecl'],
  [T.Choices, 'choicesDecl'],
  [T.Section, 'sectionDecl'],
]);

/** chevrotain parser members this module switches off for a region parse (chevrotain 11). */
interface ChevrotainInternals {
  recoveryEnabled: boolean;
  attemptInRepetitionRecovery: (...args: unknown[]) => void;
  exportLexerState(): number;
}

/** A list slot holding the node that contains the edit, and the rules allowed in it. */
interface Slot {
  list: A.NodeBase[];
  index: number;
  rules: Map<TokenType, RuleName>;
  /** Nodes that contain the slot, outermost first (their ends move with the edit). */
  ancestors: A.NodeBase[];
}

let lexer: Lexer | undefined;
function regionLexer(): Lexer {
  lexer ??= T.newLexer();
  return lexer;
}

export function reparseWithInfo(previous: ParseResult, change: TextChange): ReparseInfo {
  const old = previous.text;
  const start = Math.max(0, Math.min(change.start, old.length));
  const end = Math.max(start, Math.min(change.end, old.length));
  const text = old.slice(0, start) + change.text + old.slice(end);
  const full = (reason: string): ReparseInfo => ({ result: parse(text), incremental: false, reason });
  const delta = change.text.length - (end - start);

  if (previous.diagnostics.length > 0) return full('the previous parse had syntax errors');
  const slot = findSlot(previous, start, end);
  if (!slot) return full('the edit is not inside one member');
  const target = slot.list[slot.index];
  const regionStart = target.range.start;
  const regionEndOld = target.range.end;

  // Re-lex from the member's start to the end of the first old token or comment after it.
  const follow = firstItemAtOrAfter(previous, regionEndOld);
  const windowEnd = follow ? follow.end + delta : text.length;
  const lexed = regionLexer().tokenize(text.slice(regionStart, windowEnd));
  if (lexed.errors.length > 0) return full('characters the lexer rejects');
  const regionEnd = regionEndOld + delta;
  const tokens: IToken[] = [];
  const comments: Comment[] = [];
  let synced = !follow;
  for (const t of lexed.tokens) {
    const s = t.startOffset + regionStart;
    if (follow && s === follow.start + delta && t.image === follow.image) {
      synced = true;
      break;
    }
    if (t.tokenType === T.UnterminatedString) return full('an unterminated string');
    if (typeof t.endOffset === 'number') t.endOffset += regionStart;
    t.startOffset = s;
    tokens.push(t);
  }
  for (const c of lexed.groups.comments ?? []) {
    const s = c.startOffset + regionStart;
    if (follow && s === follow.start + delta && c.image === follow.image) {
      synced = true;
      continue;
    }
    if (s + c.image.length > regionEnd) return full('a comment runs past the member');
    comments.push({ kind: c.tokenType === T.LineComment ? 'line' : 'block', text: c.image, range: { start: s, end: s + c.image.length } });
  }
  if (!synced) return full('the lexer does not come back in step after the member');
  if (tokens.length === 0 || tokens[tokens.length - 1].startOffset + tokens[tokens.length - 1].image.length > regionEnd)
    return full('tokens run past the member');
  for (let i = 1; i < tokens.length; i++) {
    // `/` `*` side by side would open a block comment that may close after the region.
    if (tokens[i].tokenType === T.Star && tokens[i - 1].tokenType === T.Slash && tokens[i].startOffset === tokens[i - 1].startOffset + 1)
      return full('a possible block comment');
  }
  if (limitTokenNesting(tokens).diagnostics.length) return full('parentheses nested too deep');
  const rule = slot.rules.get(tokens[0].tokenType);
  if (!rule) return full(`no member starts with '${tokens[0].image}' here`);

  // Parse the region with the next old tokens in view: the rule must stop exactly at the region's end.
  const firstAfter = tokenIndexAtOrAfter(previous.tokens, regionEndOld);
  const lookahead = previous.tokens.slice(firstAfter, firstAfter + 3);
  // Recovery off while doing so: as a start rule its follow set is end-of-input, and
  // chevrotain's in-repetition recovery (installed on the instance when recovery is
  // configured) would skip the lookahead tokens instead of stopping before them.
  const parser = grammarParser() as unknown as SurveyParser & Record<RuleName, () => A.NodeBase | undefined> & ChevrotainInternals;
  parser.input = [...tokens, ...lookahead];
  let node: A.NodeBase | undefined;
  let consumed: number;
  const savedRecovery = parser.recoveryEnabled;
  const savedRepetitionRecovery = parser.attemptInRepetitionRecovery;
  parser.recoveryEnabled = false;
  parser.attemptInRepetitionRecovery = () => undefined;
  try {
    node = parser[rule]();
    consumed = parser.exportLexerState() + 1;
  } finally {
    parser.recoveryEnabled = savedRecovery;
    parser.attemptInRepetitionRecovery = savedRepetitionRecovery;
  }
  // Called as a start rule, chevrotain reports the unread lookahead as "redundant input": that is the expected stop.
  const errors = parser.errors.filter(
    (e) => !(e.name === 'NotAllInputParsedException' && e.token === lookahead[0] && consumed === tokens.length),
  );
  if (errors.length > 0 || !node) return full('the member has syntax errors');
  if (consumed !== tokens.length) return full('the member would read into the next one');
  if (limitExpressionDepth({ node }).length) return full('an expression too deep');

  // Splice: shift everything after the old region (the walk also stretches the
  // ancestors, whose ranges straddle it), then swap the node in.
  const firstOld = tokenIndexAtOrAfter(previous.tokens, regionStart);
  if (delta !== 0) {
    shiftAfter(previous.ast, regionEndOld, delta, target);
    for (let i = firstAfter; i < previous.tokens.length; i++) {
      const t = previous.tokens[i];
      t.startOffset += delta;
      if (typeof t.endOffset === 'number') t.endOffset += delta;
    }
  }
  slot.list[slot.index] = node;
  forgetRanges(slot.ancestors);
  // The previous token list, spliced in place (it is consumed with the rest of the previous result).
  const newTokens = previous.tokens;
  newTokens.splice(firstOld, firstAfter - firstOld, ...tokens);

  const newComments: Comment[] = [];
  for (const c of previous.comments) {
    if (c.range.end <= regionStart) newComments.push(c);
  }
  for (const c of comments) newComments.push(c);
  for (const c of previous.comments) {
    if (c.range.start >= regionEndOld) {
      if (delta !== 0) {
        c.range.start += delta;
        c.range.end += delta;
      }
      newComments.push(c);
    }
  }
  previous.ast.range = { start: 0, end: text.length };
  const result: ParseResult = {
    ast: previous.ast,
    comments: newComments,
    tokens: newTokens,
    diagnostics: [],
    lineMap: spliceLineMap(previous.lineMap, start, end, change.text, text),
    text,
  };
  origins.set(result, { previous: new WeakRef(previous), old: target, node, delta });
  return { result, incremental: true, reason: `re-parsed ${(target as { kind?: string }).kind ?? 'node'} ${regionStart}..${regionEnd}` };
}

/**
 * What an incremental re-parse changed: the one member node it replaced (`old`, left
 * with its ranges of the previous text) by `node`, every other node of `previous`'s tree
 * kept and its ranges at or after `old`'s end moved by `delta` in place. The compiler's
 * bind cache reuses the previous binding when the two nodes differ only in text.
 */
export interface ReparseOrigin {
  previous: WeakRef<ParseResult>;
  old: A.NodeBase;
  node: A.NodeBase;
  delta: number;
}

const origins = new WeakMap<ParseResult, ReparseOrigin>();

/** How `result` was made from the previous parse, when it came from one incremental re-parse. */
export function reparseOrigin(result: ParseResult): ReparseOrigin | undefined {
  return origins.get(result);
}

/** The innermost list element that strictly contains the edit (after its first token). */
function findSlot(previous: ParseResult, start: number, end: number): Slot | undefined {
  const doc = previous.ast;
  const firstTokenEnd = (n: A.NodeBase): number => {
    const i = tokenIndexAtOrAfter(previous.tokens, n.range.start);
    const t = previous.tokens[i];
    return t && t.startOffset === n.range.start ? t.startOffset + t.image.length : Infinity;
  };
  const inside = (n: A.NodeBase) => firstTokenEnd(n) <= start && end <= n.range.end;
  const find = (list: A.NodeBase[]) => {
    const i = indexContaining(list, start);
    return i >= 0 && inside(list[i]) ? i : -1;
  };
  for (const [list, rules] of [
    [doc.imports, new Map([[T.Import, 'importDecl']])],
    [doc.declarations, declarationRules],
  ] as Array<[A.NodeBase[], Map<TokenType, RuleName>]>) {
    const i = find(list);
    if (i >= 0) return { list, index: i, rules: rules as Map<TokenType, RuleName>, ancestors: [] };
  }
  const si = find(doc.surveys);
  if (si < 0) return undefined;
  const survey = doc.surveys[si];
  const mi = find(survey.members);
  if (mi < 0) return undefined; // inside the survey but between members: the survey is the whole file, parse it all
  const member = survey.members[mi];
  if (member.kind === 'Section' && member.hasBody) {
    const qi = find(member.questions);
    if (qi >= 0) return { list: member.questions, index: qi, rules: questionRules, ancestors: [survey, member] };
  }
  return { list: survey.members, index: mi, rules: memberRules, ancestors: [survey] };
}

/** Binary search: the element whose range starts at or before `offset` and is the last such one. */
function indexContaining(list: A.NodeBase[], offset: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].range.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the first token starting at or after `offset`. */
function tokenIndexAtOrAfter(tokens: IToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].startOffset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first old token or comment at or after `offset`. */
function firstItemAtOrAfter(previous: ParseResult, offset: number): { start: number; end: number; image: string } | undefined {
  const t = previous.tokens[tokenIndexAtOrAfter(previous.tokens, offset)];
  let best = t ? { start: t.startOffset, end: t.startOffset + t.image.length, image: t.image } : undefined;
  // Comments are few; a linear scan from the end of the list is cheap enough.
  let lo = 0;
  let hi = previous.comments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (previous.comments[mid].range.start < offset) lo = mid + 1;
    else hi = mid;
  }
  const c = previous.comments[lo];
  if (c && (!best || c.range.start < best.start)) best = { start: c.range.start, end: c.range.end, image: c.text };
  return best;
}

/**
 * Shifts every range that starts at or after `from` and stretches those that straddle
 * it; skips subtrees that end before it. The parser never shares a range object
 * between two nodes, so each is moved once (the equality tests would see otherwise).
 */
function shiftAfter(root: unknown, from: number, delta: number, skip: unknown): void {
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || value === skip) return;
    // A node wholly after the edit: every range inside it moves the same way.
    const start = (value as A.NodeBase).range?.start;
    if (typeof start === 'number' && start >= from && !Array.isArray(value)) {
      for (const r of rangesIn(value)) {
        r.start += delta;
        r.end += delta;
      }
      return;
    }
    if (Array.isArray(value)) {
      // Elements are in source order: skip those that end before the edit.
      let i = 0;
      if (value.length > 8 && isRanged(value[0])) {
        let lo = 0;
        let hi = value.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          const r = (value[mid] as A.NodeBase).range;
          if (r && r.end < from) lo = mid + 1;
          else hi = mid;
        }
        i = lo;
      }
      for (; i < value.length; i++) visit(value[i]);
      return;
    }
    const obj = value as Record<string, unknown>;
    const range = obj.range as A.TextRange | undefined;
    if (range && range.end < from) return;
    for (const key in obj) {
      const v = obj[key];
      if (v === null || typeof v !== 'object') continue;
      if (key === 'range' || key.endsWith('Range')) shiftRange(v as A.TextRange, from, delta);
      else if (key.endsWith('Ranges') && Array.isArray(v)) for (const r of v) shiftRange(r as A.TextRange, from, delta);
      else visit(v);
    }
  };
  visit(root);
}

/**
 * Every range object inside a node (its own included), as `shiftAfter` finds them,
 * listed once per node: a member after an edit is moved by walking a flat list on every
 * keystroke instead of the tree. A node the re-parse splices into drops its list
 * (`forgetRanges`), so a list never misses a node added later.
 */
const rangeLists = new WeakMap<object, A.TextRange[]>();

function rangesIn(node: object): A.TextRange[] {
  let list = rangeLists.get(node);
  if (list) return list;
  const out: A.TextRange[] = [];
  const collect = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) collect(v);
      return;
    }
    const obj = value as Record<string, unknown>;
    for (const key in obj) {
      const v = obj[key];
      if (v === null || typeof v !== 'object') continue;
      if (key === 'range' || key.endsWith('Range')) out.push(v as A.TextRange);
      else if (key.endsWith('Ranges') && Array.isArray(v)) for (const r of v) out.push(r as A.TextRange);
      else collect(v);
    }
  };
  collect(node);
  list = out;
  rangeLists.set(node, list);
  return list;
}

function forgetRanges(nodes: readonly object[]): void {
  for (const n of nodes) rangeLists.delete(n);
}

function isRanged(v: unknown): v is A.NodeBase {
  return typeof v === 'object' && v !== null && typeof (v as A.NodeBase).range === 'object';
}

function shiftRange(r: A.TextRange, from: number, delta: number): void {
  if (r.start >= from) {
    r.start += delta;
    r.end += delta;
  } else if (r.end >= from) {
    r.end += delta;
  }
}

/** The line table of the new text from the old one: keep, rescan the edited span, shift. */
function spliceLineMap(old: LineMap, start: number, end: number, inserted: string, text: string): LineMap {
  const starts = old.lineStarts;
  const out: number[] = [0];
  for (let i = 1; i < starts.length && starts[i] < start; i++) out.push(starts[i]);
  // Rescan from just before the edit (a CR there may now be followed by LF) to just after it.
  const scanFrom = Math.max(0, start - 1);
  const scanTo = Math.min(text.length, start + inserted.length + 1);
  for (let p = scanFrom; p < scanTo; p++) {
    const c = text.charCodeAt(p);
    let next = -1;
    if (c === 13) next = text.charCodeAt(p + 1) === 10 ? -1 : p + 1;
    else if (c === 10) next = p + 1;
    if (next >= start && next > out[out.length - 1]) out.push(next);
  }
  const delta = inserted.length - (end - start);
  for (let j = 0; j < starts.length; j++) {
    const s = starts[j] + delta;
    if (starts[j] > end && s > scanTo) out.push(s);
  }
  const map = Object.create(LineMap.prototype) as LineMap;
  Object.defineProperty(map, 'text', { value: text, enumerable: true });
  Object.defineProperty(map, 'lineStarts', { value: out, enumerable: true });
  return map;
}
