// SVY6001: a survey without an `intro` (purpose, who asks, how long it takes).
// SVY6002: no confidentiality statement: neither `confidentiality` nor an intro that
// promises it (保密, 匿名, confidential, anonymous). Seeds 001 and 004: the
// questionnaire opens with its purpose and a promise of confidentiality.
import type * as A from '@survey/syntax';
import { defineRule, type RuleContext } from '../rule.ts';
import type { Survey } from '../../model.ts';

const promise =
  /保密|匿名|隐私|隱私|不会公开|不會公開|不会透露|不會透露|confidential|anonymous|anonymi[sz]ed|privacy|never (be )?(shared|disclosed)/i;

const templates: Record<string, { intro: string; confidentiality: string }> = {
  zh: {
    intro: '本问卷旨在了解您对……的评价,以便我们改进。填写约需 N 分钟。',
    confidentiality: '参与完全自愿。您的回答将严格保密,仅以汇总形式用于统计分析。',
  },
  en: {
    intro: 'This survey asks how you rate … so that we can improve. It takes about N minutes.',
    confidentiality: 'Taking part is voluntary. Your answers are kept confidential and only reported in aggregate.',
  },
};

export default defineRule({
  name: 'survey-intro',
  diagnostics: [
    {
      code: 'SVY6001',
      name: 'missing-intro',
      severity: 'warning',
      message:
        "Survey '{id}' has no `intro`. Tell respondents why you ask, who asks and how long it takes. The quick fix inserts a template to complete.",
      docs: {
        summary: 'A survey without an `intro` text.',
        rationale:
          'An introduction stating purpose, sponsor and length raises response rates and trust (seed 001: the questionnaire opens with its purpose; AAPOR disclosure standards).',
        bad: 'survey s {\n  title "满意度调查"\n  languages zh\n  …\n}',
        good: 'survey s {\n  title "满意度调查"\n  languages zh\n  intro "本问卷旨在了解您对我们服务的评价,填写约需 3 分钟。"\n  …\n}',
      },
    },
    {
      code: 'SVY6002',
      name: 'missing-confidentiality',
      severity: 'warning',
      message:
        'Survey \'{id}\' does not promise confidentiality: add `confidentiality "…"` saying how answers are used and protected (or say it in the intro).',
      docs: {
        summary:
          'Neither a `confidentiality` statement nor an intro that promises confidentiality or anonymity (保密, 匿名, confidential, anonymous).',
        rationale:
          'Respondents answer more honestly when told how their answers are protected (seeds 001 and 004: participation is voluntary and answers are confidential; the hotel system of seed 004 keeps answers from staff).',
        bad: 'intro "本问卷旨在了解您对我们服务的评价。"',
        good: 'intro "本问卷旨在了解您对我们服务的评价。"\nconfidentiality "您的回答将严格保密,仅以汇总形式报告。"',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s?.node.id) return;
    const headers = s.node.members.filter((m): m is A.HeaderProperty => m.kind === 'Header');
    const find = (key: string) => headers.find((h) => h.key === key);
    if (!s.intro) {
      const after = find('languages') ?? find('title');
      ctx.report({ code: 'SVY6001', file: s.file, range: s.node.id.range, args: { id: s.id }, fixes: fix(ctx, s, after, 'intro') });
    }
    const promised = s.confidentiality || Object.values(s.intro ?? {}).some((t) => promise.test(t));
    if (!promised) {
      const after = find('intro') ?? find('languages') ?? find('title');
      ctx.report({
        code: 'SVY6002',
        file: s.file,
        range: s.node.id.range,
        args: { id: s.id },
        fixes: fix(ctx, s, after, 'confidentiality'),
      });
    }
  },
});

function fix(ctx: RuleContext, s: Survey, after: A.HeaderProperty | undefined, key: 'intro' | 'confidentiality') {
  if (!after || !s.languages.every((l) => templates[l.split('-')[0]])) return undefined;
  const text = ctx.files.get(s.file)?.text ?? '';
  const lineStart = text.lastIndexOf('\n', after.range.start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const value = s.languages.map((l, i) => (i === 0 ? '' : `${l}: `) + JSON.stringify(templates[l.split('-')[0]][key])).join(' ');
  return [
    {
      title: `Add ${key === 'intro' ? 'an intro' : 'a confidentiality statement'}`,
      edits: [{ file: s.file, range: { start: after.range.end, end: after.range.end }, newText: `\n${indent}${key} ${value}` }],
    },
  ];
}
