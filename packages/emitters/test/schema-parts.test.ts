// A large survey's response schema checks its answers in parts (json-schema/parts.ts).
// Split into parts of two, every example and fixture must validate exactly the responses
// its flat layout validates: responses as a respondent gives them, then changed at random
// (answers dropped, swapped for the other style's, replaced by wrong values, unknown
// answers added, the response screened out), under ajv's default options.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { responseSchema } from '../src/json-schema/emit.ts';
import { flatResponseSchema, splitAnswers } from '../src/json-schema/parts.ts';
import { allCases } from './support/load.ts';
import { makeAjv } from './support/ajv.ts';
import { envelope, respond, type Answers, type Style } from './support/respond.ts';

type Schema = Record<string, unknown>;

const WRONG: unknown[] = [9, 0, -1, 1.5, 'no-such-code', '', '不适用', 'yes', [], ['a'], [1, 1], null, { lat: 1 }];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('other' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('wrong' as const), at: fc.nat(), value: fc.constantFrom(...WRONG) }),
  fc.record({ kind: fc.constant('unknown' as const) }),
  fc.record({ kind: fc.constant('screenout' as const), at: fc.nat() }),
);

describe.each(allCases().map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const survey = c.result.survey!;
  const flat = flatResponseSchema(responseSchema(survey, c.result.binding));
  const split = splitAnswers(structuredClone(flat), 2);

  it('puts the parts back to the flat layout', () => {
    expect(flatResponseSchema(split)).toEqual(flat);
  });

  it('accepts and rejects the same responses in parts as flat, under ajv defaults (strict)', () => {
    const viaFlat = makeAjv(false).compile(flat);
    const viaParts = makeAjv(false).compile(split);
    const props = flat.properties as Record<string, Schema>;
    const names = Object.keys((props.answers.properties as Schema) ?? {});
    const screenouts = ((props.screenout?.enum as string[] | undefined) ?? []).slice();
    const base: Record<Style, Answers> = {
      low: respond(survey, c.result.binding, 'low').answers,
      high: respond(survey, c.result.binding, 'high').answers,
    };
    let valid = 0;
    fc.assert(
      fc.property(fc.constantFrom<Style>('low', 'high'), fc.array(mutation, { maxLength: 6 }), (style, changes) => {
        const answers: Record<string, unknown> = { ...base[style] };
        const r = envelope(survey, answers as Answers, style);
        for (const m of changes) {
          const n = names[('at' in m ? m.at : 0) % Math.max(1, names.length)];
          if (m.kind === 'drop') delete answers[n];
          else if (m.kind === 'other') answers[n] = base[style === 'low' ? 'high' : 'low'][n];
          else if (m.kind === 'wrong') answers[n] = m.value;
          else if (m.kind === 'unknown') answers['not.a.question'] = 1;
          else if (screenouts.length) Object.assign(r, { outcome: 'screenout', screenout: screenouts[m.at % screenouts.length] });
        }
        r.answers = answers;
        const ok = viaFlat(r);
        if (ok) valid++;
        expect(viaParts(r)).toBe(ok);
      }),
      { numRuns: 150, seed: 14 },
    );
    expect(valid).toBeGreaterThan(0); // the unchanged responses, at least
  });
});
