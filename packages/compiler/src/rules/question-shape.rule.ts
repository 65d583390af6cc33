// SVY2018: what a question kind needs and allows: a rating needs a scale, a choice
// needs options, a matrix needs rows; attributes that mean nothing for a kind are
// errors so the author learns it instead of the respondent.
import { defineRule, type VariantOf } from './rule.ts';
import type { DiagnosticDef } from '../diagnostics/types.ts';
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

const diagnostics = [
  {
    code: 'SVY2018',
    name: 'question-shape',
    severity: 'error',
    message: {
      notTaken: 'A {kind} question does not take {attr}. Remove it.',
      notTakenScale: 'A {kind} question does not take `on`. Remove it, or make it a rating question.',
      notTakenReverse:
        'A matrix question does not take `reverse`. Remove it and mark the reverse-coded rows instead (`row id "…" reverse`).',
      needsScale: 'A {kind} question needs a scale: add `on <scale>`.',
      needsOptions: 'A {kind} question needs options: add `from <choices>` or `{ a "…" b "…" }`.',
      bothOptions: "'{id}' has both `from {list}` and inline options; keep one.",
      needsRows: 'A matrix needs rows: `{ row a "…" row b "…" }`.',
      badPattern: 'The pattern is not a valid regular expression: {error}. Fix the pattern.',
      notNumber: '`{key}` of a {kind} question is a number: write one.',
      notDate: '`{key}` of a date question is a date string like "2024-01-31".',
      characters: '`{key}` of a text question counts characters: use a whole number ≥ 0.',
      selections: '`{key}` of a {kind} question counts selections: use a whole number ≥ 0.',
    },
    docs: {
      summary: 'A question lacks what its kind needs (a scale, options, rows) or has an attribute its kind does not use.',
      bad: 'rating overall "总体满意度"\nsingle vendor "供应商" on sat5',
      good: 'rating overall "总体满意度" on sat5\nsingle vendor "供应商" from vendors',
    },
  },
] as const satisfies readonly DiagnosticDef[];

type Problem = VariantOf<(typeof diagnostics)[0]>;

export default defineRule({
  name: 'question-shape',
  diagnostics,
  check(ctx) {
    for (const q of ctx.survey?.questions ?? []) {
      const n = q.node;
      const problem = (p: Problem, range = n.id?.range ?? n.kindRange) => ctx.report({ code: 'SVY2018', file: q.file, range, ...p });
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
          problem(notTaken(q.kind, attr), range);
        }
      }
      if ((q.kind === 'rating' || q.kind === 'matrix') && !n.scale) problem({ messageId: 'needsScale', args: { kind: q.kind } });
      if ((q.kind === 'single' || q.kind === 'multi' || q.kind === 'ranking') && !n.from && n.options.length === 0) {
        problem({ messageId: 'needsOptions', args: { kind: q.kind } });
      }
      if (n.from && n.options.length) problem({ messageId: 'bothOptions', args: { id: q.id, list: n.from.name } }, n.from.range);
      if (q.kind === 'matrix' && n.rows.length === 0) problem({ messageId: 'needsRows' });
      if (q.kind === 'text' && q.pattern !== undefined) {
        try {
          new RegExp(q.pattern, 'u');
        } catch (e) {
          problem({ messageId: 'badPattern', args: { error: (e as Error).message } }, n.pattern!.range);
        }
      }
      const numeric = q.kind === 'text' || q.kind === 'number' || q.kind === 'multi' || q.kind === 'ranking';
      for (const [key, value, node] of [
        ['min', q.min, n.min],
        ['max', q.max, n.max],
      ] as const) {
        if (value === undefined || !node) continue;
        if (numeric && typeof value !== 'number') problem({ messageId: 'notNumber', args: { key, kind: q.kind } }, node.range);
        if (q.kind === 'date' && (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)))
          problem({ messageId: 'notDate', args: { key } }, node.range);
        if (
          (q.kind === 'text' || q.kind === 'multi' || q.kind === 'ranking') &&
          typeof value === 'number' &&
          (value < 0 || !Number.isInteger(value))
        ) {
          problem(
            q.kind === 'text' ? { messageId: 'characters', args: { key } } : { messageId: 'selections', args: { key, kind: q.kind } },
            node.range,
          );
        }
      }
    }
  },
});

function notTaken(kind: Question['kind'], attr: Attr): Problem {
  if (attr === 'on' && (kind === 'single' || kind === 'multi')) return { messageId: 'notTakenScale', args: { kind } };
  if (attr === 'reverse' && kind === 'matrix') return { messageId: 'notTakenReverse' };
  return { messageId: 'notTaken', args: { kind, attr: attr === 'options' ? 'inline options' : attr === 'rows' ? 'rows' : `\`${attr}\`` } };
}
