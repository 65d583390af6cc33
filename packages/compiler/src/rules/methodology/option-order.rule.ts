// SVY5016: the options of a single-choice question are answers on one ordered dimension
// (how often: 从不 … 每天; how much of the time: never … always; number ranges: "1–2次",
// "3–5次", "6次以上") but are listed out of that order. Respondents scan ordered answers
// for the one that fits and expect them in order; a list such as 每天 / 每月 / 每周 makes
// them pick the wrong one. Options that name no point ("其他", "不知道") are skipped; at
// least three must, all on one dimension. A shuffled question's order is not judged.
import { defineRule } from '../rule.ts';
import type { Choice, ChoiceList } from '../../model.ts';
import { innerRange } from '../../wording/index.ts';
import { ordinalPlace } from './ordinal-labels.ts';
import { parseRange } from './range-labels.ts';

/** An option's place: a rank on one dimension; ranges compare by their lower, then upper end. */
interface Placed {
  o: Choice;
  key: [number, number];
}

function placesIn(list: ChoiceList, lang: string): Placed[] | undefined {
  const labelled = list.options.filter((o) => o.label[lang] !== undefined);
  const words = labelled.map((o) => ({ o, p: ordinalPlace(o.label[lang]!) })).filter((x) => x.p);
  const kinds = new Set(words.map((x) => x.p!.kind).filter((k) => k !== 'both'));
  if (words.length >= 3 && kinds.size <= 1) return words.map(({ o, p }) => ({ o, key: [p!.rank, p!.rank] }));
  const ranges = labelled.map((o) => ({ o, i: parseRange(o.label[lang]!) })).filter((x) => x.i);
  if (ranges.length >= 3 && ranges.some((x) => !x.i!.point)) return ranges.map(({ o, i }) => ({ o, key: [i!.lo, i!.hi] }));
  return undefined;
}

const compare = (a: Placed, b: Placed) => a.key[0] - b.key[0] || a.key[1] - b.key[1];

/** The first option that breaks the order its list mostly runs in, with the option before it. */
function firstOutOfOrder(placed: Placed[]): [Placed, Placed] | undefined {
  const up = placed.slice(1).filter((x, k) => compare(placed[k]!, x) < 0).length;
  const down = placed.slice(1).filter((x, k) => compare(placed[k]!, x) > 0).length;
  if (up === 0 || down === 0) return undefined;
  const sign = up >= down ? 1 : -1;
  for (let k = 1; k < placed.length; k++) if (sign * compare(placed[k - 1]!, placed[k]!) > 0) return [placed[k - 1]!, placed[k]!];
  return undefined;
}

export default defineRule({
  name: 'option-order',
  diagnostics: [
    {
      code: 'SVY5016',
      name: 'options-out-of-order',
      severity: 'warning',
      message:
        'The options of {where} are ordered answers listed out of order: \'{code}\' ("{label}") comes after \'{prev}\' ("{prevLabel}"). List them from lowest to highest or highest to lowest, so respondents find their answer where they expect it.',
      docs: {
        summary:
          'A single-choice question whose options are ordered answers (how often, how much of the time, number ranges) listed out of order, such as 每天 / 每月 / 每周.',
        rationale:
          'Respondents read ordered categories as a scale and pick by position; categories out of their natural order are misread and answered wrongly (QAS-99, response categories: logical order; Dillman, Smyth & Christian on ordinal response options).',
        bad: 'single freq "您多久使用一次我们的应用?" { a "每天" b "每月" c "每周" d "从不" }',
        good: 'single freq "您多久使用一次我们的应用?" { a "每天" b "每周" c "每月" d "从不" }',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    // Each list once, at its declaration; a shuffled question shows its options in no fixed order anyway.
    const lists = new Map<ChoiceList, string>();
    for (const q of s.questions) {
      if (q.kind !== 'single' || !q.choices || q.randomize) continue;
      if (!lists.has(q.choices)) lists.set(q.choices, q.choices.inline ? `'${q.id}'` : `list '${q.choices.id}' (used by '${q.id}')`);
    }
    const langs = [s.defaultLanguage, ...s.languages.filter((l) => l !== s.defaultLanguage)];
    for (const [list, where] of lists) {
      for (const lang of langs) {
        const placed = placesIn(list, lang);
        if (!placed) continue;
        const pair = firstOutOfOrder(placed);
        if (pair) {
          const [prev, cur] = pair;
          const part = cur.o.node.label?.parts.find((p) => (p.lang ?? s.defaultLanguage) === lang);
          const text = ctx.files.get(list.file)?.text ?? '';
          ctx.report({
            code: 'SVY5016',
            file: list.file,
            range: part ? innerRange(text, part) : (cur.o.node.code?.range ?? cur.o.node.range),
            args: {
              where,
              code: String(cur.o.code),
              label: cur.o.label[lang]!,
              prev: String(prev.o.code),
              prevLabel: prev.o.label[lang]!,
            },
          });
        }
        break;
      }
    }
  },
});
