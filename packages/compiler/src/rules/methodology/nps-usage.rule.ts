// SVY5005: NPS only on an `nps` question. A rating on a home-made 0–10 scale that
// asks about recommending should be declared `nps` (then nps() scores it with the
// standard bands); an nps question averaged or rescaled in a score is not the Net
// Promoter Score.
import type * as A from '@survey/syntax';
import { defineRule } from '../rule.ts';
import { findTerms, isChinese, partRange, tokenize } from '../../wording/index.ts';
import { walkExpr, enclosingCall } from '../../expr-walk.ts';

const recommend = { en: ['recommend', 'recommending', 'recommended'], zh: ['推荐', '推薦'] };
const averaging = new Set(['mean', 'sum', 'rescale', 'topbox']);

/** Whether a text could name recommending: a text without these letters never does (incremental/text-rules.ts). */
export function mayAskRecommend(text: string): boolean {
  const t = text.normalize('NFKC').toLowerCase();
  return [...recommend.en, ...recommend.zh].some((w) => t.includes(w));
}

export default defineRule({
  name: 'nps-usage',
  diagnostics: [
    {
      code: 'SVY5005',
      name: 'nps-misuse',
      severity: 'warning',
      message: {
        notDeclared:
          "'{id}' asks about recommending on the 0–10 scale '{scale}' but is a rating question. Declare it `nps` so nps() scores it with the standard bands (promoters 9–10, detractors 0–6).",
        averaged:
          "'{id}' is an nps question; {fn}() of it is not the Net Promoter Score. Use nps({id}) (or, for the mean likelihood, a rating question on a 0–10 scale).",
      },
      docs: {
        summary:
          'A likelihood-to-recommend rating on a custom 0–10 scale that is not declared `nps`, or an `nps` question averaged, summed or rescaled in a score instead of scored with nps().',
        rationale:
          'NPS is defined on exactly 0–10 with promoters 9–10 and detractors 0–6: 100 × (promoters − detractors) / valid answers. Its mean is a different statistic; never infer NPS from an arbitrary 0–10 scale (methodology.md, "Scales").',
        bad: 'scale likely 0..10 anchored { 0 "不可能" 10 "极有可能" }\nrating recommend "您向朋友推荐我们的可能性有多大?" on likely\nscore nps_score = mean(recommend)',
        good: 'nps recommend "您向朋友推荐我们的可能性有多大?"\nscore nps_score = nps(recommend)',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    for (const q of s.questions) {
      if (q.kind !== 'rating' || !q.scale || q.scale.builtin || q.scale.min !== 0 || q.scale.max !== 10 || q.scale.step !== 1) continue;
      const asksRecommend = (q.node.text?.parts ?? []).some((p) => {
        const lang = p.lang ?? s.defaultLanguage;
        return findTerms(p.value, tokenize(p.value, lang), lang, isChinese(lang) ? recommend.zh : recommend.en).length > 0;
      });
      if (!asksRecommend) continue;
      const text = ctx.files.get(q.file)?.text ?? '';
      const fixes = [];
      if (q.node.scale) {
        const before = text.slice(0, q.node.scale.range.start);
        const on = /\s+on\s+$/.exec(before);
        if (on) {
          fixes.push({
            title: 'Declare it as an nps question',
            edits: [
              { file: q.file, range: q.node.kindRange, newText: 'nps' },
              { file: q.file, range: { start: on.index, end: q.node.scale.range.end }, newText: '' },
            ],
          });
        }
      }
      const first = q.node.text?.parts[0];
      ctx.report({
        code: 'SVY5005',
        file: q.file,
        range: q.node.kindRange,
        messageId: 'notDeclared',
        args: { id: q.id, scale: q.scale.id },
        related: first
          ? [{ file: q.file, range: partRange(text, first, 0, first.value.length), message: 'the question asks about recommending' }]
          : undefined,
        fixes: fixes.length ? fixes : undefined,
      });
    }
    for (const sc of s.scores) {
      walkExpr(sc.expr, (node, parents) => {
        if (node.kind !== 'NameRef') return;
        const v = s.variables.get(node.name);
        if (!v || 'matrix' in v || v.kind !== 'nps') return;
        const call = enclosingCall(parents);
        if (!call || !averaging.has(call.callee.name)) return;
        ctx.report({
          code: 'SVY5005',
          file: sc.file,
          range: node.range,
          messageId: 'averaged',
          args: { id: node.name, fn: call.callee.name },
          fixes:
            call.args.length === 1 && call.callee.name === 'mean'
              ? [
                  {
                    title: `Use nps(${node.name})`,
                    edits: [{ file: sc.file, range: (call as A.Call).range, newText: `nps(${node.name})` }],
                  },
                ]
              : undefined,
        });
      });
    }
  },
});
