// The one entry point every other package uses to read a `.survey` text.
import type { Lexer, IRecognitionException, IToken, TokenType } from 'chevrotain';
import {
  newLexer,
  UnterminatedString,
  LineComment,
  StringLiteral,
  Import,
  Scale,
  Choices,
  Section,
  Survey,
  LBrace,
  RBrace,
} from './tokens.ts';
import { SurveyParser } from './parser.ts';
import { LineMap } from './line-map.ts';
import { limitExpressionDepth, limitTokenNesting } from './nesting.ts';
import { mayBeTooDeep } from './expression-runs.ts';
import type { Document, TextRange } from './ast.ts';
import { syntaxDiagnostic, type SyntaxDiagnostic } from './diagnostic-messages.ts';

export type { SyntaxDiagnostic } from './diagnostic-messages.ts';

export interface Comment {
  kind: 'line' | 'block';
  /** Source text, including the `//` or `/* *\/` markers. */
  text: string;
  range: TextRange;
}

export interface ParseResult {
  ast: Document;
  comments: Comment[];
  /** Significant tokens (comments and whitespace excluded), for semantic tokens and completion. */
  tokens: IToken[];
  diagnostics: SyntaxDiagnostic[];
  lineMap: LineMap;
  text: string;
}

let lexer: Lexer | undefined;
let parser: SurveyParser | undefined;

/** Builds the lexer and parser on first use; `performSelfAnalysis` is the slow part. */
function instances(): { lexer: Lexer; parser: SurveyParser } {
  lexer ??= newLexer();
  parser ??= new SurveyParser();
  return { lexer, parser };
}

/** The chevrotain parser itself, for grammar tests (serialized grammar, ambiguities). */
export function grammarParser(): SurveyParser {
  return instances().parser;
}

export function parse(text: string): ParseResult {
  const { lexer, parser } = instances();
  const lineMap = new LineMap(text);
  const diagnostics: SyntaxDiagnostic[] = [];
  const lexed = lexer.tokenize(text);
  for (const err of lexed.errors) {
    const start = err.offset;
    const end = Math.min(text.length, start + Math.max(1, err.length));
    const chars = text.slice(start, end);
    diagnostics.push(syntaxDiagnostic({ code: 'SVY1001', range: { start, end }, args: { text: chars, count: Array.from(chars).length } }));
  }
  // The lexer's own array (a fresh one per call); copied only when a token is replaced.
  const tokens: IToken[] = lexed.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.tokenType === UnterminatedString) {
      diagnostics.push(syntaxDiagnostic({ code: 'SVY1002', range: { start: t.startOffset, end: t.startOffset + t.image.length } }));
      // Let the parser see a string so the rest of the file parses normally.
      tokens[i] = { ...t, tokenType: StringLiteral, tokenTypeIdx: StringLiteral.tokenTypeIdx! };
    }
  }
  const comments: Comment[] = (lexed.groups.comments ?? []).map((t: IToken) => ({
    kind: t.tokenType === LineComment ? 'line' : 'block',
    text: t.image,
    range: { start: t.startOffset, end: t.startOffset + t.image.length },
  }));

  const ast: Document = { kind: 'Document', imports: [], declarations: [], surveys: [], range: { start: 0, end: text.length } };
  const limited = limitTokenNesting(tokens);
  diagnostics.push(...limited.diagnostics);
  const chunks = topLevelChunks(limited.tokens);
  chunks.forEach((tokensOfChunk, i) => {
    let chunk = tokensOfChunk;
    const next = chunks[i + 1]?.[0];
    // Blocks left open at the end of a declaration (the usual state of a file being
    // typed) are closed with zero-width braces, so the tree keeps everything read.
    const open = unclosedBraces(chunk);
    const synthetic = new Set<IToken>();
    let end = 0;
    if (open > 0) {
      const last = chunk[chunk.length - 1];
      end = last.startOffset + last.image.length;
      for (let k = 0; k < open; k++) synthetic.add(closingBrace(end));
      chunk = [...chunk, ...synthetic];
    }
    parser.input = chunk;
    parser.partialDocument = undefined;
    const doc = parser.document() ?? parser.partialDocument;
    if (doc) {
      ast.imports.push(...doc.imports);
      ast.declarations.push(...doc.declarations);
      ast.surveys.push(...doc.surveys);
    }
    // A brace we added that the parser did not need (it had already recovered with
    // one of its own) is not the user's mistake: drop its error.
    const errors = parser.errors.filter((err) => !(synthetic.has(err.token) && err.name === 'NotAllInputParsedException'));
    const used = open - (parser.errors.length - errors.length);
    if (used > 0) {
      const found = next ? `'${next.image}'` : 'end of file';
      diagnostics.push(
        syntaxDiagnostic({ code: 'SVY1003', messageId: 'unclosed', range: { start: end, end }, args: { found, count: used } }),
      );
    }
    let afterReserved = -1;
    for (const err of errors) {
      const d = parseErrorDiagnostic(err, text, next);
      // Recovery stumbles once more on the token after a reserved word used as a name; one message is enough.
      if (
        d.code === 'SVY1003' &&
        d.range.start >= afterReserved &&
        afterReserved >= 0 &&
        /^\s*$/.test(text.slice(afterReserved, d.range.start))
      ) {
        afterReserved = -1;
        continue;
      }
      afterReserved = d.code === 'SVY2091' ? d.range.end : -1;
      diagnostics.push(d);
    }
  });
  // A parse without errors whose every run of expression tokens holds fewer operators than the
  // depth limit cannot have an expression that deep (nesting.ts): the walk of the tree is skipped.
  if (diagnostics.length > 0 || mayBeTooDeep(limited.tokens)) diagnostics.push(...limitExpressionDepth(ast));
  if (diagnostics.length) pruneRecoveredNumbers(ast);
  diagnostics.sort((a, b) => a.range.start - b.range.start);
  return { ast, comments, tokens, diagnostics, lineMap, text };
}

const topLevelStarts = new Set<TokenType>([Import, Scale, Choices, Section, Survey]);

/**
 * Splits the tokens at top-level declarations (brace depth 0), so a mistake in one
 * declaration cannot swallow the rest of the file: each chunk is parsed on its own.
 */
function topLevelChunks(tokens: IToken[]): IToken[][] {
  const chunks: IToken[][] = [];
  let from = 0;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const type = tokens[i].tokenType;
    if (depth === 0 && i > from && topLevelStarts.has(type)) {
      chunks.push(tokens.slice(from, i));
      from = i;
    }
    if (type === LBrace) depth++;
    else if (type === RBrace) depth = Math.max(0, depth - 1);
  }
  // One declaration (the usual file: one survey) is the token list itself, not a copy.
  if (from === 0) chunks.push(tokens);
  else if (from < tokens.length) chunks.push(tokens.slice(from));
  return chunks;
}

/**
 * A number the parser invented while recovering has no value (NaN). Such nodes are
 * removed so that later stages see "missing" rather than a number that is not one.
 */
function pruneRecoveredNumbers(node: unknown): void {
  if (typeof node !== 'object' || node === null) return;
  const obj = node as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    if (Array.isArray(v)) {
      const kept = v.filter((x) => !isNaNNumber(x));
      if (kept.length !== v.length) obj[key] = kept;
      for (const x of kept) pruneRecoveredNumbers(x);
    } else if (isNaNNumber(v)) {
      delete obj[key];
    } else if (typeof v === 'object' && v !== null && key !== 'range') {
      pruneRecoveredNumbers(v);
    }
  }
}

function isNaNNumber(v: unknown): boolean {
  return typeof v === 'object' && v !== null && (v as { kind?: string }).kind === 'Number' && Number.isNaN((v as { value: number }).value);
}

/** How many `{` a chunk opens and never closes. */
function unclosedBraces(tokens: IToken[]): number {
  let depth = 0;
  for (const t of tokens) {
    if (t.tokenType === LBrace) depth++;
    else if (t.tokenType === RBrace) depth = Math.max(0, depth - 1);
  }
  return depth;
}

function closingBrace(offset: number): IToken {
  return { image: '', startOffset: offset, tokenType: RBrace, tokenTypeIdx: RBrace.tokenTypeIdx!, isInsertedInRecovery: true } as IToken;
}

function parseErrorDiagnostic(err: IRecognitionException, text: string, next: IToken | undefined): SyntaxDiagnostic {
  const t = err.token;
  let start: number;
  let end: number;
  const atEnd = !t || t.tokenType?.name === 'EOF' || !Number.isFinite(t.startOffset) || t.isInsertedInRecovery === true;
  if (!atEnd) {
    start = t.startOffset;
    end = t.startOffset + t.image.length;
  } else {
    const prev = (err as { previousToken?: IToken }).previousToken;
    start = prev && Number.isFinite(prev.startOffset) ? prev.startOffset + prev.image.length : text.length;
    end = start;
  }
  const found = !atEnd ? `'${t.image}'` : next ? `'${next.image}'` : 'end of file';
  const reserved = !atEnd ? reservedWordDiagnostic(err, t, text) : undefined;
  if (reserved) return reserved;
  return describeParseError(err.message, found, { start, end });
}

/**
 * SVY2091: a reserved word where a name is expected (`single text "…"`): say so, and offer
 * `text_`. Contextual keywords (`weight`, `tag`, `rating` …) are names already and never get here.
 */
function reservedWordDiagnostic(err: IRecognitionException, t: IToken, text: string): SyntaxDiagnostic | undefined {
  const wantsName =
    /^Expecting token of type --> Identifier <--/.test(err.message) ||
    (/^Expecting: one of these possible Token sequences/.test(err.message) && /\[Identifier\]/.test(err.message));
  if (!t.tokenType?.name.startsWith('Kw_') || !wantsName) return undefined;
  // On a line of its own the keyword more likely starts the next statement after a missing name.
  const prev = (err as { previousToken?: IToken }).previousToken;
  if (prev && Number.isFinite(prev.startOffset) && /[\r\n]/.test(text.slice(prev.startOffset + prev.image.length, t.startOffset)))
    return undefined;
  const start = t.startOffset;
  const end = start + t.image.length;
  const word = t.image;
  const rename = `${word}_`;
  return syntaxDiagnostic({ code: 'SVY2091', range: { start, end }, args: { word, rename } });
}

/** chevrotain's messages name token types (`Kw_survey`); say them as the user writes them. */
function describeParseError(message: string, found: string, range: TextRange): SyntaxDiagnostic {
  const cleaned = message
    .replace(/--> (.*?) <--/g, '$1')
    .replace(/Kw_([a-z_]+)/g, "'$1'")
    .replace(/\bStringLiteral\b/g, 'a "string"')
    .replace(/\bNumberLiteral\b/g, 'a number')
    .replace(/\bIdentifier\b/g, 'a name')
    .replace(/\bLangTag\b/g, 'a language tag like en:')
    .replace(/\bMethodName\b/g, 'an allocation method (proportional, neyman, optimal, equal or fixed)')
    .replace(/\bLBrace\b/g, "'{'")
    .replace(/\bRBrace\b/g, "'}'")
    .replace(/\bLParen\b/g, "'('")
    .replace(/\bRParen\b/g, "')'")
    .replace(/\bAssign\b/g, "'='")
    .replace(/\bEqEq\b/g, "'=='")
    .replace(/\bDotDot\b/g, "'..'")
    .replace(/\bComma\b/g, "','")
    .replace(/\bEOF\b/g, 'end of file');
  const first = cleaned.split('\n')[0];
  if (/^Expecting token of type end of file/.test(first))
    return syntaxDiagnostic({ code: 'SVY1003', messageId: 'topLevel', range, args: { found } });
  if (/^Expecting: expecting at least one iteration/.test(cleaned)) {
    const m = /<\[([^\]]*)\]>/.exec(cleaned);
    const what = (m ? m[1] : 'item').replace(/^a (name|number|"string")$/, '$1').replace(/^'|'$/g, '');
    return syntaxDiagnostic({ code: 'SVY1003', messageId: 'atLeastOne', range, args: { token: what, found } });
  }
  const expected = /^Expecting token of type (.*?) but found/.exec(first);
  if (expected && first.length <= 160)
    return syntaxDiagnostic({ code: 'SVY1003', messageId: 'expected', range, args: { expected: expected[1], found } });
  return syntaxDiagnostic({ code: 'SVY1003', messageId: 'unexpected', range, args: { found } });
}
