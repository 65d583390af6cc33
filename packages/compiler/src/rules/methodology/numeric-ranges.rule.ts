// SVY5011 / SVY5012: choice options that are numeric ranges ("1–5", "5–10",
// "不满1年", "5年以上", "3 years or more") must not overlap and must leave no gap.
// Chinese 以上/以下/以内 include the number, 不满/未满/超过/少于 exclude it. When every
// bound is a whole number the ranges are read as whole numbers ("1–5", "6–10" leave
// no gap); otherwise as continuous. A list is checked when at least two of its options
// are ranges; options that are not numbers ("other", "none") are ignored.
import { defineRule } from '../rule.ts';
import type { Choice, ChoiceList } from '../../model.ts';
import { innerRange } from '../../wording/index.ts';
import { parseRange, type Interval } from './range-labels.ts';

/** Whole-number view: (a, b) → [a + 1, b − 1]. */
function discrete(i: Interval): { lo: number; hi: number } {
  return { lo: i.loIn ? i.lo : i.lo + 1, hi: i.hiIn ? i.hi : i.hi - 1 };
}

function show(n: number): string {
  return Number.isFinite(n) ? String(n) : n > 0 ? '∞' : '−∞';
}

export default defineRule({
  name: 'numeric-ranges',
  diagnostics: [
    {
      code: 'SVY5011',
      name: 'overlapping-ranges',
      severity: 'warning',
      message:
        'Option \'{code}\' ({label}) overlaps option \'{other}\' ({otherLabel}): {value} fits both. Make the ranges exclusive, e.g. "1–4", "5–10" (以上/以下 include the number, 不满/超过 exclude it).',
      docs: {
        summary: 'Numeric range options that overlap, so one answer fits two options ("1–5", "5–10").',
        rationale:
          'Overlapping categories make answers at the boundary ambiguous (QAS-99 item 5 "overlapping response categories"). In Chinese, 以上/以下/以内 include the number and 不满/未满/超过 exclude it.',
        bad: 'choices years { a "1-5年" b "5-10年" c "10年以上" }',
        good: 'choices years { a "不满5年" b "5年至不满10年" c "10年以上" }',
      },
    },
    {
      code: 'SVY5012',
      name: 'range-gap',
      severity: 'warning',
      message: {
        gap: "No option covers {gap}, between '{other}' ({otherLabel}) and '{code}' ({label}). Close the gap so every answer fits an option.",
        openTop:
          'No option covers answers above {top}: the highest option is \'{code}\' ({label}) and the list starts open ({lowest}). Add an option such as "{suggestion}" so every answer fits one.',
      },
      docs: {
        summary:
          'Numeric range options that leave a gap, so some answers fit no option ("1–4", "6–10"), or a list that starts open ("3000 元以下") but stops at a number, leaving the answers above it out.',
        rationale:
          'Categories must be exhaustive: respondents in the gap pick a wrong option or skip (QAS-99 item 5 "missing response categories").',
        bad: 'choices staff { a "1-49人" b "60-99人" c "100人以上" }',
        good: 'choices staff { a "1-49人" b "50-99人" c "100人以上" }',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const lists: ChoiceList[] = [...s.choiceLists.values()];
    for (const q of s.questions) if (q.choices?.inline) lists.push(q.choices);
    for (const list of lists) {
      const langs = [s.defaultLanguage, ...s.languages.filter((l) => l !== s.defaultLanguage)];
      for (const lang of langs) {
        const parsed = list.options
          .map((o) => ({ o, i: o.label[lang] !== undefined ? parseRange(o.label[lang]) : undefined }))
          .filter((x): x is { o: Choice; i: Interval } => !!x.i);
        if (parsed.filter((x) => !x.i.point).length < 2) continue;
        checkList(list, parsed, lang);
        break;
      }
    }

    /** Reports overlaps and gaps in one language. */
    function checkList(list: ChoiceList, parsed: Array<{ o: Choice; i: Interval }>, lang: string): void {
      const whole = parsed.every((x) => [x.i.lo, x.i.hi].every((n) => !Number.isFinite(n) || Number.isInteger(n)));
      const sorted = [...parsed].sort((a, b) => a.i.lo - b.i.lo || Number(b.i.loIn) - Number(a.i.loIn));
      const text = ctx.files.get(list.file)?.text ?? '';
      const rangeOf = (c: Choice) => {
        const part = c.node.label?.parts.find((p) => (p.lang ?? s!.defaultLanguage) === lang);
        return part ? innerRange(text, part) : (c.node.code?.range ?? c.node.range);
      };
      const args = (a: Choice, b: Choice) => ({
        code: String(b.code),
        label: `"${b.label[lang]}"`,
        other: String(a.code),
        otherLabel: `"${a.label[lang]}"`,
      });
      for (let k = 1; k < sorted.length; k++) {
        const prev = sorted[k - 1];
        const cur = sorted[k];
        let overlap: string | undefined;
        let gap: string | undefined;
        if (whole) {
          const a = discrete(prev.i);
          const b = discrete(cur.i);
          if (b.lo <= a.hi) overlap = show(b.lo);
          else if (b.lo > a.hi + 1) gap = b.lo - 1 === a.hi + 1 ? show(a.hi + 1) : `${show(a.hi + 1)}–${show(b.lo - 1)}`;
        } else {
          if (cur.i.lo < prev.i.hi || (cur.i.lo === prev.i.hi && cur.i.loIn && prev.i.hiIn)) overlap = show(cur.i.lo);
          else if (cur.i.lo > prev.i.hi || (cur.i.lo === prev.i.hi && !cur.i.loIn && !prev.i.hiIn))
            gap = cur.i.lo === prev.i.hi ? `exactly ${show(cur.i.lo)}` : `${show(prev.i.hi)} to ${show(cur.i.lo)}`;
        }
        if (overlap !== undefined) {
          ctx.report({ code: 'SVY5011', file: list.file, range: rangeOf(cur.o), args: { ...args(prev.o, cur.o), value: overlap } });
        } else if (gap !== undefined) {
          ctx.report({ code: 'SVY5012', messageId: 'gap', file: list.file, range: rangeOf(cur.o), args: { ...args(prev.o, cur.o), gap } });
        }
      }
      // A list that starts open ("under 3000", or at 0) means to cover every answer; stopping at a
      // number then leaves the top out. Lists that start at a threshold (ages 18–25, …) may stop on purpose.
      const first = sorted[0]!;
      const last = sorted.reduce((a, b) => (b.i.hi > a.i.hi ? b : a));
      const startsOpen = first.i.lo === -Infinity || (first.i.lo === 0 && first.i.loIn);
      const other = list.options.some((o) => !parsed.some((x) => x.o === o));
      if (startsOpen && Number.isFinite(last.i.hi) && !other) {
        const zh = /[\u4e00-\u9fff]/.test(last.o.label[lang] ?? '');
        ctx.report({
          code: 'SVY5012',
          messageId: 'openTop',
          file: list.file,
          range: rangeOf(last.o),
          args: {
            top: show(last.i.hi),
            code: String(last.o.code),
            label: `"${last.o.label[lang]}"`,
            lowest: `"${first.o.label[lang]}"`,
            suggestion: zh ? `超过${show(last.i.hi)}` : `more than ${show(last.i.hi)}`,
          },
        });
      }
    }
  },
});
