// SVY3001: more questions than a limit allows: `limit questions N` on the survey or a
// section, or the `questions` of the config's profile (post-transaction: 5). Counting
// follows what a respondent sees: every matrix row is an item, and of questions behind
// mutually exclusive conditions on one answer only the largest set counts.
import type { TextRange } from '@survey/syntax';
import { defineRule } from '../rule.ts';
import type { Question } from '../../model.ts';
import { itemCount, longestPath } from './visibility.ts';

export default defineRule({
  name: 'question-limit',
  diagnostics: [
    {
      code: 'SVY3001',
      name: 'too-many-questions',
      severity: 'warning',
      message:
        'A respondent can see up to {count} questions {counted}; the limit {source} is {limit}. Remove or merge questions (first over the limit: {first}), or raise the limit.',
      docs: {
        summary:
          'More questions than `limit questions N` (survey or section) or the configured profile allows; matrix rows count as items, and exclusive conditional questions are counted once.',
        rationale:
          'Every extra question lowers response rates and answer quality, most of all in short transactional surveys: seed 002 caps the post-transaction questionnaire at 5 questions. Counting rows reflects the effort a grid asks for (Pew Research Center counts every battery item).',
        bad: 'limit questions 5\nrating overall "…" on sat5\nmatrix aspects "…" on sat5 { row a "…" row b "…" row c "…" row d "…" }\nnps recommend "…"',
        good: 'limit questions 5\nrating overall "…" on sat5\nmatrix aspects "…" on sat5 { row a "…" row b "…" row c "…" }\nnps recommend "…"',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const opts = ctx.options('SVY3001', { countMatrixRows: true });
    const weight = (q: Question) => itemCount(q, opts.countMatrixRows);
    const counted = opts.countMatrixRows ? '(each matrix row counts as one)' : '(a matrix counts as one)';
    const check = (questions: Question[], limit: number, source: string, file: string, range: TextRange) => {
      if (!Number.isFinite(limit)) return;
      const path = longestPath(s, questions, weight);
      if (path.total <= limit) return;
      let running = 0;
      const first = path.questions.find((q) => (running += weight(q)) > limit)!;
      ctx.report({
        code: 'SVY3001',
        file,
        range,
        args: { count: path.total, counted, source, limit, first: `'${first.id}'` },
        related: [
          { file: first.file, range: first.node.id?.range ?? first.node.range, message: `'${first.id}' goes over the limit of ${limit}` },
        ],
      });
    };
    const limitNode = s.node.members.find((m) => m.kind === 'Limit' && m.unit === 'questions');
    const profile = ctx.config.profile.questions;
    if (s.questionLimit !== undefined && limitNode && (profile === undefined || s.questionLimit <= profile)) {
      check(s.questions, s.questionLimit, 'set by `limit questions`', s.file, limitNode.range);
    } else if (profile !== undefined) {
      check(
        s.questions,
        profile,
        `of the '${ctx.config.profileName ?? 'configured'}' profile in survey.config.json`,
        s.file,
        s.node.id?.range ?? s.node.range,
      );
    }
    for (const sec of s.sections) {
      if (sec.questionLimit === undefined || !sec.node?.limit) continue;
      check(sec.questions, sec.questionLimit, `of section '${sec.id}'`, sec.file, sec.node.limit.range);
    }
  },
});
