// SVY2045: a `pattern` whose matching time can explode (nested quantifiers such as
// `(a+)+$`): every validator that runs it — ajv on the server, the form in the browser —
// hangs on a crafted or merely unlucky answer. Detected with safe-regex2's star-height
// analysis rather than by timing a match.
import safeRegex from 'safe-regex2';
import { defineRule } from './rule.ts';

export default defineRule({
  name: 'unsafe-pattern',
  diagnostics: [
    {
      code: 'SVY2045',
      name: 'catastrophic-pattern',
      severity: 'error',
      message:
        "The pattern of '{question}' nests repetitions (like `(a+)+`), so checking one answer can take longer than the age of the universe. Repeat each part once: `^[a-z]+$` instead of `^([a-z]+)+$`.",
      docs: {
        summary: 'A `pattern` with nested quantifiers, whose matching time grows exponentially with the answer length.',
        rationale:
          'Validators (ajv, the browser) backtrack: `(a+)+$` against 30 characters and one wrong one takes minutes, which hangs the form and lets one response stall a server.',
        bad: 'text code "您的邀请码?" en: "Your invitation code?" pattern "^([A-Z0-9]+)+$"',
        good: 'text code "您的邀请码?" en: "Your invitation code?" pattern "^[A-Z0-9]+$"',
      },
    },
  ],
  check(ctx) {
    for (const q of ctx.survey?.questions ?? []) {
      if (q.kind !== 'text' || q.pattern === undefined || !q.node.pattern) continue;
      try {
        new RegExp(q.pattern, 'u');
      } catch {
        continue; // SVY2018 reports an invalid pattern.
      }
      if (!safeRegex(q.pattern)) ctx.report({ code: 'SVY2045', file: q.file, range: q.node.pattern.range, args: { question: q.id } });
    }
  },
});
