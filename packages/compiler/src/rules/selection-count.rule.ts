// SVY2050–SVY2053: selection counts against what the options allow. A multi or ranking
// question whose `min` asks for more selections than can be made (an exclusive option
// such as "none of these" counts as a selection that stands alone), a `max` of 0, a
// `max` above the number of options, an exclusive option that `min` ≥ 2 forbids, and a
// straight-lining check on a matrix with too few rows to ever fire.
import { defineRule } from './rule.ts';
import { isRow, type Question } from '../model.ts';

/** Rows a respondent must answer before `exclude straightline` may flag them (docs/language.md). */
const STRAIGHTLINE_MIN_ROWS = 3;

export default defineRule({
  name: 'selection-count',
  diagnostics: [
    {
      code: 'SVY2050',
      name: 'impossible-selection-count',
      severity: 'error',
      message: {
        tooFew:
          "'{id}' needs at least {min, plural, one {# selection} other {# selections}} but it has only {count, plural, one {# option} other {# options}}: nobody can answer it. Lower `min` to {most} or less, or add options.",
        tooFewRequired:
          "'{id}' needs at least {min, plural, one {# selection} other {# selections}} but it has only {count, plural, one {# option} other {# options}}: nobody can answer this required question. Lower `min` to {most} or less, or add options.",
        exclusive:
          "'{id}' needs at least {min, plural, one {# selection} other {# selections}} but only {count, plural, one {# option} other {# options}} can be chosen together ({exclusive} {exclusiveCount, plural, one {is} other {are}} exclusive): nobody can answer it. Lower `min` to {most} or less, or add options.",
        exclusiveRequired:
          "'{id}' needs at least {min, plural, one {# selection} other {# selections}} but only {count, plural, one {# option} other {# options}} can be chosen together ({exclusive} {exclusiveCount, plural, one {is} other {are}} exclusive): nobody can answer this required question. Lower `min` to {most} or less, or add options.",
        maxZero: "'{id}' allows at most 0 selections: the question collects nothing. Set `max` to 1 or more, or remove it.",
        maxZeroRequired:
          "'{id}' allows at most 0 selections: nobody can answer this required question. Set `max` to 1 or more, or remove it.",
      },
      docs: {
        summary:
          'A multi or ranking question asks for more selections than its options allow (an exclusive option counts as one selection on its own), or allows none with `max 0`.',
        rationale: 'Nobody can give a valid answer: a required question blocks every respondent, an optional one collects nothing.',
        bad: 'multi areas "您最看重哪些方面?" en: "Which areas matter most?" { a "价格" en: "Price"  b "质量" en: "Quality" } min 3',
        good: 'multi areas "您最看重哪些方面?" en: "Which areas matter most?" { a "价格" en: "Price"  b "质量" en: "Quality"  c "服务" en: "Service" } min 1 max 2',
      },
    },
    {
      code: 'SVY2051',
      name: 'selection-max-above-options',
      severity: 'warning',
      message:
        "'{id}' allows up to {max} selections but has only {count, plural, one {# option} other {# options}}: the limit has no effect. Lower `max` to {count} or less, or remove it.",
      docs: {
        summary:
          'A `max` number of selections above the number of options: the limit does nothing, usually a left-over after options were removed.',
        bad: 'ranking top "请选出最重要的三项" en: "Pick the three most important" { a "价格"  b "质量" } max 3',
        good: 'ranking top "请选出最重要的两项" en: "Pick the two most important" { a "价格"  b "质量" } max 2',
      },
    },
    {
      code: 'SVY2052',
      name: 'exclusive-option-unreachable',
      severity: 'error',
      message:
        "'{id}' needs at least {min, plural, one {# selection} other {# selections}}, but '{option}' is exclusive (it stands alone): a respondent for whom it is the answer cannot answer. Use `min 1`, or drop `exclusive`.",
      docs: {
        summary: 'A multi question with `min` 2 or more and an exclusive option ("none of these"), which can only be chosen alone.',
        rationale: 'The respondents the exclusive option is for are forced to give a false answer or to drop out.',
        bad: 'multi used "您用过哪些渠道?" { app "应用"  web "网站"  none "都没有" exclusive } min 2',
        good: 'multi used "您用过哪些渠道?" { app "应用"  web "网站"  none "都没有" exclusive } min 1',
      },
    },
    {
      code: 'SVY2053',
      name: 'straightline-too-few-rows',
      severity: 'warning',
      message: {
        rows: "'{id}' has {count, plural, one {# row} other {# rows}}; the straight-lining check needs at least {needed} answered rows, so it never excludes anyone. Check a grid with {needed} or more rows, or remove the rule.",
        notGrid:
          "'{id}' is {what}, not a grid: straight-lining is the same answer on every row of a matrix, so this rule never excludes anyone. Name a matrix with {needed} or more rows, or remove the rule.",
      },
      docs: {
        summary:
          '`exclude straightline` on a matrix with fewer than three rows, or on a single question instead of a matrix: the check never fires.',
        bad: 'matrix g "评价" on sat5 { row a "服务"  row b "价格" }\nquality { exclude straightline g }',
        good: 'matrix g "评价" on sat5 { row a "服务"  row b "价格"  row c "速度" }\nquality { exclude straightline g }',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    for (const q of s.questions) {
      if ((q.kind !== 'multi' && q.kind !== 'ranking') || !q.choices) continue;
      checkSelections(ctx, q);
    }
    for (const rule of s.quality) {
      if (rule.kind !== 'ExcludeStraightline' || !rule.target) continue;
      const m = s.variables.get(rule.target.name);
      if (!m) continue; // SVY2002 says so
      const at = { code: 'SVY2053', file: s.file, range: rule.target.range } as const;
      if (isRow(m))
        ctx.report({ ...at, messageId: 'notGrid', args: { id: m.id, what: `a row of '${m.matrix.id}'`, needed: STRAIGHTLINE_MIN_ROWS } });
      else if (m.kind !== 'matrix')
        ctx.report({ ...at, messageId: 'notGrid', args: { id: m.id, what: `a single ${m.kind} question`, needed: STRAIGHTLINE_MIN_ROWS } });
      else if (m.rows.length > 0 && m.rows.length < STRAIGHTLINE_MIN_ROWS)
        ctx.report({ ...at, messageId: 'rows', args: { id: m.id, count: m.rows.length, needed: STRAIGHTLINE_MIN_ROWS } });
    }
  },
});

function checkSelections(ctx: Parameters<Parameters<typeof defineRule>[0]['check']>[0], q: Question): void {
  const options = q.choices!.options;
  if (options.length === 0) return; // SVY2014 says so
  const exclusive = q.kind === 'multi' ? options.filter((o) => o.exclusive) : [];
  const combinable = options.length - exclusive.length;
  // The most selections one answer can hold: all combinable options, or one exclusive option alone.
  const most = Math.max(combinable, exclusive.length > 0 ? 1 : 0);
  const min = typeof q.min === 'number' ? q.min : undefined;
  const max = typeof q.max === 'number' ? q.max : undefined;
  const required = q.required === true;
  if (min !== undefined && q.node.min && Number.isInteger(min) && min > most) {
    const at = { code: 'SVY2050', file: q.file, range: q.node.min.range } as const;
    if (exclusive.length > 0)
      ctx.report({
        ...at,
        messageId: required ? 'exclusiveRequired' : 'exclusive',
        args: {
          id: q.id,
          min,
          count: combinable,
          exclusive: exclusive.map((o) => `'${o.code}'`).join(', '),
          exclusiveCount: exclusive.length,
          most,
        },
      });
    else ctx.report({ ...at, messageId: required ? 'tooFewRequired' : 'tooFew', args: { id: q.id, min, count: options.length, most } });
  } else if (max === 0 && q.node.max && (min === undefined || min <= 0)) {
    ctx.report({
      code: 'SVY2050',
      messageId: required ? 'maxZeroRequired' : 'maxZero',
      file: q.file,
      range: q.node.max.range,
      args: { id: q.id },
    });
  }
  if (max !== undefined && q.node.max && Number.isInteger(max) && max > options.length) {
    ctx.report({
      code: 'SVY2051',
      file: q.file,
      range: q.node.max.range,
      args: { id: q.id, max, count: options.length },
    });
  }
  if (min !== undefined && min >= 2 && q.node.min && min <= most) {
    for (const o of exclusive) {
      ctx.report({
        code: 'SVY2052',
        file: q.file,
        range: o.node.code?.range ?? o.node.range,
        args: { id: q.id, min, option: String(o.code) },
        related: [{ file: q.file, range: q.node.min.range, message: `\`min ${min}\`` }],
      });
    }
  }
}
