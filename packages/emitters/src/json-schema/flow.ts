// What the flow adds to the response schema: `outcome` ("complete" or "screenout"), the
// screen-out that ended the response, the end screen shown, and `order` (the order in
// which each randomised section's questions and each shuffle group's sections were
// shown). A screened-out response stops early, so it needs none of the answers a
// complete one needs: `answers` keeps every type rule but its `required` lists move into
// a rule that applies only when the outcome is not "screenout".
import { recordsFlow, type Survey } from '@survey/compiler';

type Schema = Record<string, unknown>;

/** A rule without its `then` (which only adds required answers), or undefined when nothing is left. */
function withoutThen(rule: Schema): Schema | undefined {
  if (!('if' in rule)) return rule;
  const { then: _then, ...rest } = rule;
  return 'else' in rest ? rest : undefined;
}

function orderSchema(survey: Survey): Schema | undefined {
  const f = survey.flow;
  const properties: Record<string, Schema> = {};
  const list = (ids: string[], description: string): Schema => ({
    description,
    type: 'array',
    items: { enum: ids },
    minItems: ids.length,
    maxItems: ids.length,
    uniqueItems: true,
  });
  for (const r of f.randomSections) {
    const sec = survey.sections.find((s) => s.id === r.section);
    if (sec)
      properties[sec.id] = list(
        sec.questions.map((q) => q.id),
        `The order in which the questions of section ${sec.id} were shown.`,
      );
  }
  for (const g of f.groups) properties[g.id] = list(g.sections, `The order in which the sections of group ${g.id} were shown.`);
  if (!Object.keys(properties).length) return undefined;
  return {
    description: 'The order shown, for each randomised section and shuffle group.',
    type: 'object',
    properties,
    additionalProperties: false,
  };
}

/** Adds the flow's properties and rules to a response schema (in place); a survey without flow is left as it is. */
export function applyFlow(schema: Schema, survey: Survey): Schema {
  const f = survey.flow;
  if (!recordsFlow(f)) return schema;
  const props = schema.properties as Record<string, Schema>;
  const rootRules = (schema.allOf as Schema[] | undefined) ?? [];
  const outcomes = f.screenOuts.length ? ['complete', 'screenout'] : ['complete'];
  props.outcome = { description: 'How the response ended; absent means complete.', enum: outcomes };
  if (f.screenOuts.length)
    props.screenout = { description: 'The screen-out that ended the response.', enum: f.screenOuts.map((x) => x.id) };
  if (f.ends.length) props.end = { description: 'The end screen shown after submitting.', enum: f.ends.map((x) => x.id) };
  const order = orderSchema(survey);
  if (order) props.order = order;
  if (!f.screenOuts.length) return schema;
  // A screened-out response: only the type rules of the answers it has.
  const answers = props.answers;
  const required = answers.required as string[] | undefined;
  const rules = (answers.allOf as Schema[] | undefined) ?? [];
  const relaxed = rules.map(withoutThen).filter((r): r is Schema => !!r);
  delete answers.required;
  if (relaxed.length) answers.allOf = relaxed;
  else delete answers.allOf;
  const complete: Schema = {
    properties: {
      screenout: false,
      answers: {
        type: 'object',
        ...(required ? { properties: Object.fromEntries(required.map((n) => [n, true])), required } : {}),
        ...(rules.length ? { allOf: rules } : {}),
      },
    },
  };
  if (rootRules.length) complete.allOf = rootRules;
  const rootRelaxed = rootRules.map(withoutThen).filter((r): r is Schema => !!r);
  schema.allOf = [
    ...rootRelaxed,
    {
      if: { properties: { outcome: { const: 'screenout' } }, required: ['outcome'] },
      then: { properties: { screenout: true, end: false }, required: ['screenout'] },
      else: complete,
    },
  ];
  return schema;
}
