// SVY5001: a battery — consecutive rating or matrix questions in one section — whose
// scales differ in the number of points or in direction. Respondents carry the first
// scale's layout into the next item and answer on the wrong end.
import { defineRule } from '../rule.ts';
import type { Question, Scale } from '../../model.ts';

const batteryKinds = new Set(['rating', 'matrix']);

export default defineRule({
  name: 'battery-consistency',
  diagnostics: [
    {
      code: 'SVY5001',
      name: 'inconsistent-battery',
      severity: 'warning',
      message:
        "'{id}' uses scale '{scale}' ({shape}) but '{first}' just before it in the same battery uses '{firstScale}' ({firstShape}). Use one scale layout across a battery.",
      docs: {
        summary:
          'Consecutive rating/matrix questions in one section (a battery) on scales with different numbers of points or opposite directions.',
        rationale:
          'Switching the number of points or the direction within a battery causes answers on the wrong end of the scale (Krosnick & Presser 2010 on response-scale consistency; GB/T 19038 recommends one satisfaction scale throughout).',
        bad: 'rating speed "响应速度" on sat5\nrating attitude "服务态度" on sat7',
        good: 'rating speed "响应速度" on sat5\nrating attitude "服务态度" on sat5',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    for (const sec of s.sections) {
      let run: Question[] = [];
      const flush = () => {
        checkRun(run);
        run = [];
      };
      for (const q of sec.questions) {
        if (batteryKinds.has(q.kind) && q.scale) run.push(q);
        else flush();
      }
      flush();
    }

    function checkRun(run: Question[]): void {
      if (run.length < 2) return;
      const first = run[0];
      const a = first.scale!;
      for (const q of run.slice(1)) {
        const b = q.scale!;
        if (![a.min, a.max, a.step, b.min, b.max, b.step].every(Number.isFinite)) return;
        if (b === a || (points(a) === points(b) && a.descending === b.descending)) continue;
        const at = q.node.scale?.range ?? q.node.id?.range ?? q.node.range;
        ctx.report({
          code: 'SVY5001',
          file: q.file,
          range: at,
          args: { id: q.id, scale: b.id, shape: shape(b), first: first.id, firstScale: a.id, firstShape: shape(a) },
          related: [{ file: first.file, range: first.node.scale?.range ?? first.node.range, message: `'${first.id}' uses '${a.id}'` }],
          fixes: q.node.scale
            ? [{ title: `Use scale '${a.id}'`, edits: [{ file: q.file, range: q.node.scale.range, newText: a.id }] }]
            : undefined,
        });
        return;
      }
    }
  },
});

function points(s: Scale): number {
  return Math.round((s.max - s.min) / s.step) + 1;
}

function shape(s: Scale): string {
  return `${points(s)} points${s.descending ? ', descending' : ''}`;
}
