// A 5,000-question survey still yields a schema ajv compiles. The schema stays flat
// (one properties map, one allOf of small if/then rules); ajv is run with allErrors,
// because with allErrors: false ajv nests the generated code once per property and
// overflows the stack near 5,000 properties (a known ajv limit, not our schema's).
import { describe, expect, it } from 'vitest';
import { compileText } from '@survey/compiler';
import { build } from '../src/index.ts';
import { responseSchema } from '../src/json-schema/emit.ts';
import { makeAjv } from './support/ajv.ts';
import { envelope, respond } from './support/respond.ts';
import { bigSurvey } from './support/big-survey.ts';

describe('a 5,000-question survey', () => {
  const result = compileText(bigSurvey(5000));

  it('compiles without errors and builds all four outputs', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.survey!.questions).toHaveLength(5000);
    const started = performance.now();
    const files = build(result);
    const ms = performance.now() - started;
    expect(files.map((f) => f.fileName)).toEqual(['big.survey.json', 'big.schema.json', 'big.analysis.json', 'big.html']);
    expect(ms).toBeLessThan(10_000);
  });

  it('its response schema compiles under ajv strict with allErrors and validates a response', () => {
    const schema = responseSchema(result.survey!, result.binding);
    const validate = makeAjv(true).compile(schema);
    const { answers } = respond(result.survey!, result.binding, 'low');
    expect(validate(envelope(result.survey!, answers))).toBe(true);
    const { r0: _, ...missingOne } = answers;
    expect(validate(envelope(result.survey!, missingOne))).toBe(false);
  }, 120_000);
});
