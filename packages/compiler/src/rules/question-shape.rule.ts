// SVY2018: what a question kind needs and allows: a rating needs a scale, a choice
// needs options, a matrix needs rows; attributes that mean nothing for a kind are
// errors so the author learns it instead of the respondent.
import { defineRule } from './rule.ts';
import type { Question } from '../model.ts';

type Attr = 'on' | 'from' | 'options' | 'rows' | 'min' | 'max' | 'pattern' | 'integer' | 'unit' | 'reverse' | 'randomize';

const allowed: Record<Question['kind'], Attr[]> = {
  single: ['from', 'options', 'randomize'],
  multi: ['from', 'options', 'randomize', 'min', 'max'],
  ranking: ['from', 'options', 'randomize', 'min', 'max'],
  rating: ['on', 'reverse'],
  matrix: ['on', 'rows', 'randomize'],
  nps: [],
  text: ['min', 'max', 'pattern'],
  number: ['min', 'max', 'integer', 'unit'],
  date: ['min', 'max'],
  yesno: [],
  file: ['max'],
  geopoint: [],
  signature: [],
};

export default defineRule({
  name: 'question-shape',
  diagnostics: [
    {
      code: 'SVY2018',
      name: 'question-shape',
      severity: 'error',
      message: '{problem}',
      docs: {
        summary: 'A question lacks what its kind needs (a scale, options, rows) or has an attribute its kind does not use.',
        bad: 'rating overall "总体满意度"\nsingle vendor "供应商" on sat5',
        good: 'rating overall "总体满意度" on sat5\nsingle vendor "供应商" from vendors',
      },
    },
  ],
  check(ctx) {
    for (const q of ctx.survey?.questions ?? []) {
      const n = q.node;
      const problem = (msg: string, range = n.id?.range ?? n.kindRange) =>
        ctx.report({ code: 'SVY2018', file: q.file, range, args: { problem: msg } });
      const present: Array<[Attr, boolean, { start: number; end: number } | undefined]> = [
        ['on', !!n.scale, n.scale?.range],
        ['from', !!n.from, n.from?.range],
        ['options', n.options.length > 0, n.options[0]?.range],
        ['rows', n.rows.length > 0, n.rows[0]?.range],
        ['min', !!n.min, n.min?.range],
        ['max', !!n.max, n.max?.range],
        ['pattern', !!n.pattern, n.pattern?.range],
        ['integer', n.integer, undefined],
        ['unit', !!n.unit, n.unit?.range],
        ['reverse', n.reverse, undefined],
        ['randomize', n.randomize, undefined],
      ];
      for (const [attr, has, range] of present) {
        if (has && !allowed[q.kind].includes(attr)) {
          problem(
            `A ${q.kind} question does not take ${attr === 'options' ? 'inline options' : attr === 'rows' ? 'rows' : `\`${attr}\``}. Remove it${hint(q.kind, attr)}.`,
            range,
          );
        }
      }
      if ((q.kind === 'rating' || q.kind === 'matrix') && !n.scale) problem(`A ${q.kind} question needs a scale: add \`on <scale>\`.`);
      if ((q.kind === 'single' || q.kind === 'multi' || q.kind === 'ranking') && !n.from && n.options.length === 0) {
        problem(`A ${q.kind} question needs options: add \`from <choices>\` or \`{ a "…" b "…" }\`.`);
      }
      if (n.from && n.options.length) problem(`'${q.id}' has both \`from ${n.from.name}\` and inline options; keep one.`, n.from.range);
      if (q.kind === 'matrix' && n.rows.length === 0) problem('A matrix needs rows: `{ row a "…" row b "…" }`.');
      if (q.kind === 'text' && q.pattern !== undefined) {
        try {
          new RegExp(q.pattern, 'u');
        } catch (e) {
          problem(`The pattern is not a valid regular expression: ${(e as Error).message}.`, n.pattern!.range);
        }
      }
      const numeric = q.kind === 'text' || q.kind === 'number' || q.kind === 'multi' || q.kind === 'ranking';
      for (const [key, value, node] of [
        ['min', q.min, n.min],
        ['max', q.max, n.max],
      ] as const) {
        if (value === undefined || !node) continue;
        if (numeric && typeof value !== 'number') problem(`\`${key}\` of a ${q.kind} question is a number.`, node.range);
        if (q.kind === 'date' && (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)))
          problem(`\`${key}\` of a date question is a date string like "2024-01-31".`, node.range);
        if (
          (q.kind === 'text' || q.kind === 'multi' || q.kind === 'ranking') &&
          typeof value === 'number' &&
          (value < 0 || !Number.isInteger(value))
        ) {
          problem(
            `\`${key}\` of a ${q.kind} question counts ${q.kind === 'text' ? 'characters' : 'selections'}: use a whole number ≥ 0.`,
            node.range,
          );
        }
      }
    }
  },
});

function hint(kind: Question['kind'], attr: Attr): string {
  if (attr === 'on' && (kind === 'single' || kind === 'multi')) return ', or make it a rating question';
  if (attr === 'reverse' && kind === 'matrix') return ' and mark the reverse-coded rows instead (`row id "…" reverse`)';
  return '';
}
