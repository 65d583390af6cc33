// The fast validator (first error only, code lists as enums) must accept exactly the
// responses the full schema accepts; the reasons still come from the full schema.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ResponseValidator, constsAsEnum } from '../src/validate.ts';
import { join } from 'node:path';
import { csvRecords } from '../src/load/csv.ts';
import { randomCsv } from './fixtures/random-csv.ts';
import { rng } from './fixtures/stratified.ts';
import { exampleInput, tempFiles } from './helpers/survey.ts';

function fullValidator(schema: object) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('ResponseValidator', () => {
  it('turns a oneOf of constants into an enum, and leaves other oneOfs alone', () => {
    expect(constsAsEnum({ oneOf: [{ const: 1, title: 'a' }, { const: 2 }] })).toEqual({ enum: [1, 2] });
    const mixed = { oneOf: [{ const: 1 }, { type: 'string' }] };
    expect(constsAsEnum(mixed)).toEqual(mixed);
    const twice = { oneOf: [{ const: 1 }, { const: 1 }] }; // no branch valid alone: not an enum
    expect(constsAsEnum(twice)).toEqual(twice);
  });

  for (const example of ['instant-feedback/instant.survey', 'course-evaluation/course.survey', 'media-company/media.survey'])
    it(`accepts exactly what the full schema accepts: ${example}`, async () => {
      const input = exampleInput(example);
      const full = fullValidator(input.schema);
      const fast = new ResponseValidator(input.schema);
      const dir = tempFiles({ 'r.csv': randomCsv(input.analysis, 200) });
      const r = rng(5);
      let valid = 0;
      let invalid = 0;
      for await (const batch of csvRecords(join(dir, 'r.csv'), input.analysis))
        for (const rec of batch) {
          if (!rec.response) continue;
          const answers = rec.response.answers as Record<string, unknown>;
          const keys = Object.keys(answers);
          // as read, then with one answer broken: out of the list, wrong type, or removed
          for (const change of [undefined, 99, 'x', null]) {
            const response = structuredClone(rec.response);
            if (change !== undefined && keys.length) {
              const k = keys[Math.floor(r() * keys.length)];
              if (change === null) delete (response.answers as Record<string, unknown>)[k];
              else (response.answers as Record<string, unknown>)[k] = change;
            }
            const expected = full(response);
            const reasons = fast.check(response);
            expect(reasons.length === 0, JSON.stringify({ response, reasons })).toBe(expected);
            if (expected) valid++;
            else invalid++;
          }
        }
      expect(valid).toBeGreaterThan(100);
      expect(invalid).toBeGreaterThan(100);
    });
});
