// SurveyJS expression syntax for conditions (visibleIf): `{q} <= 3`, `{q} contains 'a'`,
// `{q} notempty`; a matrix row is `{matrix.row}`. Inside a dynamic panel (a repeat
// group) a question of the same instance is `{panel.q}` (`{parentpanel.q}` one group
// out), the group's own name its option `{panel.group}` or position `{panelIndex} + 1`;
// outside, the group's name is its number of instances `{group.length}`.
import type { Dialect } from '../condition.ts';
import { Unmappable } from '../notes.ts';
import type { ExprJson, RosterDoc, SurveyIndex } from '../../model.ts';

const arrayAggregates: Record<string, string> = {
  sum: 'sumInArray',
  mean: 'avgInArray',
  min: 'minInArray',
  max: 'maxInArray',
  count: 'countInArray',
};

export function surveyJsDialect(ix: SurveyIndex, open: readonly RosterDoc[] = [], calcs?: ReadonlySet<string>): Dialect {
  const depth = (roster: string | undefined) => (roster ? open.length - 1 - open.findIndex((r) => r.id === roster) : -1);
  const ref = (name: string) => {
    const m = ix.matrixOfRow.get(name);
    const q = ix.questionOfVar(name);
    const d = q?.roster && open.some((r) => r.id === q.roster) ? depth(q.roster) : -1;
    const prefix = d === 0 ? 'panel.' : d === 1 ? 'parentpanel.' : '';
    return `{${prefix}${m ? `${m.id}.${name}` : name}}`;
  };
  const ops = { '==': '=', '!=': '<>', '<': '<', '<=': '<=', '>': '>', '>=': '>=' } as const;
  return {
    ref,
    literal: (v) => (typeof v === 'number' ? String(v) : `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`),
    compare: (op, l, r) => `${l} ${ops[op]} ${r}`,
    has: (name, code) => `${ref(name)} contains ${typeof code === 'number' ? code : `'${code}'`}`,
    and: (a, b) => `${a} and ${b}`,
    or: (a, b) => `${a} or ${b}`,
    not: (a) => `!(${a})`,
    answered: (name) => `${ref(name)} notempty`,
    arith: (op, a, b) => `${a} ${op} ${b}`,
    neg: (a) => `-${a}`,
    group: (a) => `(${a})`,
    roster: (name) => {
      const r = open.find((o) => o.id === name);
      if (!r) return `{${name}.length}`;
      if (depth(name) !== 0) return `{${name}.length}`;
      return 'each' in r.count ? `{panel.${name}}` : '({panelIndex} + 1)';
    },
    ...(calcs ? { calc: (name: string) => (calcs.has(name) ? `{${name}}` : unmappable(name)) } : {}),
    call: (fn, args, raw) => surveyJsCall(fn, args, raw, ix),
  };
}

function unmappable(name: string): never {
  throw new Unmappable(`the calculated value '${name}' is not exported`);
}

/** SurveyJS's built-in functions for ours; an aggregate over a repeat group's answers reads its panels' values. */
function surveyJsCall(fn: string, args: string[], raw: ExprJson[], ix: SurveyIndex): string | undefined {
  const only = raw.length === 1 && raw[0].type === 'var' ? ix.questionOfVar(raw[0].name) : undefined;
  if (only?.roster && arrayAggregates[fn]) return `${arrayAggregates[fn]}({${only.roster}}, '${only.id}')`;
  switch (fn) {
    case 'round':
      return `round(${args[0]}, ${args[1] ?? 0})`;
    case 'min':
    case 'max':
    case 'sum':
      return `${fn}(${args.join(', ')})`;
    case 'mean':
      return `avg(${args.join(', ')})`;
    case 'if':
      return `iif(${args.join(', ')})`;
    case 'today':
      return 'today()';
    case 'days_between':
      return `dateDiff(${args[0]}, ${args[1]}, 'days')`;
    default:
      return undefined;
  }
}
