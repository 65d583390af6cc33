// SVY2122: `accept` on a question that is not a file, or an entry that is not a MIME
// type (`application/pdf`), a pattern (`image/*`) or an extension (`.pdf`).
import { defineRule } from './rule.ts';
import { acceptProblem, mimeTopTypes } from '../answer-types/upload.ts';
import { closest } from '../text-distance.ts';

export default defineRule({
  name: 'file-accept',
  diagnostics: [
    {
      code: 'SVY2122',
      name: 'file-accept',
      severity: 'error',
      message: '{problem}',
      docs: {
        summary:
          'An `accept` entry that is not a MIME type, a `type/*` pattern or a file extension, or `accept` on a question that is not a file.',
        rationale:
          "The form offers and checks files by these types (the browser's file picker filters by them) and the response schema lists them; an entry no file can have would silently refuse every upload.",
        bad: 'file photo "门店照片" en: "Photo of the shop" accept "imgae/*", "pdf"',
        good: 'file photo "门店照片" en: "Photo of the shop" accept "image/*", ".pdf"',
      },
    },
  ],
  check(ctx) {
    for (const q of ctx.survey?.questions ?? []) {
      const accept = q.node.accept;
      if (!accept) continue;
      if (q.kind !== 'file') {
        const problem = `\`accept\` lists the types of a file upload; '${q.id}' is a ${q.kind} question. Remove it or make it a \`file\` question.`;
        ctx.report({ code: 'SVY2122', file: q.file, range: q.node.acceptRange ?? q.node.kindRange, args: { problem } });
        continue;
      }
      for (const entry of accept) {
        const value = entry.value.trim();
        const why = acceptProblem(value);
        if (!why) continue;
        const near = why.near ? closest(why.near, mimeTopTypes) : undefined;
        const fixed = near ? near + value.slice(value.indexOf('/')) : /^[a-z0-9]{1,16}$/i.test(value) ? '.' + value : undefined;
        const problem = `"${value}" is not a type a file can have: ${why.reason}.${fixed ? ` Did you mean "${fixed}"?` : ''}`;
        ctx.report({
          code: 'SVY2122',
          file: q.file,
          range: entry.range,
          args: { problem },
          fixes: fixed
            ? [{ title: `Change to "${fixed}"`, edits: [{ file: q.file, range: entry.range, newText: JSON.stringify(fixed) }] }]
            : undefined,
        });
      }
    }
  },
});
