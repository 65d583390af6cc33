// SVY2121: the size limit of a file question (`max 5 MB`): a known unit (B, KB, MB, GB),
// a positive size within the cap, and a unit only where a size is meant.
import { defineRule } from './rule.ts';
import { FILE_MAX_BYTES_CAP, formatBytes, sizeInBytes, sizeUnits } from '../answer-types/upload.ts';

const units = Object.keys(sizeUnits);

export default defineRule({
  name: 'file-size',
  diagnostics: [
    {
      code: 'SVY2121',
      name: 'file-size',
      severity: 'error',
      message: {
        unitOnOther: "A size unit belongs to a file question's `max`; '{id}' is a {kind} question. Remove '{unit}'.",
        noUnit: "Say the unit of '{id}''s largest file: `max {value} MB` (B, KB, MB or GB).",
        unknownUnit: "'{unit}' is not a size unit: use {units}.",
        unknownUnitNear: "'{unit}' is not a size unit: use {units}. Did you mean '{near}'?",
        notPositive: 'The largest file must be a size above zero, such as `max 5 MB`.',
        tooLarge: '{size} is more than a form can carry in its response (at most {cap}): lower `max`.',
      },
      docs: {
        summary:
          "A file question's `max` without a size unit, with a unit other than B, KB, MB or GB, or above 25 MB; or a size unit on a question that is not a file.",
        rationale:
          'The form refuses a larger file before it is read and the response schema bounds the encoded content, so the limit must be a size: `max 5 MB` (1 MB = 1024 KB, as file managers count). The content travels inside the response, so 25 MB is the most a form takes.',
        bad: 'file photo "门店照片" en: "Photo of the shop" max 5 mb\nfile report "报告" en: "Report" max 5',
        good: 'file photo "门店照片" en: "Photo of the shop" max 5 MB\nfile report "报告" en: "Report" max 500 KB',
      },
    },
  ],
  check(ctx) {
    for (const q of ctx.survey?.questions ?? []) {
      const at = (range: { start: number; end: number }, fix?: { title: string; newText: string; at?: 'end' }) =>
        ({
          code: 'SVY2121',
          file: q.file,
          range,
          fixes: fix
            ? [
                {
                  title: fix.title,
                  edits: [{ file: q.file, range: fix.at ? { start: range.end, end: range.end } : range, newText: fix.newText }],
                },
              ]
            : undefined,
        }) as const;
      for (const c of [q.node.min, q.node.max]) {
        if (c?.unit && q.kind !== 'file')
          ctx.report({ ...at(c.unit.range), messageId: 'unitOnOther', args: { id: q.id, kind: q.kind, unit: c.unit.name } });
      }
      if (q.kind !== 'file' || !q.node.max) continue;
      const max = q.node.max;
      if (!max.unit) {
        ctx.report({
          ...at(max.range, { title: 'Add MB', newText: ' MB', at: 'end' }),
          messageId: 'noUnit',
          args: { id: q.id, value: max.value?.kind === 'Number' ? max.value.raw : '5' },
        });
        continue;
      }
      if (!(max.unit.name in sizeUnits)) {
        const near = units.find(
          (u) => u.toLowerCase() === max.unit!.name.toLowerCase() || u.toLowerCase() === `${max.unit!.name.toLowerCase()}b`,
        );
        const args = { unit: max.unit.name, units: units.join(', ') };
        if (near)
          ctx.report({
            ...at(max.unit.range, { title: `Change to '${near}'`, newText: near }),
            messageId: 'unknownUnitNear',
            args: { ...args, near },
          });
        else ctx.report({ ...at(max.unit.range), messageId: 'unknownUnit', args });
        continue;
      }
      const bytes = sizeInBytes(max);
      if (bytes === undefined || bytes < 1) ctx.report({ ...at(max.range), messageId: 'notPositive', args: {} });
      else if (bytes > FILE_MAX_BYTES_CAP)
        ctx.report({ ...at(max.range), messageId: 'tooLarge', args: { size: formatBytes(bytes), cap: formatBytes(FILE_MAX_BYTES_CAP) } });
    }
  },
});
