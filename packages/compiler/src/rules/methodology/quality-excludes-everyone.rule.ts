// SVY6024: a quality rule that excludes every response (or nearly every one): a share of
// answered questions compared outside 0–100% (`exclude answered < 110%`, `answered < 80`
// meant as 80%), or a speeder threshold at or above the time the whole survey takes
// (`exclude duration < 10000` on a five-minute survey). Every response is then invalid
// and every estimate, score and target is empty.
import { defineRule } from '../rule.ts';
import type * as A from '@survey/syntax';
import { defaultTimeModel, secondsFor } from './time-budget.rule.ts';
import { longestPath } from './visibility.ts';

export default defineRule({
  name: 'quality-excludes-everyone',
  diagnostics: [
    {
      code: 'SVY6024',
      name: 'quality-excludes-everyone',
      severity: 'error',
      message: {
        answeredAll:
          '`exclude answered {op} {value}` excludes every response: the share of answered questions is always between 0% and 100%. Write the threshold as a share below 100%, such as `answered < 80%`.',
        answeredPercent:
          '`exclude answered {op} {value}` excludes every response: the share of answered questions is a fraction (0–1), so {value} is above any share. Write it as a percentage: `answered {op} {value}%`.',
        durationAll:
          '`exclude duration {op} {value}` excludes every response: every completion time is at least 0 seconds. Compare with a speeder threshold in seconds, such as `duration < 60`.',
        durationTooLong:
          '`exclude duration {op} {value}` excludes nearly every response: {value} s is at least as long as the whole survey takes ({expected} s {basis}). A speeder threshold is a fraction of the expected time (often a third to a half of the median); lower it to about {suggest}.',
      },
      docs: {
        summary:
          'A quality rule that marks every response invalid: `exclude answered` compared with a share outside 0–100% (or a percentage written without `%`), or `exclude duration <` a number of seconds at or above the time the whole survey takes (`limit minutes`, or, without a limit, twice the estimated time of its longest path and at least ten minutes).',
        rationale:
          'Quality rules remove speeders and incomplete responses; a rule that removes everyone leaves every estimate, score and target empty, and the fieldwork is wasted before anyone notices. Speeders are usually defined relative to the median completion time (for example under a third or half of it), never above the time the survey takes.',
        bad: 'limit minutes 5\nquality {\n  exclude duration < 10000   // 2.8 hours\n  exclude answered < 110%\n}',
        good: 'limit minutes 5\nquality {\n  exclude duration < 90\n  exclude answered < 80%\n}',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    let expected: { seconds: number; basis: string } | undefined;
    const expectedTime = () => {
      if (expected) return expected;
      if (s.minuteLimit !== undefined && Number.isFinite(s.minuteLimit) && s.minuteLimit > 0) {
        expected = { seconds: s.minuteLimit * 60, basis: 'by `limit minutes`' };
      } else {
        const path = longestPath(s, s.questions, (q) => secondsFor(q, defaultTimeModel, s.defaultLanguage));
        // An estimate, not a budget: allow twice it, and at least ten minutes, before
        // calling a threshold impossible.
        const twice = Math.round(2 * path.total);
        expected =
          twice >= 600
            ? { seconds: twice, basis: 'twice its estimated time on the longest path' }
            : { seconds: 600, basis: `ten minutes; it is estimated at ${Math.round(path.total)} s` };
      }
      return expected;
    };
    for (const rule of s.quality) {
      if (rule.kind !== 'ExcludeAnswered' && rule.kind !== 'ExcludeDuration') continue;
      const op = rule.op;
      const lit = rule.value;
      if (!op || !lit || !Number.isFinite(lit.value)) continue;
      const v = lit.value;
      const args = { op, value: lit.raw };
      if (rule.kind === 'ExcludeAnswered') {
        if (!holdsForAll(op, v, 0, 1)) continue;
        const percent = !lit.percent && v > 1 && v <= 100 && (op === '<' || op === '<=');
        ctx.report({
          code: 'SVY6024',
          file: s.file,
          range: rule.range,
          messageId: percent ? 'answeredPercent' : 'answeredAll',
          args,
          fixes: percent
            ? [{ title: `Change to ${lit.raw}%`, edits: [{ file: s.file, range: lit.range, newText: `${lit.raw}%` }] }]
            : undefined,
        });
        continue;
      }
      if (holdsForAll(op, v, 0, Number.POSITIVE_INFINITY)) {
        ctx.report({ code: 'SVY6024', file: s.file, range: rule.range, messageId: 'durationAll', args });
        continue;
      }
      if (op !== '<' && op !== '<=') continue;
      const { seconds, basis } = expectedTime();
      if (seconds <= 0 || v < seconds) continue;
      ctx.report({
        code: 'SVY6024',
        file: s.file,
        range: rule.range,
        messageId: 'durationTooLong',
        args: { ...args, expected: seconds, basis, suggest: Math.max(1, Math.round(seconds / 3)) },
      });
    }
  },
});

/** Whether `x op v` holds for every x in [lo, hi]. */
function holdsForAll(op: A.Comparator, v: number, lo: number, hi: number): boolean {
  switch (op) {
    case '<':
      return hi < v;
    case '<=':
      return hi <= v;
    case '>':
      return lo > v;
    case '>=':
      return lo >= v;
    case '!=':
      return v < lo || v > hi;
    default:
      return false;
  }
}
