// SVY2010-2013: a scale's points must cover its grid (min..max by step) with labels,
// sit on the grid, appear once, and the range must be sane.
import { defineRule } from './rule.ts';

export default defineRule({
  name: 'scale-grid',
  diagnostics: [
    {
      code: 'SVY2010',
      name: 'scale-point-without-label',
      severity: 'error',
      message:
        "Scale '{scale}' has no label for {count, plural, one {point} other {points}} {points}. Label every point, or mark the scale `anchored` if only the ends are labelled.",
      docs: {
        summary: 'A point of the scale grid (min..max by step) has no label.',
        rationale: 'Fully labelled scales are more reliable than partly labelled ones (Krosnick & Presser 2010).',
        bad: 'scale sat5 1..5 { 1 "非常不满意" 5 "非常满意" }',
        good: 'scale sat5 1..5 { 1 "非常不满意" 2 "不满意" 3 "一般" 4 "满意" 5 "非常满意" }',
      },
    },
    {
      code: 'SVY2011',
      name: 'scale-label-off-grid',
      severity: 'error',
      message:
        '{value} is not on the grid of scale \'{scale}\' ({min}..{max} step {step}). Fix the value or declare it as `missing {value} "…"` for a non-substantive answer.',
      docs: {
        summary: 'A labelled point outside the scale range or between steps.',
        bad: 'scale s 1..5 { … 6 "极其满意" }',
        good: 'scale s 1..5 { … missing 9 "不适用" }',
      },
    },
    {
      code: 'SVY2012',
      name: 'duplicate-scale-point',
      severity: 'error',
      message: "Scale '{scale}' labels {value} twice. Keep one label per value.",
      docs: {
        summary: 'The same value appears twice in a scale.',
        bad: 'scale s 1..3 { 1 "差" 2 "中" 2 "好" }',
        good: 'scale s 1..3 { 1 "差" 2 "中" 3 "好" }',
      },
    },
    {
      code: 'SVY2013',
      name: 'invalid-range',
      severity: 'error',
      message: {
        step: "The step of scale '{scale}' must be positive: give it a step above 0.",
        reversed:
          "Scale '{scale}' runs from {min} to {max}: write the lower value first ({max}..{min}) and add `descending` if low values are the favourable ones.",
      },
      docs: {
        summary: 'A scale whose minimum is not below its maximum, or whose step is not positive.',
        bad: 'scale s 5..1 { … }',
        good: 'scale s 1..5 descending { … }',
      },
    },
  ],
  check(ctx) {
    for (const path of ctx.binding.fileOrder) {
      const file = ctx.files.get(path)!;
      const scales = [
        ...file.parse.ast.declarations,
        ...(path === ctx.binding.entry ? (file.parse.ast.surveys[0]?.members ?? []) : []),
      ].filter((d) => d.kind === 'Scale');
      for (const node of scales) {
        if (node.kind !== 'Scale' || !node.id) continue;
        const name = node.id.name;
        const min = node.from ? (node.fromNegative ? -node.from.value : node.from.value) : undefined;
        const max = node.to ? (node.toNegative ? -node.to.value : node.to.value) : undefined;
        const step = node.step?.value ?? 1;
        if (node.step && step <= 0) {
          ctx.report({
            code: 'SVY2013',
            file: path,
            range: node.step.range,
            messageId: 'step',
            args: { scale: name },
          });
          continue;
        }
        const values = node.points
          .filter((p) => p.value && !p.missing)
          .map((p) => ({ v: p.negative ? -p.value!.value : p.value!.value, p }));
        if (min !== undefined && max !== undefined && min >= max) {
          ctx.report({
            code: 'SVY2013',
            file: path,
            range: { start: node.from!.range.start, end: node.to!.range.end },
            messageId: 'reversed',
            args: { scale: name, min, max },
          });
          continue;
        }
        const lo = min ?? Math.min(...values.map((x) => x.v));
        const hi = max ?? Math.max(...values.map((x) => x.v));
        if (!Number.isFinite(lo) || !Number.isFinite(hi)) continue;
        const onGrid = (v: number) => v >= lo - 1e-9 && v <= hi + 1e-9 && Math.abs((v - lo) / step - Math.round((v - lo) / step)) < 1e-9;
        const labelled = new Map<number, boolean>();
        for (const { v, p } of values) {
          if (labelled.has(v)) ctx.report({ code: 'SVY2012', file: path, range: p.range, args: { scale: name, value: v } });
          labelled.set(v, true);
          if (!onGrid(v))
            ctx.report({ code: 'SVY2011', file: path, range: p.value!.range, args: { scale: name, value: v, min: lo, max: hi, step } });
        }
        for (const p of node.points.filter((x) => x.missing && x.value)) {
          const v = p.negative ? -p.value!.value : p.value!.value;
          if (labelled.has(v)) ctx.report({ code: 'SVY2012', file: path, range: p.range, args: { scale: name, value: v } });
          labelled.set(v, true);
        }
        const missing: number[] = [];
        const count = Math.round((hi - lo) / step);
        if (count > 1000) continue;
        for (let i = 0; i <= count; i++) {
          const v = +(lo + i * step).toFixed(9);
          if (node.anchored && v !== lo && v !== hi) continue;
          if (!labelled.has(v)) missing.push(v);
        }
        if (missing.length) {
          ctx.report({
            code: 'SVY2010',
            file: path,
            range: node.id.range,
            args: { scale: name, count: missing.length, points: missing.join(', ') },
          });
        }
      }
    }
  },
});
