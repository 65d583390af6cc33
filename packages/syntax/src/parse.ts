// The one entry point every other package uses to read a `.survey` text.
import { Lexer, type IToken } from 'chevrotain';
import { allTokens, UnterminatedString, LineComment, StringLiteral } from './tokens.ts';
import { SurveyParser } from './parser.ts';
import { LineMap } from './line-map.ts';
import type { Document, TextRange } from './ast.ts';

export interface SyntaxDiagnostic {
  code: 'SVY1001' | 'SVY1002' | 'SVY1003';
  message: string;
  range: TextRange;
  /** Named parameters of the message, for the registry's template. */
  args: Record<string, string>;
}

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
  lexer ??= new Lexer(allTokens, { positionTracking: 'onlyOffset', ensureOptimizations: false });
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
    diagnostics.push({
      code: 'SVY1001',
      message: `Unexpected character${chars.length > 1 ? 's' : ''} '${chars}'.`,
      range: { start, end },
      args: { text: chars },
    });
  }
  const tokens: IToken[] = [];
  for (const t of lexed.tokens) {
    if (t.tokenType === UnterminatedString) {
      diagnostics.push({
        code: 'SVY1002',
        message: 'Unterminated string: add the closing quote " on the same line.',
        range: { start: t.startOffset, end: t.startOffset + t.image.length },
        args: {},
      });
      // Let the parser see a string so the rest of the file parses normally.
      tokens.push({ ...t, tokenType: StringLiteral, tokenTypeIdx: StringLiteral.tokenTypeIdx! });
    } else {
      tokens.push(t);
    }
  }
  const comments: Comment[] = (lexed.groups.comments ?? []).map((t: IToken) => ({
    kind: t.tokenType === LineComment ? 'line' : 'block',
    text: t.image,
    range: { start: t.startOffset, end: t.startOffset + t.image.length },
  }));

  parser.input = tokens;
  const ast = parser.document() ?? { kind: 'Document', imports: [], declarations: [], surveys: [], range: { start: 0, end: 0 } };
  ast.range = { start: 0, end: text.length };
  for (const err of parser.errors) {
    const t = err.token;
    let start: number;
    let end: number;
    if (t && typeof t.startOffset === 'number' && !Number.isNaN(t.startOffset) && t.tokenType?.name !== 'EOF') {
      start = t.startOffset;
      end = t.startOffset + t.image.length;
    } else {
      const prev = (err as { previousToken?: IToken }).previousToken;
      start = prev && Number.isFinite(prev.startOffset) ? prev.startOffset + prev.image.length : text.length;
      end = start;
    }
    const found = t && t.tokenType?.name !== 'EOF' ? `'${t.image}'` : 'end of file';
    diagnostics.push({
      code: 'SVY1003',
      message: describeParseError(err.message, found),
      range: { start, end },
      args: { found },
    });
  }
  diagnostics.sort((a, b) => a.range.start - b.range.start);
  return { ast, comments, tokens, diagnostics, lineMap, text };
}

/** chevrotain's messages name token types (`Kw_survey`); say them as the user writes them. */
function describeParseError(message: string, found: string): string {
  const cleaned = message
    .replace(/--> (.*?) <--/g, '$1')
    .replace(/Kw_([a-z_]+)/g, "'$1'")
    .replace(/\bStringLiteral\b/g, 'a "string"')
    .replace(/\bNumberLiteral\b/g, 'a number')
    .replace(/\bIdentifier\b/g, 'a name')
    .replace(/\bLangTag\b/g, 'a language tag like en:')
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
  if (/^Expecting token of type end of file/.test(first)) {
    return `Unexpected ${found} at the top level: a file holds only import, scale, choices, section and one survey { … } block; questions go inside the survey or a section.`;
  }
  if (/^Expecting: one of these possible Token sequences/.test(cleaned) || first.length > 160) {
    return `Unexpected ${found}: this is not valid here. Check the statement before it against the grammar reference.`;
  }
  return `${first.replace(/^Expecting token of type /, 'Expected ').replace(/but found:? .*$/, `but found ${found}`)}.`;
}
