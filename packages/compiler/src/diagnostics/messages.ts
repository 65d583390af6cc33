// Codes reported outside the rule modules: syntax, imports, suppressions. Rules
// declare their own definitions in their files; registry.ts joins the two lists.
import type { DiagnosticDef } from './types.ts';

export const coreMessages: DiagnosticDef[] = [
  {
    code: 'SVY0001',
    name: 'internal-error',
    severity: 'error',
    message: 'Internal error in rule {rule}: {reason}. Please report it.',
    docs: { summary: 'A check crashed. The other checks still ran; please report the input that caused it.' },
  },
  {
    code: 'SVY1001',
    name: 'unexpected-character',
    severity: 'error',
    message: 'Unexpected character \'{text}\'. Remove it, or put it inside a "string".',
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
    message: '{message}',
    docs: {
      summary: 'The text does not follow the grammar. The parser recovers and reports every error in the file, not just the first.',
      bad: 'rating q2 "服务如何？" on',
      good: 'rating q2 "服务如何？" on sat5',
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
  {
    code: 'SVY1004',
    name: 'suppression-without-reason',
    severity: 'warning',
    message: 'Say why this diagnostic is suppressed: `// survey-disable-next-line {codes} -- reason`.',
    docs: {
      summary: 'An inline suppression comment without a `-- reason`.',
      rationale: 'A suppression is a decision reviewers must be able to read.',
      bad: '// survey-disable-next-line SVY4001',
      good: '// survey-disable-next-line SVY4001 -- "研究与开发" is one department name',
    },
  },
  {
    code: 'SVY1005',
    name: 'unknown-code-in-suppression',
    severity: 'warning',
    message: "'{code}' is not a diagnostic code. Use a code such as SVY4001 (see docs/diagnostics.md).",
    docs: {
      summary: 'A suppression or config entry names a code that does not exist.',
      bad: '// survey-disable-next-line SVY9999 -- typo',
      good: '// survey-disable-next-line SVY4001 -- reason',
    },
  },
  {
    code: 'SVY1006',
    name: 'invalid-config',
    severity: 'error',
    message: 'Invalid survey.config.json: {reason}.',
    docs: {
      summary: 'The configuration file cannot be read or has a value of the wrong type.',
      bad: '{ "rules": { "SVY4001": "loud" } }',
      good: '{ "rules": { "SVY4001": "off" } }',
    },
  },
  {
    code: 'SVY1007',
    name: 'invalid-encoding',
    severity: 'error',
    message: 'This file {reason}.',
    docs: {
      summary: 'A file that is not UTF-8: UTF-16, GBK/GB18030, Latin-1 or binary data. A UTF-8 byte order mark is accepted.',
      rationale:
        'Decoding such a file as UTF-8 would turn its Chinese text into replacement characters; every command refuses it, and `survey fmt` never writes over it.',
    },
  },
  {
    code: 'SVY1008',
    name: 'nesting-too-deep',
    severity: 'error',
    message: 'Too deeply nested: {what}. Split it into several scores, or use sum(…) or mean(…) instead of a long chain of operators.',
    docs: {
      summary:
        'An expression nested more than 32 levels deep (parentheses, calls, `not`, unary minus) or more than 256 operators deep (a long chain of `+` or `and`). The expression is left out; nothing else is lost.',
      rationale: 'Limits keep every stage, and the form in the browser, far from the stack limit; no real questionnaire comes near them.',
      bad: 'score s = q1 + q2 + q3 + … + q400',
      good: 'score s = sum(q1, q2, q3, …, q400)',
    },
  },
  {
    code: 'SVY2003',
    name: 'unresolved-import',
    severity: 'error',
    message: "Cannot find imported file '{path}'. Paths are relative to the importing file.",
    docs: {
      summary: 'An import whose file does not exist or cannot be read.',
      bad: 'import "scales.survey" // file is in ../shared/',
      good: 'import "../shared/scales.survey"',
    },
  },
  {
    code: 'SVY2024',
    name: 'duplicate-survey-id',
    severity: 'error',
    message:
      "Survey id '{id}' is also used by {other}: built into one folder, their outputs would overwrite each other. Give each survey its own id.",
    docs: {
      summary:
        'Two surveys checked or built in one run have the same id (or ids that differ only by case, which collide on Windows and macOS).',
      bad: '// a.survey\nsurvey feedback { … }\n// b.survey\nsurvey Feedback { … }',
      good: '// a.survey\nsurvey feedback_store { … }\n// b.survey\nsurvey feedback_online { … }',
    },
  },
  {
    code: 'SVY2004',
    name: 'import-cycle',
    severity: 'error',
    message: 'Import cycle: {cycle}. Move the shared declarations into a file that imports nothing from this chain.',
    docs: {
      summary: 'Files that import each other, directly or through others.',
      bad: '// a.survey\nimport "b.survey"\n// b.survey\nimport "a.survey"',
      good: '// a.survey and b.survey both\nimport "common.survey"',
    },
  },
];
