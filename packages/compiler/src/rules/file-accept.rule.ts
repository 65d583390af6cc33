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
      message: {
        notFile: "`accept` lists the types of a file upload; '{id}' is a {kind} question. Remove it or make it a `file` question.",
        extension: '"{value}" is not a type a file can have: an extension is a dot and up to 16 letters or digits, such as ".pdf".',
        extensionNear:
          '"{value}" is not a type a file can have: an extension is a dot and up to 16 letters or digits. Did you mean "{near}"?',
        shape:
          '"{value}" is not a type a file can have: write a MIME type ("application/pdf"), a pattern ("image/*") or an extension (".pdf").',
        shapeNear: '"{value}" is not a type a file can have: write a MIME type, a pattern or an extension. Did you mean "{near}"?',
        topType: '"{value}" is not a type a file can have: \'{top}\' is not a MIME type; use one of {known}.',
        topTypeNear: '"{value}" is not a type a file can have: \'{top}\' is not a MIME type; use one of {known}. Did you mean "{near}"?',
      },
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
        ctx.report({
          code: 'SVY2122',
          messageId: 'notFile',
          file: q.file,
          range: q.node.acceptRange ?? q.node.kindRange,
          args: { id: q.id, kind: q.kind },
        });
        continue;
      }
      for (const entry of accept) {
        const value = entry.value.trim();
        const why = acceptProblem(value);
        if (!why) continue;
        const near = why.kind === 'topType' ? closest(why.top.toLowerCase(), mimeTopTypes) : undefined;
        const fixed = near ? near + value.slice(value.indexOf('/')) : /^[a-z0-9]{1,16}$/i.test(value) ? '.' + value : undefined;
        const place = {
          code: 'SVY2122',
          file: q.file,
          range: entry.range,
          fixes: fixed
            ? [{ title: `Change to "${fixed}"`, edits: [{ file: q.file, range: entry.range, newText: JSON.stringify(fixed) }] }]
            : undefined,
        } as const;
        if (why.kind === 'topType') {
          const args = { value, top: why.top, known: mimeTopTypes.join(', ') };
          if (fixed) ctx.report({ ...place, messageId: 'topTypeNear', args: { ...args, near: fixed } });
          else ctx.report({ ...place, messageId: 'topType', args });
        } else if (fixed)
          ctx.report({ ...place, messageId: why.kind === 'extension' ? 'extensionNear' : 'shapeNear', args: { value, near: fixed } });
        else ctx.report({ ...place, messageId: why.kind, args: { value } });
      }
    }
  },
});
