// SVY2076: `as …` with a form the language does not know, or on a question that is not `text`.
import { defineRule } from './rule.ts';
import { textFormats } from '../text-formats.ts';
import { closest } from '../text-distance.ts';

export default defineRule({
  name: 'text-format',
  diagnostics: [
    {
      code: 'SVY2076',
      name: 'text-format',
      severity: 'error',
      message: {
        notText: "`as {format}` is the form of a text answer; '{id}' is a {kind} question. Make it `text` or remove `as`.",
        unknown: "'{format}' is not a form of text answer: use one of {known}.",
        unknownNear: "'{format}' is not a form of text answer: use one of {known}. Did you mean '{near}'?",
      },
      docs: {
        summary: 'An `as` form that is not one of email, phone, url, time, datetime, or `as` on a question that is not `text`.',
        rationale:
          'The form of a text answer sets its input (keyboard on a phone), its check in the form and its pattern in the response schema; it only exists for these forms of text.',
        bad: 'text mail "电子邮箱" en: "E-mail" as mail\nnumber age "年龄" en: "Age" as phone',
        good: 'text mail "电子邮箱" en: "E-mail" as email\ntext mobile "手机号码" en: "Mobile number" as phone',
      },
    },
  ],
  check(ctx) {
    const known = Object.keys(textFormats);
    for (const q of ctx.survey?.questions ?? []) {
      const f = q.node.format;
      if (!f?.name) continue;
      if (q.kind !== 'text') {
        ctx.report({
          code: 'SVY2076',
          messageId: 'notText',
          file: q.file,
          range: f.range,
          args: { format: f.name, id: q.id, kind: q.kind },
        });
      } else if (!(f.name in textFormats)) {
        const near = closest(f.name, known);
        const at = { code: 'SVY2076', file: q.file, range: f.range } as const;
        if (!near) ctx.report({ ...at, messageId: 'unknown', args: { format: f.name, known: known.join(', ') } });
        else
          ctx.report({
            ...at,
            messageId: 'unknownNear',
            args: { format: f.name, known: known.join(', '), near },
            fixes: [{ title: `Change to '${near}'`, edits: [{ file: q.file, range: f.range, newText: near }] }],
          });
      }
    }
  },
});
