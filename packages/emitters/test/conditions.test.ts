// One meaning for `when` in the schema and in the page: for random answers, the JSON
// Schema a condition becomes accepts exactly when the form's evaluator says "shown".
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Question, Survey } from '@survey/compiler';
import { conditionSchema } from '../src/json-schema/conditions.ts';
import { showCondition } from '../src/common/visibility.ts';
import { scaleGrid, missingCodes } from '../src/common/scale-grid.ts';
import { truth } from '../src/html/runtime/evaluate.ts';
import { fixtureCases, exampleCases } from './support/load.ts';
import { makeAjv } from './support/ajv.ts';

function valuesFor(q: Question): fc.Arbitrary<unknown> {
  const codes = q.scale
    ? scaleGrid(q.scale).map((p) => p.value)
    : q.kind === 'yesno'
      ? ['yes', 'no']
      : (q.choices?.options ?? []).map((o) => o.code);
  if (q.kind === 'multi' || q.kind === 'ranking') return fc.subarray(codes, { minLength: 1 });
  if (q.kind === 'number') return fc.integer({ min: -5, max: 40 });
  if (q.kind === 'text' || q.kind === 'date') return fc.constantFrom('2024-05-01', 'text');
  if (q.kind === 'geopoint') return fc.constant({ lat: 31.23, lon: 121.47 });
  if (q.kind === 'file')
    return fc.constant({ name: 'a.pdf', type: 'application/pdf', size: 4, content: 'data:application/pdf;base64,JVBERg==' });
  if (q.kind === 'signature') return fc.constant('data:image/png;base64,iVBORw0KGgo=');
  return fc.constantFrom(...codes);
}

function answersArb(survey: Survey): fc.Arbitrary<Record<string, unknown>> {
  const entries: Record<string, fc.Arbitrary<unknown>> = {};
  for (const q of survey.questions) for (const n of q.kind === 'matrix' ? q.rows.map((r) => r.id) : [q.id]) entries[n] = valuesFor(q);
  return fc.record(entries, { requiredKeys: [] });
}

const cases = [...fixtureCases(), ...exampleCases()].filter((c) =>
  c.result.survey!.questions.some((q) => showCondition(q, c.result.binding)),
);

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const survey = c.result.survey!;
  const missing = new Map<string, number[]>();
  for (const q of survey.questions)
    for (const n of q.kind === 'matrix' ? q.rows.map((r) => r.id) : [q.id]) missing.set(n, missingCodes(q.scale));
  const conditional = survey.questions.map((q) => ({ q, when: showCondition(q, c.result.binding) })).filter((x) => x.when);

  it.each(conditional.map((x) => [x.q.id, x] as const))('condition of %s: schema and page agree', (_id, { when }) => {
    const schema = conditionSchema(when!, survey);
    if (!schema) return; // stated only in the form; see response-schema.test.ts
    const validate = makeAjv().compile({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', ...schema });
    fc.assert(
      fc.property(answersArb(survey), (answers) => {
        const env = { value: (n: string) => answers[n] as never, missing: (n: string) => missing.get(n) ?? [] };
        expect(validate(answers)).toBe(truth(when!, env));
      }),
      { numRuns: 300 },
    );
  });
});
