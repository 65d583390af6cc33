// The codes the parser reports, declared here with their messages and docs so that
// the parse result and the compiler's registry (which lists them with every other
// code) render the same text from the same templates.
import { formatMessage, messageTemplate, type MessageFor } from './message-format.ts';
import type { TextRange } from './ast.ts';

export const syntaxMessages = [
  {
    code: 'SVY1001',
    name: 'unexpected-character',
    severity: 'error',
    message:
      'Unexpected {count, plural, one {character} other {characters}} \'{text}\'. Remove {count, plural, one {it} other {them}}, or put {count, plural, one {it} other {them}} inside a "string".',
    docs: {
      summary: 'A character that no token of the language starts with.',
      bad: 'single q1 "满意吗？" ；',
      good: 'single q1 "满意吗？"',
    },
  },
  {
    code: 'SVY1002',
    name: 'unterminated-string',
    severity: 'error',
    message: 'Unterminated string: add the closing quote " on the same line.',
    docs: {
      summary: 'A string literal that is not closed before the end of its line.',
      bad: 'title "满意度调查',
      good: 'title "满意度调查"',
    },
  },
  {
    code: 'SVY1003',
    name: 'syntax-error',
    severity: 'error',
    message: {
      expected: 'Expected {expected} but found {found}.',
      unexpected: 'Unexpected {found}: this is not valid here. Check the statement before it against the grammar reference.',
      topLevel:
        'Unexpected {found} at the top level: a file holds only import, scale, choices, section and one survey { … } block; questions go inside the survey or a section.',
      atLeastOne: 'Expected at least one {token} here but found {found}.',
      unclosed: "Expected '}' but found {found}: {count, plural, one {a block is} other {# blocks are}} not closed. Add the missing '}'.",
    },
    docs: {
      summary: 'The text does not follow the grammar. The parser recovers and reports every error in the file, not just the first.',
      bad: 'rating q2 "服务如何？" on',
      good: 'rating q2 "服务如何？" on sat5',
    },
  },
  {
    code: 'SVY1008',
    name: 'nesting-too-deep',
    severity: 'error',
    message: {
      nested:
        'Too deeply nested: parentheses, calls and prefix operators nest more than {max} levels deep. Split it into several scores, or use sum(…) or mean(…) instead of a long chain of operators.',
      chained:
        'Too deeply nested: this expression is more than {max} operators deep. Split it into several scores, or use sum(…) or mean(…) instead of a long chain of operators.',
    },
    docs: {
      summary:
        'An expression nested more than 32 levels deep (parentheses, calls, `not`, unary minus) or more than 256 operators deep (a long chain of `+` or `and`). The expression is left out; nothing else is lost.',
      rationale: 'Limits keep every stage, and the form in the browser, far from the stack limit; no real questionnaire comes near them.',
      bad: 'score s = q1 + q2 + q3 + … + q400',
      good: 'score s = sum(q1, q2, q3, …, q400)',
    },
  },
  {
    code: 'SVY2091',
    name: 'reserved-word',
    severity: 'error',
    message: "'{word}' is a reserved word of the language and cannot be a name here. Rename it, e.g. '{rename}'.",
    docs: {
      summary:
        'A keyword used as a name where the grammar cannot tell the two apart (`single text "…"`). The quick fix renames it, with every other such use in the file.',
      rationale:
        'Common field names (`weight`, `quality`, `rating`, `tag`, `intro`, `check`, `default`, `selected`, `answers`) are contextual and work as ids; the other keywords start or shape statements, so they stay reserved.',
      bad: 'single text "文本类型" en: "Kind of text" { a "新闻" en: "News" }',
      good: 'single text_kind "文本类型" en: "Kind of text" { a "新闻" en: "News" }',
    },
  },
] as const;

type SyntaxDef = (typeof syntaxMessages)[number];

export type SyntaxCode = SyntaxDef['code'];

export interface SyntaxDiagnostic {
  code: SyntaxCode;
  /** The variant of the code's message, when it has several. */
  messageId?: string;
  /** The message rendered from the code's template; the compiler renders it again through its registry. */
  message: string;
  range: TextRange;
  /** Named parameters of the message, for the registry's template. */
  args: Record<string, string | number>;
}

/** A parse diagnostic with its message rendered from the declared template. */
export function syntaxDiagnostic(report: MessageFor<SyntaxDef> & { range: TextRange }): SyntaxDiagnostic {
  const def = syntaxMessages.find((d) => d.code === report.code)!;
  const args: Record<string, string | number> = report.args ?? {};
  const message = formatMessage(messageTemplate(report.code, def.message, report.messageId), args);
  return { code: report.code, ...(report.messageId ? { messageId: report.messageId } : {}), message, range: report.range, args };
}
