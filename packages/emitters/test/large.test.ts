// A 5,000-question survey still yields a schema ajv compiles. The schema stays flat
// (one properties map, one allOf of small if/then rules), and its answers are checked
// in parts of 20 (json-schema/parts.ts): without them ajv's generated code, which nests
// once per property when allErrors is off, overflowed the stack near 5,000 properties.
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

  it("its response schema compiles under ajv's default options (strict, no allErrors): its answers are checked in parts", () => {
    const validate = makeAjv(false).compile(responseSchema(result.survey!, result.binding));
    const { answers } = respond(result.survey!, result.binding, 'high');
    expect(validate(envelope(result.survey!, answers, 'high'))).toBe(true);
    expect(validate(envelope(result.survey!, { ...answers, r0: 7 }, 'high'))).toBe(false);
  }, 300_000); // a few seconds alone; minutes on a loaded 2-core machine
});
