// Choice filters, carry-forward and defaults in the outputs (fixture options-flow.survey,
// Chinese and English): the response schema refuses an option that was not offered when
// its condition can be said in JSON Schema (a carry-forward always can), the survey JSON
// carries the filters, the carried list and the defaults, the runtime data the trees the
// form evaluates.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileFile } from '@survey/compiler';
import { responseSchema } from '../src/json-schema/emit.ts';
import { surveyDocument } from '../src/index.ts';
import { runtimeQuestion } from '../src/html/data.ts';
import { truth, type Env } from '../src/html/runtime/evaluate.ts';
import { fixturesDir } from './support/load.ts';
import { makeAjv } from './support/ajv.ts';
import { envelope } from './support/respond.ts';

const r = compileFile(join(fixturesDir, 'options-flow.survey'));
const survey = r.survey!;
const validate = makeAjv().compile(responseSchema(survey, r.binding));
const base = { region: 'south', brands: ['a', 'c'], favourite: 'c', people: 2, bags: 4, pay: 'card' };
const valid = (answers: Record<string, unknown>, hidden?: Record<string, unknown>) => {
  const response = envelope(survey, answers as never);
  if (hidden) response.hidden = hidden;
  return validate(response);
};

describe('choice filters and carry-forward in the response schema', () => {
  it('accepts options that were offered', () => {
    expect(valid(base)).toBe(true);
    expect(valid({ ...base, consider: ['b', 'other'], 'consider.other.text': '本地品牌' })).toBe(true);
    expect(valid({ ...base, brands: ['a', 'd'], favourite: 'd' }, { channel: 'web' })).toBe(true);
  });

  it('refuses an option whose filter was false', () => {
    expect(valid({ ...base, region: 'north' })).toBe(false); // c is sold in the south only
    expect(valid({ ...base, brands: ['a', 'd'], favourite: 'a' }, { channel: 'shop' })).toBe(false);
    expect(valid({ ...base, brands: ['a', 'd'], favourite: 'a' }, {})).toBe(false); // no channel: d never offered
  });

  it('refuses a carried option that was not (or was) chosen', () => {
    expect(valid({ ...base, favourite: 'b' })).toBe(false);
    expect(valid({ ...base, consider: ['a'] })).toBe(false);
    expect(valid({ ...base, consider: ['c', 'b'] })).toBe(false);
    // d was not offered in brands (no web channel), so it is not among those not chosen either.
    expect(valid({ ...base, consider: ['d'] }, {})).toBe(false);
  });
});

describe('the survey JSON and the runtime data', () => {
  const doc = surveyDocument(survey, r.binding) as unknown as {
    sections: Array<{ questions: Array<Record<string, unknown> & { id: string; options?: Array<Record<string, unknown>> }> }>;
  };
  const q = (id: string) => doc.sections.flatMap((s) => s.questions).find((x) => x.id === id)!;

  it('carries filters on their options, the carry-forward and the defaults', () => {
    expect(q('brands').options!.map((o) => (o.when ? `${o.code}:when` : o.code))).toEqual(['a', 'b', 'c:when', 'd:when', 'other']);
    expect(q('favourite').carryForward).toEqual({ from: 'brands', selected: true });
    expect(q('consider').carryForward).toEqual({ from: 'brands', selected: false });
    // A carried list is written out without the source's filters.
    expect(q('favourite').options!.some((o) => 'when' in o)).toBe(false);
    expect(q('people').default).toEqual({ type: 'number', value: 1 });
    expect(q('pay').default).toEqual({ type: 'code', value: 'phone' });
  });

  it('gives the form one condition per filtered option, in the runtime semantics', () => {
    const fav = runtimeQuestion(
      survey.questions.find((x) => x.id === 'favourite')!,
      r.binding,
    );
    const env = (answers: Record<string, unknown>): Env => ({ value: (n) => answers[n] as never, missing: () => [] });
    const offered = (answers: Record<string, unknown>) => fav.filters!.filter((f) => truth(f.when, env(answers))).map((f) => f.code);
    expect(offered({ brands: ['b', 'other'] })).toEqual(['b', 'other']);
    expect(offered({})).toEqual([]);
    const consider = runtimeQuestion(
      survey.questions.find((x) => x.id === 'consider')!,
      r.binding,
    );
    // Not chosen among the options brands offered: c only in the south, d never without a channel.
    const notChosen = (answers: Record<string, unknown>) => consider.filters!.filter((f) => truth(f.when, env(answers))).map((f) => f.code);
    expect(notChosen({ brands: ['b'] })).toEqual(['a', 'other']);
    expect(notChosen({ region: 'south', brands: ['b'] })).toEqual(['a', 'c', 'other']);
    expect(
      runtimeQuestion(
        survey.questions.find((x) => x.id === 'bags')!,
        r.binding,
      ).default,
    ).toMatchObject({ type: 'binary', op: '*' });
  });
});
