// SVY6011: mean() or sum() over items on scales with different ranges (1–5 with 1–7,
// or raw 1–5 with rescaled 0–100), which weights the wider scale more. Rescale each
// item first: mean(rescale(a, sat5), rescale(b, sat7)). SVY6012: rescale(x, s) where
// x is not on scale s's range, so the result is not 0–100.
import type * as A from '@survey/syntax';
import { defineRule } from '../rule.ts';
import { scaleOf, type Scale, type Survey } from '../../model.ts';
import { walkExpr } from '../../expr-walk.ts';
import { rangeOf, type Interval } from '../../score-range.ts';

export default defineRule({
  name: 'score-scales',
  diagnostics: [
    {
      code: 'SVY6011',
      name: 'score-mixes-scales',
      severity: 'warning',
      message:
        '{fn}() combines values on different ranges ({ranges}), so the wider range counts more. Rescale each item to 0–100 first: {suggestion}.',
      docs: {
        summary:
          'A mean or sum over items on scales with different ranges (1–5 and 1–7, or a raw item with a rescaled one). The quick fix rescales each item.',
        rationale:
          'An index over items with different scales must rescale each item first, (x − min) / (max − min) × 100 (POMP; methodology.md, "Scales"; GB/T 19038 rescales category scores before weighting).',
        bad: 'score csat = rescale(mean(overall, training), sat5) // overall on sat5 (1–5), training on sat7 (1–7)',
        good: 'score csat = mean(rescale(overall, sat5), rescale(training, sat7))',
      },
    },
    {
      code: 'SVY6012',
      name: 'rescale-scale-mismatch',
      severity: 'warning',
      message: {
        itemScale:
          "rescale() uses scale '{scale}' ({smin}..{smax}) but its value ranges over {lo}..{hi} (scale '{own}'), so the result is not 0–100. Use rescale({value}, {own}).",
        unknownScale:
          "rescale() uses scale '{scale}' ({smin}..{smax}) but its value ranges over {lo}..{hi}, so the result is not 0–100. Rescale with the scale the items are on.",
      },
      docs: {
        summary: 'rescale(x, s) where x is not on the range of scale s.',
        rationale:
          'POMP rescaling (x − min) / (max − min) × 100 is only 0–100 with the item\'s own min and max (methodology.md, "Scales").',
        bad: 'rating training "…" on sat7\nscore t = rescale(training, sat5)',
        good: 'score t = rescale(training, sat7)',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    for (const sc of s.scores) {
      walkExpr(sc.expr, (node, parents) => {
        if (node.kind !== 'Call') return;
        if (node.callee.name === 'mean' || node.callee.name === 'sum') checkMix(node, parents, sc.file);
        if (node.callee.name === 'rescale' && node.args.length === 2) checkRescale(node, sc.file);
      });
    }

    function mixedRanges(call: A.Call): string[] {
      // `k - item` is a reversal attempt: its constant is checked by SVY5009, so count the item's own range.
      const own = (a: A.Expr) =>
        a.kind === 'Binary' && a.op === '-' && a.left.kind === 'Number' && a.right?.kind === 'NameRef' ? a.right : a;
      const known = call.args.map((a) => rangeOf(s!, own(a))).filter((r): r is Interval => !!r && r[0] !== r[1]);
      return [...new Set(known.map((r) => `${r[0]}–${r[1]}`))];
    }

    function checkMix(call: A.Call, parents: readonly A.Expr[], file: string): void {
      const distinct = mixedRanges(call);
      if (distinct.length < 2) return;
      const text = ctx.files.get(file)?.text ?? '';
      // Fix: every bare item becomes rescale(item, its scale); an enclosing rescale(call, s) goes.
      const rewritten = call.args.map((a) => {
        const scale = a.kind === 'NameRef' ? itemScale(s!, a.name) : undefined;
        const src = text.slice(a.range.start, a.range.end);
        return scale ? `rescale(${src}, ${scale.id})` : src;
      });
      const allRescaled = call.args.every(
        (a, i) => rewritten[i].startsWith('rescale(') || (a.kind === 'Call' && a.callee.name === 'rescale'),
      );
      const replacement = `${call.callee.name}(${rewritten.join(', ')})`;
      const parent = parents[parents.length - 1];
      const target = parent?.kind === 'Call' && parent.callee.name === 'rescale' && parent.args[0] === call ? parent : call;
      ctx.report({
        code: 'SVY6011',
        file,
        range: call.range,
        args: { fn: call.callee.name, ranges: distinct.join(', '), suggestion: replacement },
        fixes: allRescaled
          ? [{ title: 'Rescale each item to 0–100', edits: [{ file, range: target.range, newText: replacement }] }]
          : undefined,
      });
    }

    function checkRescale(call: A.Call, file: string): void {
      const [value, scaleArg] = call.args;
      if (scaleArg.kind !== 'NameRef') return;
      // rescale(mean(a, b), s) over mixed scales is reported once, by SVY6011.
      if (value.kind === 'Call' && (value.callee.name === 'mean' || value.callee.name === 'sum') && mixedRanges(value).length >= 2) return;
      const scale = s!.scales.get(scaleArg.name);
      const r = rangeOf(s!, value);
      if (!scale || !r || !Number.isFinite(scale.min) || !Number.isFinite(scale.max)) return;
      if (r[0] >= scale.min - 1e-9 && r[1] <= scale.max + 1e-9) return;
      const own = value.kind === 'NameRef' ? itemScale(s!, value.name) : undefined;
      const args = { scale: scale.id, smin: scale.min, smax: scale.max, lo: r[0], hi: r[1] };
      ctx.report({
        code: 'SVY6012',
        file,
        range: scaleArg.range,
        ...(own
          ? {
              messageId: 'itemScale',
              args: { ...args, own: own.id, value: value.kind === 'NameRef' ? value.name : '…' },
            }
          : { messageId: 'unknownScale', args }),
        fixes: own ? [{ title: `Use scale '${own.id}'`, edits: [{ file, range: scaleArg.range, newText: own.id }] }] : undefined,
      });
    }
  },
});

function itemScale(s: Survey, name: string): Scale | undefined {
  return scaleOf(s.variables.get(name));
}
