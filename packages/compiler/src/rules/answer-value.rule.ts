// SVY2120: a file, geopoint or signature answer read as a value (compared, computed with,
// scored, piped or analysed). Such an answer is only answered or not: `answered(photo)`.
import { defineRule } from './rule.ts';
import { enclosingCall, surveyExpressions, walkExpr } from '../expr-walk.ts';
import { opaqueKindName, opaqueKinds } from '../answer-types/kinds.ts';

export default defineRule({
  name: 'answer-value',
  diagnostics: [
    {
      code: 'SVY2120',
      name: 'answer-value',
      severity: 'error',
      message: "'{name}' is {what}: it has no value to {use}. Only `answered({name})` can read it.",
      docs: {
        summary: 'A file, geopoint or signature question used in a comparison, a formula, a score, a pipe or an analysis request.',
        rationale:
          'These answers are objects (a file with its name, type, size and content; a latitude and longitude; an image). They are not numbers or codes, so the form cannot compare them and the analysis does not compute with them; whether they were given is what a condition can ask.',
        bad: 'file photo "门店照片" en: "Photo of the shop"\ntext why "为什么?" en: "Why?" when photo > 0\nscore s = photo + 1',
        good: 'file photo "门店照片" en: "Photo of the shop" optional\ntext why "为什么没有照片?" en: "Why is there no photo?" when not answered(photo)',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    // The first question of each id, as a lookup (a search per reference was quadratic).
    const byId = new Map<string, (typeof s.questions)[number]>();
    for (const q of s.questions) if (!byId.has(q.id)) byId.set(q.id, q);
    const opaque = (name: string) => {
      const q = byId.get(name);
      return q && opaqueKinds.has(q.kind) ? q : undefined;
    };
    const reported = new Set<string>();
    const report = (file: string, range: { start: number; end: number }, name: string, use: string) => {
      const key = `${file}:${range.start}`;
      const q = opaque(name);
      if (!q || reported.has(key)) return;
      reported.add(key);
      ctx.report({ code: 'SVY2120', file, range, args: { name, what: opaqueKindName(q.kind), use } });
    };
    for (const { expr, file } of surveyExpressions(s)) {
      walkExpr(expr, (e, parents) => {
        if (e.kind !== 'NameRef') return;
        if (ctx.binding.referenceAt.get(e)?.target?.kind !== 'question') return;
        if (enclosingCall(parents)?.callee.name === 'answered') return;
        report(file, e.range, e.name, 'compare or compute with');
      });
    }
    for (const r of ctx.binding.references) {
      if (r.target?.kind !== 'question') continue;
      if (r.context === 'pipe') report(r.file, r.range, r.name, 'show in a text');
      else if (r.context === 'analysis' || r.context === 'quality') report(r.file, r.range, r.name, 'analyse');
    }
  },
});
