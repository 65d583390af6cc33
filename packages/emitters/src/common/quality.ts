// Data-quality rules as JSON, shared by the survey JSON and the analysis
// configuration. Straight-lining names the grid and lists its items, flagging the
// reverse-coded ones (where identical answers contradict each other).
import type { Binding, QualityRule, Survey } from '@survey/compiler';
import { isRow } from '@survey/compiler';
import { compact } from './json.ts';
import { exprToJson, type ExprJson } from './expr.ts';

export type QualityJson =
  | { kind: 'answered'; op: string; value: number }
  | { kind: 'duration'; op: string; seconds: number }
  | { kind: 'straightline'; target: string; items: string[]; reversed: string[] }
  | { kind: 'attention'; question: string; expected: string | number }
  | { kind: 'when'; condition: ExprJson };

export function qualityToJson(rule: QualityRule, survey: Survey, binding: Binding): QualityJson {
  switch (rule.kind) {
    case 'ExcludeAnswered':
      return { kind: 'answered', op: rule.op ?? '<', value: rule.value?.value ?? 0 };
    case 'ExcludeDuration':
      return { kind: 'duration', op: rule.op ?? '<', seconds: rule.value?.value ?? 0 };
    case 'ExcludeStraightline': {
      const target = rule.target?.name ?? '';
      const v = survey.variables.get(target);
      const rows = v && !isRow(v) ? v.rows : [];
      return compact({
        kind: 'straightline' as const,
        target,
        items: rows.map((r) => r.id),
        reversed: rows.filter((r) => r.reverse).map((r) => r.id),
      });
    }
    case 'ExcludeAttention': {
      const e = rule.expected;
      return { kind: 'attention', question: rule.question?.name ?? '', expected: e ? (e.kind === 'Number' ? e.value : e.name) : '' };
    }
    case 'ExcludeWhen':
      return { kind: 'when', condition: exprToJson(rule.expr, binding) };
  }
}
