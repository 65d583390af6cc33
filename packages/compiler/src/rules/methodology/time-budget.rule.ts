// SVY3002: the estimated completion time is over the budget: `limit minutes N` or the
// `minutes` of the config's profile. The estimate follows the longest path a
// respondent can take (see visibility.ts) with seconds per item after the Pew
// Research Center's question-counting practice (an ordinary closed question takes
// about 10 seconds; open answers take far longer), plus reading time for long texts.
import { defineRule } from '../rule.ts';
import type { Question } from '../../model.ts';
import { isSegmentedLanguage } from '../../wording/index.ts';
import { pickText } from '../../binder/text.ts';
import { longestPath } from './visibility.ts';
import { memoize } from '../../memo.ts';

export interface TimeModel {
  /** A closed question: single, yes/no, rating, nps, number, date. */
  closed: number;
  /** Each option beyond the fifth of a choice question. */
  extraOption: number;
  /** A multiple-choice question. */
  multi: number;
  /** Each option of a ranking question. */
  rankingOption: number;
  /** Each row of a matrix. */
  matrixRow: number;
  /** A required / an optional open text question. */
  text: number;
  optionalText: number;
  /** Reading: seconds per word beyond 25 (English) or per character beyond 40 (Chinese). */
  extraWord: number;
  extraChar: number;
}

export const defaultTimeModel: TimeModel = {
  closed: 10,
  extraOption: 1,
  multi: 12,
  rankingOption: 5,
  matrixRow: 5,
  text: 45,
  optionalText: 20,
  extraWord: 0.3,
  extraChar: 0.2,
};

export function secondsFor(q: Question, m: TimeModel, lang: string): number {
  const options = q.choices?.options.length ?? 0;
  let t: number;
  switch (q.kind) {
    case 'matrix':
      t = m.matrixRow * Math.max(1, q.rows.length);
      break;
    case 'multi':
      t = m.multi + m.extraOption * Math.max(0, options - 5);
      break;
    case 'ranking':
      t = m.rankingOption * Math.max(1, options);
      break;
    case 'single':
      t = m.closed + m.extraOption * Math.max(0, options - 5);
      break;
    case 'text':
      t = q.required ? m.text : m.optionalText;
      break;
    default:
      t = m.closed;
  }
  const text = pickText(q.text, lang);
  if (isSegmentedLanguage(lang)) t += m.extraChar * Math.max(0, charCount(text) - FREE_CHARS);
  else t += m.extraWord * Math.max(0, wordCount(text) - FREE_WORDS);
  return t;
}

/** A question text of up to this many characters (Chinese) or words (English) costs no reading time of its own. */
export const FREE_CHARS = 40;
export const FREE_WORDS = 25;

/** Han characters and Latin words or numbers of a text (remembered per text). */
export const charCount = memoize((text: string) => [...text.matchAll(/[\p{Script=Han}]|[A-Za-z0-9]+/gu)].length);
/** Words of a text separated by spaces (remembered per text). */
export const wordCount = memoize((text: string) => text.split(/\s+/).filter(Boolean).length);

export default defineRule({
  name: 'time-budget',
  diagnostics: [
    {
      code: 'SVY3002',
      name: 'over-time-budget',
      severity: 'warning',
      message:
        'Estimated completion time is {estimate} on the longest path ({detail}), over the budget of {limit} min {source}. Cut questions (open texts cost the most), or raise the budget.',
      docs: {
        summary:
          "The estimated time to complete the survey is over `limit minutes N` or the configured profile's minutes. The estimate takes the longest path through conditions, ~10 s per closed question, 5 s per matrix row, 45 s per required open text (20 s optional); the seconds are configurable.",
        rationale:
          'Long surveys lose respondents and answer quality (Pew Research Center budgets its panel surveys by question type); a post-transaction survey should take a minute or two (seed 002). The estimate is an approximation: time a pilot.',
        bad: 'limit minutes 1\nrating overall "…" on sat5\ntext why "请详细说明原因" // required open text: ~45 s\ntext more "还有什么建议?"',
        good: 'limit minutes 1\nrating overall "…" on sat5\ntext why "请简要说明原因" optional',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const model = ctx.options<TimeModel>('SVY3002', defaultTimeModel);
    const limitNode = s.node.members.find((m) => m.kind === 'Limit' && m.unit === 'minutes');
    const profile = ctx.config.profile.minutes;
    const declared = s.minuteLimit !== undefined && limitNode ? s.minuteLimit : undefined;
    const useDeclared = declared !== undefined && (profile === undefined || declared <= profile);
    const limit = useDeclared ? declared : profile;
    if (limit === undefined || !Number.isFinite(limit)) return;
    const path = longestPath(s, s.questions, (q) => secondsFor(q, model, s.defaultLanguage));
    const seconds = Math.round(path.total);
    if (seconds <= limit * 60) return;
    const count = path.questions.length;
    ctx.report({
      code: 'SVY3002',
      file: s.file,
      range: useDeclared ? limitNode!.range : (s.node.id?.range ?? s.node.range),
      args: {
        estimate: seconds < 120 ? `${seconds} s` : `${(seconds / 60).toFixed(1)} min`,
        detail: `${count} question${count === 1 ? '' : 's'}`,
        limit,
        source: useDeclared ? 'set by `limit minutes`' : `of the '${ctx.config.profileName ?? 'configured'}' profile in survey.config.json`,
      },
    });
  },
});
