// The build contract on one survey that compiles, shared by valid-surveys.test.ts
// and the regression replay: deterministic build output, and a response schema that
// compiles in ajv strict mode, accepts a response made from the model and rejects a
// broken one.
import { expect } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { build, RESPONSE_FORMAT, specifyName } from '@survey/emitters';
import { compileAt, type FuzzCase } from './fuzz-kit.ts';
import { invalidResponse, validResponse } from './responses.ts';

const names = { format: RESPONSE_FORMAT, specifyName };

function newAjv() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

/** Compile, build twice, and check the response schema against made-up responses. */
export function buildsAndValidates({ text, path }: FuzzCase, seed = 1): void {
  const result = compileAt(text, path);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`does not compile: ${errors[0].code} ${errors[0].message}`);
  const first = build(result);
  const again = build(compileAt(text, path));
  expect(first.map((f) => f.fileName).sort()).toEqual(again.map((f) => f.fileName).sort());
  for (const f of first) {
    const other = again.find((g) => g.fileName === f.fileName)!;
    if (other.contents !== f.contents) throw new Error(`${f.fileName} differs between two builds of the same text`);
  }
  const schemaFile = first.find((f) => f.fileName.endsWith('.schema.json'));
  if (!schemaFile) throw new Error(`no response schema among ${first.map((f) => f.fileName).join(', ')}`);
  const validate = newAjv().compile(JSON.parse(schemaFile.contents));
  const survey = result.survey!;
  const valid = validResponse(survey, seed, names);
  if (!validate(valid))
    throw new Error(
      `a valid response is rejected: ${JSON.stringify(validate.errors?.slice(0, 3))}\n${JSON.stringify(valid).slice(0, 600)}`,
    );
  const { response, broken } = invalidResponse(survey, valid, seed);
  if (validate(response)) throw new Error(`an invalid response is accepted (${broken})`);
}
