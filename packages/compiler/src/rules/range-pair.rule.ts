// SVY2188: two answers that are the low and the high end of one range (`hours_min` and
// `hours_max`, "最少…几小时" and "最多…几小时", start and end dates) with no `check` that
// keeps them in order. The form then accepts a minimum above the maximum, and every
// range computed from the pair is negative.
import { defineRule } from './rule.ts';
import { addCheckFix, bounds, checked } from './check-pair.ts';
import { isRow, type Question, type Survey } from '../model.ts';

// Words for the low and the high end, as id segments (`hours_min`) and in texts.
const idPairs: [string, string][] = [
  ['min', 'max'],
  ['minimum', 'maximum'],
  ['lowest', 'highest'],
  ['low', 'high'],
  ['lower', 'upper'],
  ['fewest', 'most'],
  ['least', 'most'],
  ['earliest', 'latest'],
  ['start', 'end'],
  ['begin', 'end'],
  ['from', 'to'],
];
const textPairs: [string, string][] = [
  ['最少', '最多'],
  ['最低', '最高'],
  ['最小', '最大'],
  ['最早', '最晚'],
  ['最早', '最迟'],
  ['fewest', 'most'],
  ['least', 'most'],
  ['lowest', 'highest'],
  ['minimum', 'maximum'],
  ['smallest', 'largest'],
  ['shortest', 'longest'],
  ['earliest', 'latest'],
];

const ordered = (q: Question) => q.kind === 'number' || q.kind === 'date';

export default defineRule({
  name: 'range-pair',
  diagnostics: [
    {
      code: 'SVY2188',
      name: 'range-pair-unchecked',
      severity: 'warning',
      message:
        "'{low}' and '{high}' ask for the low and the high end of one range ({why}), but nothing stops '{low}' from being larger than '{high}'. Add `check {low} <= {high}` with a message.",
      docs: {
        summary:
          'Two answers that are the two ends of one range (`x_min`/`x_max`, "最少"/"最多", "earliest"/"latest") with no `check` keeping them in order, and ranges that allow the wrong order.',
        rationale:
          'A reversed pair (at least 30 hours, at most 10) is an answer no analysis can use, and it is only found after fieldwork. A cross-field check lets the respondent correct it at once.',
        bad: 'number hours_min "您每周最少学习几小时?" en: "What is the fewest hours you study in a week?" min 0 max 40\nnumber hours_max "您每周最多学习几小时?" en: "What is the most hours you study in a week?" min 0 max 40',
        good: 'number hours_min "您每周最少学习几小时?" en: "What is the fewest hours you study in a week?" min 0 max 40\nnumber hours_max "您每周最多学习几小时?" en: "What is the most hours you study in a week?" min 0 max 40\ncheck hours_min <= hours_max "最少小时数不能大于最多小时数。" en: "The fewest hours cannot be more than the most hours."',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const questions = s.questions.filter(ordered);
    const seen = new Set<string>();
    for (const [i, q] of questions.entries()) {
      const pairs = [...byId(s, q), ...(i > 0 ? byText(questions[i - 1]!, q) : [])];
      for (const { low, high, why } of pairs) {
        const key = `${low.id}\u0000${high.id}`;
        if (seen.has(key) || low.kind !== high.kind || low.roster !== high.roster) continue;
        seen.add(key);
        // Bounds that keep the pair in order, or a check that compares it: nothing to add.
        if (bounds(low).max <= bounds(high).min || checked(s, low.id, high.id)) continue;
        const later = low.number > high.number ? low : high;
        const text = ctx.files.get(later.file)?.text;
        const fix =
          text && !later.roster
            ? addCheckFix(s, later, text, `${low.id} <= ${high.id}`, {
                zh: '下限不能大于上限。',
                en: 'The lower value cannot be more than the upper value.',
              })
            : undefined;
        ctx.report({
          code: 'SVY2188',
          file: later.file,
          range: later.node.id?.range ?? later.node.range,
          args: { low: low.id, high: high.id, why },
          fixes: fix ? [fix] : undefined,
        });
      }
    }
  },
});

type Pair = { low: Question; high: Question; why: string };

/** `x_min` with `x_max`: the question whose id has the low word, and its counterpart. */
function byId(s: Survey, q: Question): Pair[] {
  const parts = q.id.split('_');
  const out: Pair[] = [];
  for (const [i, part] of parts.entries())
    for (const [lowWord, highWord] of idPairs) {
      if (part.toLowerCase() !== lowWord) continue;
      const other = [...parts];
      other[i] = part === lowWord.toUpperCase() ? highWord.toUpperCase() : highWord;
      const high = s.variables.get(other.join('_'));
      if (high && !isRow(high) && ordered(high)) out.push({ low: q, high, why: `'${lowWord}' and '${highWord}' in their ids` });
    }
  return out;
}

/** Two questions in a row whose texts differ only by a low and a high word. */
function byText(a: Question, b: Question): Pair[] {
  for (const lang of Object.keys(a.text)) {
    const ta = a.text[lang];
    const tb = b.text[lang];
    if (!ta || !tb) continue;
    for (const [lowWord, highWord] of textPairs) {
      const why = `"${lowWord}" and "${highWord}" in their texts`;
      if (sameBut(ta, lowWord, tb, highWord)) return [{ low: a, high: b, why }];
      if (sameBut(tb, lowWord, ta, highWord)) return [{ low: b, high: a, why }];
    }
  }
  return [];
}

/** Whether a text holds a low or high word of `textPairs`: a text without one pairs with no other (incremental/text-rules.ts). */
export function hasRangeWord(text: string): boolean {
  const lower = text.toLowerCase();
  return textPairs.some(([low, high]) => lower.includes(low) || lower.includes(high));
}

function sameBut(x: string, xWord: string, y: string, yWord: string): boolean {
  const at = x.toLowerCase().indexOf(xWord);
  if (at < 0) return false;
  const rest = x.slice(0, at) + '\u0000' + x.slice(at + xWord.length);
  const atY = y.toLowerCase().indexOf(yWord);
  return atY >= 0 && rest.toLowerCase() === (y.slice(0, atY) + '\u0000' + y.slice(atY + yWord.length)).toLowerCase();
}
