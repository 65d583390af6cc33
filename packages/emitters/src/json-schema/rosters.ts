// Repeat groups (rosters) in the response schema: each is an array of instance objects
// under its id (at most its bound, `maxItems`), every instance holding the answers of
// the group's questions, a loop's instance its option under `_option`, and a nested
// group an array inside the instance. Conditions that read only the instance's own
// answers become if/then/else rules on the instance; conditions that read answers
// outside it are named in a `$comment` and left to the form.
import { rosterBound, type Binding, type Question, type Roster, type Survey } from '@survey/compiler';
import { compact } from '../common/json.ts';
import { textIn } from '../common/texts.ts';
import { specifyName } from '../common/names.ts';
import { answerNames, exprText, showCondition } from '../common/visibility.ts';
import type { ExprJson } from '../common/expr.ts';
import { conditionSchema } from './conditions.ts';
import { questionProperties } from './answers.ts';
import { listRef } from './defs.ts';

type Schema = Record<string, unknown>;

/** The property name of a loop instance's option code. */
const ROSTER_OPTION = '_option';

/** Whether every answer a condition reads is a question asked directly in this roster. */
function readsOnlyInstance(e: ExprJson, r: Roster, survey: Survey): boolean {
  switch (e.type) {
    case 'var': {
      const v = survey.variables.get(e.name);
      const q = v && 'matrix' in v ? v.matrix : v;
      return !!q && q.roster === r;
    }
    case 'number':
    case 'string':
    case 'code':
      return true;
    case 'binary':
      return readsOnlyInstance(e.left, r, survey) && readsOnlyInstance(e.right, r, survey);
    case 'unary':
      return readsOnlyInstance(e.operand, r, survey);
    case 'call':
      return e.args.every((a) => readsOnlyInstance(a, r, survey));
    default:
      return false;
  }
}

function instanceQuestion(
  q: Question,
  r: Roster,
  survey: Survey,
  binding: Binding,
  out: { properties: Record<string, Schema>; required: string[]; rules: Schema[] },
): void {
  for (const [name, schema] of questionProperties(q, survey)) out.properties[name] = schema;
  const names = answerNames(q);
  // The section's condition applies to the whole roster: stated by the form.
  const when = q.when ? showCondition({ ...q, section: { ...q.section, when: undefined } }, binding) : undefined;
  const shown = when && readsOnlyInstance(when, r, survey) ? conditionSchema(when, survey) : undefined;
  if (!when) {
    if (q.required) out.required.push(...names);
  } else if (shown) {
    out.rules.push(
      compact({
        if: shown,
        then: q.required ? { properties: Object.fromEntries(names.map((n) => [n, true])), required: names } : undefined,
        else: { properties: Object.fromEntries(names.map((n) => [n, false])) },
      }),
    );
  } else {
    for (const n of names) out.properties[n].$comment = `shown only when ${exprText(when)}; the form checks this condition`;
  }
  for (const o of q.choices?.options ?? []) {
    if (!o.specify) continue;
    const s = specifyName(q.id, o.code);
    const chosen = q.kind === 'single' ? { const: o.code } : { type: 'array', contains: { const: o.code } };
    out.rules.push({
      if: { properties: { [q.id]: chosen }, required: [q.id] },
      then: { properties: { [s]: true }, required: [s] },
      else: { properties: { [s]: false } },
    });
  }
}

/** The array schema of one roster. */
export function rosterProperty(r: Roster, survey: Survey, binding: Binding): Schema {
  const out = { properties: {} as Record<string, Schema>, required: [] as string[], rules: [] as Schema[] };
  const source = r.count.kind === 'each' ? survey.variables.get(r.count.source) : undefined;
  if (source && !('matrix' in source) && source.choices) {
    out.properties[ROSTER_OPTION] = { description: 'The option of the loop this instance is asked for.', $ref: listRef(source.choices) };
    out.required.push(ROSTER_OPTION);
  }
  // Questions and nested groups in source order.
  const members = [
    ...r.questions.map((q) => ({ at: q.node.range.start, q })),
    ...r.rosters.map((c) => ({ at: c.node.range.start, c })),
  ].sort((a, b) => a.at - b.at);
  for (const m of members) {
    if ('q' in m) instanceQuestion(m.q, r, survey, binding, out);
    else out.properties[m.c.id] = rosterProperty(m.c, survey, binding);
  }
  const t = (x: Parameters<typeof textIn>[0]) => textIn(x, survey.defaultLanguage, survey);
  const count =
    r.count.kind === 'fixed'
      ? `${r.count.n} instances`
      : r.count.kind === 'answer'
        ? `one instance per unit of the answer to '${r.count.source}'`
        : `one instance per option chosen in '${r.count.source}', in the list's order`;
  return compact({
    title: r.title ? t(r.title) : r.id,
    description: `Repeat group '${r.id}': ${count}.`,
    type: 'array',
    maxItems: rosterBound(r, survey),
    items: compact({
      type: 'object',
      properties: out.properties,
      required: out.required.length ? out.required : undefined,
      additionalProperties: false,
      allOf: out.rules.length ? out.rules : undefined,
    }),
  });
}
