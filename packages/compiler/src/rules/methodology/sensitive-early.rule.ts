// SVY6025: a sensitive question (income, an ID number, health, religion, politics) among
// the first questions of a longer survey, when nothing needs it early (no condition,
// screen-out or stratum reads it). Asked before rapport is built, such questions are
// refused or make people break off, and every later answer is lost. Contact details are
// left out: a registration form rightly asks them first.
import { defineRule } from '../rule.ts';
import type { Question } from '../../model.ts';

/** How many of the first questions count as "early", and the survey length below which order matters little. */
const EARLY = 3;
const LONG_ENOUGH = 6;

const topics: Array<{ name: string; words: RegExp }> = [
  { name: 'income', words: /\b(income|salary|wages?|earnings?)\b|收入|工资|工資|薪水|薪资|薪資|月薪|年薪/i },
  {
    name: 'an identity number',
    words: /\b(id|identity|passport|social security) (card )?(number|no\.?)\b|身份证|身份證|证件号|證件號|护照号|護照號/i,
  },
  { name: 'health', words: /\b(diagnos(ed|is)|illness|disease|mental health|medication)\b|疾病|病史|诊断|診斷|精神健康|心理健康/i },
  { name: 'religion', words: /\breligio(n|us)\b|宗教|信仰/i },
  { name: 'politics', words: /\bpolitical (party|views?|affiliation)\b|\bvoted? for\b|政治面貌|党派|黨派/i },
];

/** What each topic's words match in one text (incremental/text-rules.ts: the same before and after an edit, nothing changes). */
export function topicMatches(text: string): string {
  return topics.map((topic) => topic.words.exec(text)?.[0] ?? '').join('\u0000');
}

function topicOf(q: Question): { name: string; word: string } | undefined {
  for (const topic of topics)
    for (const text of Object.values(q.text)) {
      const m = topic.words.exec(text);
      if (m) return { name: topic.name, word: m[0] };
    }
  return undefined;
}

export default defineRule({
  name: 'sensitive-early',
  diagnostics: [
    {
      code: 'SVY6025',
      name: 'sensitive-question-early',
      severity: 'warning',
      message:
        '\'{id}\' asks about {topic} ("{word}") as question {number} of {total}: asked before the questions the survey is about, sensitive questions are refused or make people stop. Move it near the end, with the background questions.',
      docs: {
        summary:
          'A sensitive question (income, an ID number, health, religion, politics) among the first three questions of a survey of six or more, when no condition, screen-out or stratum needs its answer early.',
        rationale:
          "Questionnaire design guides put sensitive and background questions at the end, after the topic questions have built rapport: asked first, they raise refusals and break-offs, and the answers that matter most are then never collected (Dillman, Smyth & Christian 2014; GB/T 26316 and the seeds' practice of 基本信息 last). A question that screens or routes respondents may stay early.",
        bad: 'number income "您的月收入是多少元?" en: "What is your monthly income, in yuan?" min 0\nrating q1 "您对我们的服务满意吗?" en: "How satisfied are you with our service?" on sat5\nrating q2 "您对我们的价格满意吗?" en: "How satisfied are you with our prices?" on sat5\nrating q3 "您对我们的网站满意吗?" en: "How satisfied are you with our website?" on sat5\nrating q4 "您对我们的门店满意吗?" en: "How satisfied are you with our shops?" on sat5\nrating q5 "您对我们的配送满意吗?" en: "How satisfied are you with our delivery?" on sat5',
        good: 'rating q1 "您对我们的服务满意吗?" en: "How satisfied are you with our service?" on sat5\nrating q2 "您对我们的价格满意吗?" en: "How satisfied are you with our prices?" on sat5\nrating q3 "您对我们的网站满意吗?" en: "How satisfied are you with our website?" on sat5\nrating q4 "您对我们的门店满意吗?" en: "How satisfied are you with our shops?" on sat5\nrating q5 "您对我们的配送满意吗?" en: "How satisfied are you with our delivery?" on sat5\nnumber income "您的月收入是多少元?" en: "What is your monthly income, in yuan?" min 0',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const top = s.questions.filter((q) => !q.roster);
    if (top.length < LONG_ENOUGH) return;
    // Answers that route, screen or stratify the survey must be asked first.
    const needed = new Set(ctx.binding.references.filter((r) => r.context !== 'pipe' && r.context !== 'analysis').map((r) => r.name));
    for (const [i, q] of top.slice(0, EARLY).entries()) {
      if (needed.has(q.id)) continue;
      const topic = topicOf(q);
      if (!topic) continue;
      ctx.report({
        code: 'SVY6025',
        file: q.file,
        range: q.node.id?.range ?? q.node.range,
        args: { id: q.id, topic: topic.name, word: topic.word, number: i + 1, total: top.length },
      });
    }
  },
});
