// Codes reported outside the rule modules: imports, suppressions, config, encoding.
// Rules declare their own definitions in their files and the parser's codes are in
// @survey/syntax (diagnostic-messages.ts); registry.ts joins the lists.
import type { DiagnosticDef } from './types.ts';

export const coreMessages = [
  {
    code: 'SVY0001',
    name: 'internal-error',
    severity: 'error',
    message: 'Internal error in rule {rule}: {reason}. Please report it.',
    docs: { summary: 'A check crashed. The other checks still ran; please report the input that caused it.' },
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
    message: {
      default: "'{code}' is not a diagnostic code. Use a code such as SVY4001 (see docs/diagnostics.md).",
      inRules:
        "'{code}' is not a diagnostic code, rule name or category. Use a code such as SVY4001, a name such as jargon, or a category ({categories}); see docs/diagnostics.md.",
      inOptions:
        "'{code}' is not a diagnostic code or rule name. Use a code such as SVY3003 or a name such as jargon (see docs/diagnostics.md).",
    },
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
    message: {
      unreadable: 'Invalid survey.config.json: cannot read the file ({error}). Check that it is a file you may read.',
      notJson: 'Invalid survey.config.json: not valid JSON ({error}). Fix the JSON syntax.',
      notObject: 'Invalid survey.config.json: the top level must be an object. Write { "rules": { … } }.',
      mustBe: 'Invalid survey.config.json: "{field}" must be {expected}.',
      profile: 'Invalid survey.config.json: "profile" must be one of {names}.',
      unknownKey: 'Invalid survey.config.json: unknown key "{key}". Remove it, or use one of {known}.',
      noOptions: 'Invalid survey.config.json: "options.{code}": {code} ({name}) takes no options.',
      unknownOption: 'Invalid survey.config.json: "options.{code}.{key}" is not an option of {code} ({name}); it takes {keys}.',
    },
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
    message: {
      invalidUtf8: 'This file is not valid UTF-8 (saved as GBK, GB18030, Latin-1 or binary?). Save it as UTF-8; nothing was changed.',
      utf16: 'This file is UTF-16 ({endian}-endian). Save it as UTF-8; nothing was changed.',
    },
    docs: {
      summary: 'A file that is not UTF-8: UTF-16, GBK/GB18030, Latin-1 or binary data. A UTF-8 byte order mark is accepted.',
      rationale:
        'Decoding such a file as UTF-8 would turn its Chinese text into replacement characters; every command refuses it, and `survey fmt` never writes over it.',
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
] as const satisfies readonly DiagnosticDef[];
