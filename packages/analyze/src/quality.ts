// Data-quality rules applied to valid responses, in declaration order; a response is
// excluded by the first rule it breaks and listed with that rule. How each rule reads a
// response is stated in `method` (printed by the report):
// - answered: share of the questions shown to the respondent (closed questions and
//   matrix rows; open text, specify texts and hidden variables left out) that have an
//   answer, a missing ("don't know") code counting as an answer;
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

export const METHODS: Record<QualityDoc['kind'], string> = {
  answered:
    'share of the questions shown to the respondent (closed questions and matrix rows; open text, specify texts and hidden variables left out) that were answered; a missing code ("don\'t know") counts as an answer',
  straightline:
    'every row of the grid answered with a substantive code (missing codes left out, at least 3 rows) and all raw answers equal; raw, not reversed, so identical answers on reverse-coded rows count as straight-lining',
  duration: 'durationSeconds, or submittedAt − startedAt; responses without either are kept',
  attention: 'the answer differs from the expected code (unanswered counts as failed)',
  when: 'the condition holds for the response',
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
  firstBroken(response: Record<string, unknown>, ctx: EvalContext): { index: number; detail: string } | undefined {
    for (let i = 0; i < this.analysis.quality.length; i++) {
      const d = this.breaks(this.analysis.quality[i], response, ctx);
      if (d !== undefined) return { index: i, detail: d };
    }
    return undefined;
  }

  answeredShare(ctx: EvalContext): number | undefined {
    let shown = 0;
    let answered = 0;
    for (const v of this.questions) {
      if (v.shownWhen && !truth(this.ev.eval(v.shownWhen, ctx))) continue;
      shown++;
      const raw = ctx.answers[v.name];
      if (raw !== undefined && raw !== null && !(Array.isArray(raw) && raw.length === 0)) answered++;
    }
    return shown ? answered / shown : undefined;
  }

  private breaks(q: QualityDoc, response: Record<string, unknown>, ctx: EvalContext): string | undefined {
    switch (q.kind) {
      case 'answered': {
        const share = this.answeredShare(ctx);
        return share !== undefined && compare(q.op, share, q.value) ? `answered ${round(share)} ${q.op} ${q.value}` : undefined;
      }
      case 'duration': {
        const s = durationOf(response);
        return s !== undefined && compare(q.op, s, q.seconds) ? `duration ${round(s)} s ${q.op} ${q.seconds} s` : undefined;
      }
      case 'straightline': {
        const values = q.items.map((i) => this.ev.value(i, ctx));
        if (values.length < 3 || values.some((v) => v === undefined)) return undefined;
        const first = values[0];
        if (!values.every((v) => v === first)) return undefined;
        const rev = q.reversed.length ? ` (including reverse-coded ${q.reversed.join(', ')})` : '';
        return `all ${values.length} rows of ${q.target} answered ${String(first)}${rev}`;
      }
      case 'attention': {
        const v = this.ev.value(q.question, ctx);
        return v !== q.expected ? `${q.question} = ${v === undefined ? 'unanswered' : String(v)}, expected ${q.expected}` : undefined;
      }
      case 'when':
        return truth(this.ev.eval(q.condition, ctx)) ? `${conditionText(q.condition)} holds` : undefined;
    }
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
