// The parts layout compiles the values many answers repeat once (json-schema/shared-values.ts).
// Against the same parts without that sharing (the layout before it), every example, fixture
// and a generated survey of 300 questions must accept and reject exactly the same responses,
// and report the same errors (where, which keyword, its parameters and message; only the
// schema path differs, now naming the shared definition): the first error under ajv's
// defaults, every error with allErrors (what `survey analyze` folds into its reasons). The
// layout without sharing is built with `shareValues` turned off, so that a fault in it
// cannot reach the reference through `flatResponseSchema`.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { compileText, type Binding, type Survey } from '@survey/compiler';
import type { ErrorObject } from 'ajv';
import { responseSchema } from '../src/json-schema/emit.ts';
import { flatResponseSchema, splitAnswers } from '../src/json-schema/parts.ts';
import { allCases } from './support/load.ts';
import { makeAjv } from './support/ajv.ts';
import { bigSurvey } from './support/big-survey.ts';
import { envelope, respond, type Answers, type Style } from './support/respond.ts';

type Schema = Record<string, unknown>;

const sharing = vi.hoisted(() => ({ on: true }));
vi.mock('../src/json-schema/shared-values.ts', async (actual) => {
  const m = await actual<typeof import('../src/json-schema/shared-values.ts')>();
  return { ...m, shareValues: (...a: Parameters<typeof m.shareValues>) => (sharing.on ? m.shareValues(...a) : undefined) };
});

/** The response schema as emitted, and its flat layout built without shared values. */
function emitted(survey: Survey, binding: Binding): { schema: Schema; flat: Schema } {
  sharing.on = false;
  const flat = flatResponseSchema(responseSchema(survey, binding));
  sharing.on = true;
  return { schema: responseSchema(survey, binding), flat };
}

const WRONG: unknown[] = [
  9,
  0,
  -1,
  1.5,
  101,
  'no-such-code',
  '',
  '不适用',
  'yes',
  'other',
  'x'.repeat(1200),
  '2026-13-01',
  [],
  ['a'],
  [1, 1],
  null,
  { lat: 1 },
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('other' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('wrong' as const), at: fc.nat(), value: fc.constantFrom(...WRONG) }),
  fc.record({ kind: fc.constant('unknown' as const) }),
);

/** What a reader of an error sees: everything but the schema path. */
const seen = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map(({ instancePath, keyword, params, message }) => JSON.stringify({ instancePath, keyword, params, message }));

function agree(survey: Survey, binding: Binding, size: number | undefined, runs: number) {
  const { schema, flat } = emitted(survey, binding);
  const before = splitAnswers(structuredClone(flat), size, false);
  const after = size === undefined ? schema : splitAnswers(structuredClone(flat), size);
  expect(flatResponseSchema(after)).toEqual(flat);
  const first = [makeAjv(false).compile(before), makeAjv(false).compile(after)];
  const all = [makeAjv(true).compile(before), makeAjv(true).compile(after)];
  const names = Object.keys(((flat.properties as Record<string, Schema>).answers.properties as Schema) ?? {});
  const base: Record<Style, Answers> = { low: respond(survey, binding, 'low').answers, high: respond(survey, binding, 'high').answers };
  let valid = 0;
  let invalid = 0;
  fc.assert(
    fc.property(fc.constantFrom<Style>('low', 'high'), fc.array(mutation, { maxLength: 6 }), (style, changes) => {
      const answers: Record<string, unknown> = { ...base[style] };
      for (const m of changes) {
        const n = names[('at' in m ? m.at : 0) % Math.max(1, names.length)];
        if (m.kind === 'drop') delete answers[n];
        else if (m.kind === 'other') answers[n] = base[style === 'low' ? 'high' : 'low'][n];
        else if (m.kind === 'wrong') answers[n] = m.value;
        else answers['not.a.question'] = 1;
      }
      const r = { ...envelope(survey, answers as Answers, style), answers };
      const ok = first[0](r);
      expect(first[1](r)).toBe(ok);
      expect(seen(first[1].errors)).toEqual(seen(first[0].errors));
      expect(all[0](r)).toBe(ok);
      expect(all[1](r)).toBe(ok);
      expect(seen(all[1].errors).sort()).toEqual(seen(all[0].errors).sort());
      if (ok) valid++;
      else invalid++;
    }),
    { numRuns: runs, seed: 14 },
  );
  expect(valid).toBeGreaterThan(0);
  expect(invalid).toBeGreaterThan(0);
}

describe.each(allCases().map((c) => [c.name, c] as const))('%s', (_name, c) => {
  it('in parts of two, the shared values accept, reject and report as the parts without them', () => {
    agree(c.result.survey!, c.result.binding, 2, 100);
  });
});

describe('a generated survey of 300 questions', () => {
  it('in parts of 20, the shared values accept, reject and report as the parts without them', () => {
    const result = compileText(bigSurvey(300));
    agree(result.survey!, result.binding, undefined, 150);
  }, 120_000);
});
