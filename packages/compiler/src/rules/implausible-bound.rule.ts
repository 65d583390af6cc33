// SVY2189: a number question whose text names a quantity with natural limits (a
// percentage, an age, hours in a day, days in a week or month, months in a year, a
// count) and whose `min`/`max` lets answers past them: "您的年龄?" max 300, "What percent
// …" max 1000, "How many times …" min -5. The form then accepts typing slips
// (a 35-year-old entered as 350) that analysis can only guess at later.
import type * as A from '@survey/syntax';
import { defineRule } from './rule.ts';
import type { Question } from '../model.ts';

interface Quantity {
  name: string;
  words: RegExp;
  /** Texts that use the words for something else ("the age of your car"). */
  unless?: RegExp;
  max?: number;
  min: number;
}

const quantities: Quantity[] = [
  {
    name: 'a percentage',
    words: /\bper ?cent(age)?\b|%|％|百分之|百分比|百分率/i,
    // A change in percent can be negative or pass 100.
    unless:
      /\b(change|changed|increase|decrease|grow|growth|rise|fall|drop|differ|difference)|变化|變化|增长|增長|增加|下降|减少|減少|涨|漲|跌|差/i,
    min: 0,
    max: 100,
  },
  {
    name: 'an age',
    words: /\bhow old\b|\bages?\b|年龄|年齡|几岁|幾歲|多少岁|多少歲|周岁|週歲|多大年纪|多大年紀/i,
    unless:
      /\b(company|business|firm|building|house|home|car|vehicle|equipment|account)\b|公司|企业|企業|建筑|建築|房屋|房子|车|車|设备|設備/i,
    min: 0,
    max: 120,
  },
  {
    name: 'hours in a day',
    words: /\bhours? (a|per|each) day\b|\bhours? daily\b|(每天|每日|一天)[^,，。?？]{0,10}(小时|小時)/i,
    min: 0,
    max: 24,
  },
  {
    name: 'days in a week',
    words:
      /\bdays? (a|per|each) week\b|\bdays? in an? (typical |normal |usual )?week\b|(每周|每週|一周|一週|每星期|一星期)[^,，。?？]{0,10}天/i,
    min: 0,
    max: 7,
  },
  {
    name: 'days in a month',
    words: /\bdays? (a|per|each|in a) month\b|(每月|每个月|每個月|一个月|一個月)[^,，。?？]{0,10}天/i,
    min: 0,
    max: 31,
  },
  {
    name: 'months in a year',
    words: /\bmonths? (a|per|each|in a|of the) year\b|(每年|一年)[^,，。?？]{0,10}(个月|個月)/i,
    min: 0,
    max: 12,
  },
  {
    name: 'a count',
    words: /\bhow many\b|(多少|几|幾)(个|個|次|人|位|家|件|天|小时|小時|年|本|辆|輛|台|名|口|所|间|間)/i,
    min: 0,
  },
];

function quantityOf(q: Question): { quantity: Quantity; word: string } | undefined {
  for (const quantity of quantities)
    for (const text of Object.values(q.text)) {
      const m = quantity.words.exec(text);
      if (m && !quantity.unless?.test(text)) return { quantity, word: m[0] };
    }
  return undefined;
}

export default defineRule({
  name: 'implausible-bound',
  diagnostics: [
    {
      code: 'SVY2189',
      name: 'implausible-bound',
      severity: 'warning',
      message: {
        above:
          '\'{id}\' asks for {quantity} ("{word}") but allows answers up to {max}; no answer can be above {limit}. Set `max {limit}` (or lower) so the form catches typing slips.',
        below:
          '\'{id}\' asks for {quantity} ("{word}") but allows answers down to {min}; no answer can be below {limit}. Set `min {limit}` so the form catches typing slips.',
      },
      docs: {
        summary:
          'A number question about a quantity with natural limits (a percentage, an age, hours in a day, days in a week or month, months in a year, a count) whose `min` or `max` goes past them.',
        rationale:
          "Range checks are the form's defence against typing slips (35 entered as 350); a bound past what is possible accepts them, and analysis is left to guess which answers are errors. Bounds at the natural limits cost nothing.",
        bad: 'number age "您的年龄是?" en: "What is your age?" min 0 max 300 integer',
        good: 'number age "您的年龄是?" en: "What is your age?" min 0 max 120 integer',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    for (const q of s.questions) {
      if (q.kind !== 'number' || q.slider) continue;
      const found = quantityOf(q);
      if (!found) continue;
      const { quantity, word } = found;
      const args = { id: q.id, quantity: quantity.name, word };
      const text = ctx.files.get(q.file)?.text ?? '';
      if (quantity.max !== undefined && typeof q.max === 'number' && q.max > quantity.max && q.node.max)
        ctx.report({
          code: 'SVY2189',
          messageId: 'above',
          file: q.file,
          range: q.node.max.range,
          args: { ...args, max: q.max, limit: quantity.max },
          fixes: boundFix(q, q.node.max, text, quantity.max),
        });
      if (typeof q.min === 'number' && q.min < quantity.min && q.node.min)
        ctx.report({
          code: 'SVY2189',
          messageId: 'below',
          file: q.file,
          range: q.node.min.range,
          args: { ...args, min: q.min, limit: quantity.min },
          fixes: boundFix(q, q.node.min, text, quantity.min),
        });
    }
  },
});

/** Replaces the bound's number (with its sign) by the limit. */
function boundFix(q: Question, bound: A.ConstraintValue, text: string, limit: number) {
  const value = bound.value;
  if (value?.kind !== 'Number' || value.percent) return undefined;
  const start = bound.negative ? text.lastIndexOf('-', value.range.start) : value.range.start;
  if (start < bound.range.start) return undefined;
  return [
    { title: `Set the bound to ${limit}`, edits: [{ file: q.file, range: { start, end: value.range.end }, newText: String(limit) }] },
  ];
}
