// Data-quality rules applied to valid responses, in declaration order; a response is
// excluded by the first rule it breaks and listed with that rule. How each rule reads a
// response is stated in `method` (printed by the report):
// - answered: share of the questions shown to the respondent (closed questions and
//   matrix rows; open text, specify texts and hidden variables left out) that have an
//   answer, a missing ("don't know") code counting as an answer, a repeat group's
//   questions once per instance (read in that instance);
// - straightline: every row of the grid has a substantive answer (missing codes left
//   out; at least 3 rows) and the raw answers are all equal. Raw, not reversed: the same
//   point on rows where some are reverse-coded means agreeing with opposite statements;
// - duration: durationSeconds, else submittedAt − startedAt; a response without either is
//   kept (and counted in a note);
// - attention: the item's answer differs from the expected code; when: the condition holds.
import { conditionText } from '@survey/emitters';
import type { AnalysisDoc, QualityDoc, VariableDoc } from './config.ts';
import type { EvalContext, Evaluator } from './evaluate.ts';
import { truth } from './evaluate.ts';
import { instancesOf } from './rosters/instances.ts';
import type { QualityRuleRef } from './result.ts';

export function ruleRef(q: QualityDoc): QualityRuleRef {
  switch (q.kind) {
    case 'answered':
      return { kind: 'answered', op: q.op, value: q.value };
    case 'duration':
      return { kind: 'duration', op: q.op, seconds: q.seconds };
    case 'straightline':
      return { kind: 'straightline', target: q.target };
    case 'attention':
      return { kind: 'attention', question: q.question, expected: q.expected };
    case 'when':
      return { kind: 'when', condition: conditionText(q.condition) };
  }
}

/** The measured value that broke a rule, in English and Chinese. */
export type Detail = { en: string; zh: string };

/** How each rule is applied, in English (recorded in the result) and Chinese (for the report). */
export const METHODS: Record<QualityDoc['kind'], { en: string; zh: string }> = {
  answered: {
    en: 'share of the questions shown to the respondent (closed questions and matrix rows; open text, specify texts and hidden variables left out) that were answered; a missing code ("don\'t know") counts as an answer',
    zh: '向受访者显示的题目(封闭题与矩阵行;不含开放题、补充说明与隐藏变量)中已回答的比例;缺失代码(如“不知道”)算作已回答',
  },
  straightline: {
    en: 'every row of the grid answered with a substantive code (missing codes left out, at least 3 rows) and all raw answers equal; raw, not reversed, so identical answers on reverse-coded rows count as straight-lining',
    zh: '矩阵每一行都以有效代码作答(不含缺失代码,至少 3 行)且原始答案全部相同;按原始值而非反向计分后的值判断,反向题上的相同答案也算直线作答',
  },
  duration: {
    en: 'durationSeconds, or submittedAt − startedAt; responses without either are kept',
    zh: '取 durationSeconds,或 submittedAt − startedAt;两者都没有的回答予以保留',
  },
  attention: {
    en: 'the answer differs from the expected code (unanswered counts as failed)',
    zh: '答案与预期代码不同(未回答视为未通过)',
  },
  when: { en: 'the condition holds for the response', zh: '该回答满足此条件' },
};

function compare(op: string, a: number, b: number): boolean {
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
  }
  return false;
}

export function durationOf(response: Record<string, unknown>): number | undefined {
  if (typeof response.durationSeconds === 'number') return response.durationSeconds;
  if (typeof response.startedAt === 'string' && typeof response.submittedAt === 'string') {
    const ms = Date.parse(response.submittedAt) - Date.parse(response.startedAt);
    if (Number.isFinite(ms)) return ms / 1000;
  }
  return undefined;
}

export class QualityRules {
  private questions: VariableDoc[];

  constructor(
    private analysis: AnalysisDoc,
    private ev: Evaluator,
  ) {
    this.questions = analysis.variables.filter((v) => !v.parent && v.source !== 'hidden' && v.type !== 'text' && v.question !== undefined);
  }

  /** The first rule the response breaks, with the measured value; undefined when it passes all. */
  firstBroken(response: Record<string, unknown>, ctx: EvalContext): { index: number; detail: Detail } | undefined {
    for (let i = 0; i < this.analysis.quality.length; i++) {
      const d = this.breaks(this.analysis.quality[i], response, ctx);
      if (d !== undefined) return { index: i, detail: d };
    }
    return undefined;
  }

  answeredShare(ctx: EvalContext): number | undefined {
    let shown = 0;
    let answered = 0;
    const count = (vs: VariableDoc[], at: EvalContext) => {
      for (const v of vs) {
        if (v.shownWhen && !truth(this.ev.eval(v.shownWhen, at))) continue;
        shown++;
        const raw = at.answers[v.name];
        if (raw !== undefined && raw !== null && !(Array.isArray(raw) && raw.length === 0)) answered++;
      }
    };
    count(
      this.questions.filter((v) => !v.roster),
      ctx,
    );
    // A repeat group's questions count once per instance, each read in its instance.
    const rosters = this.analysis.rosters ?? [];
    if (rosters.length)
      for (const inst of instancesOf(ctx.answers, rosters))
        count(
          this.questions.filter((v) => v.roster === inst.roster.id),
          { ...ctx, answers: inst.answers, instance: inst.instance },
        );
    return shown ? answered / shown : undefined;
  }

  private breaks(q: QualityDoc, response: Record<string, unknown>, ctx: EvalContext): Detail | undefined {
    switch (q.kind) {
      case 'answered': {
        const share = this.answeredShare(ctx);
        return share !== undefined && compare(q.op, share, q.value)
          ? { en: `answered ${round(share)} ${q.op} ${q.value}`, zh: `作答比例 ${round(share)} ${q.op} ${q.value}` }
          : undefined;
      }
      case 'duration': {
        const s = durationOf(response);
        return s !== undefined && compare(q.op, s, q.seconds)
          ? { en: `duration ${round(s)} s ${q.op} ${q.seconds} s`, zh: `用时 ${round(s)} 秒 ${q.op} ${q.seconds} 秒` }
          : undefined;
      }
      case 'straightline': {
        const values = q.items.map((i) => this.ev.value(i, ctx));
        if (values.length < 3 || values.some((v) => v === undefined)) return undefined;
        const first = values[0];
        if (!values.every((v) => v === first)) return undefined;
        const rev = q.reversed.length ? ` (including reverse-coded ${q.reversed.join(', ')})` : '';
        const revZh = q.reversed.length ? `(含反向题 ${q.reversed.join('、')})` : '';
        return {
          en: `all ${values.length} rows of ${q.target} answered ${String(first)}${rev}`,
          zh: `${q.target} 的 ${values.length} 行都答 ${String(first)}${revZh}`,
        };
      }
      case 'attention': {
        const v = this.ev.value(q.question, ctx);
        return v !== q.expected
          ? {
              en: `${q.question} = ${v === undefined ? 'unanswered' : String(v)}, expected ${q.expected}`,
              zh: `${q.question} = ${v === undefined ? '未回答' : String(v)},应为 ${q.expected}`,
            }
          : undefined;
      }
      case 'when':
        return truth(this.ev.eval(q.condition, ctx))
          ? { en: `${conditionText(q.condition)} holds`, zh: `满足 ${conditionText(q.condition)}` }
          : undefined;
    }
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
