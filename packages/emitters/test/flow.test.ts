// The flow in the outputs: the compiled survey and the analysis configuration carry it
// (valid against the published schemas), and the response schema accepts a screened-out
// response with only the answers given before it, records outcome, end screen and the
// order shown, and rejects what the form could not have sent.
import { describe, expect, it } from 'vitest';
import { compileText } from '@survey/compiler';
import { analysisDocument, responseSchema, surveyDocument } from '../src/index.ts';
import { makeAjv, publishedAjv } from './support/ajv.ts';
import { envelope, type Answers } from './support/respond.ts';
import { fixtureCases } from './support/load.ts';

const flow = fixtureCases().find((c) => c.name.endsWith('flow.survey'))!;
const survey = flow.result.survey!;
const binding = flow.result.binding;

interface Item {
  id: string;
  after?: number;
  section?: string;
  items?: string[];
  expr?: unknown;
  message?: Record<string, string>;
}
interface FlowDoc {
  flow: { pages: unknown; screenOuts: Item[]; ends: Item[]; randomSections: unknown; groups: unknown };
  conventions: Record<string, string>;
}

const complete = { customer: 'yes', age: 35, overall: 5, staff: 4, speed: 3, setting: 4, bought_a: 'yes', bought_b: 'no', bought_c: 'no' };
const order = { service: ['overall', 'setting', 'staff', 'speed', 'comments'], brands: ['brand_c', 'brand_a', 'brand_b'] };

describe('flow in the compiled survey and the analysis configuration', () => {
  it('lists pages, screen-outs, end screens and random order, valid against the published schemas', () => {
    const doc = surveyDocument(survey, binding) as unknown as FlowDoc;
    expect(doc.flow.pages).toEqual([{ section: 'service', starts: [0, 4] }]);
    expect(doc.flow.screenOuts.map((x: Item) => [x.id, x.after, x.section, x.items])).toEqual([
      ['not_customer', 2, 'screening', ['customer']],
      ['minor', 2, 'screening', ['age']],
    ]);
    expect(doc.flow.screenOuts[0].message?.en).toBe('Thank you for your interest! This survey is only for recent customers.');
    expect(doc.flow.ends.map((x: Item) => [x.id, !!x.expr])).toEqual([
      ['happy', true],
      ['sorry', true],
      ['thanks', false],
    ]);
    expect(doc.flow.randomSections).toEqual([{ section: 'service', fixed: ['overall'] }]);
    expect(doc.flow.groups).toEqual([{ id: 'brands', sections: ['brand_a', 'brand_b', 'brand_c'], fixed: [] }]);
    const ajv = publishedAjv();
    expect(
      ajv.validate('https://raw.githubusercontent.com/survey-lang/survey/main/packages/emitters/schemas/survey-v1.schema.json', doc),
    ).toBe(true);
    const analysis = analysisDocument(survey, binding) as unknown as FlowDoc;
    expect(analysis.flow.screenOuts.map((x: Item) => x.id)).toEqual(['not_customer', 'minor']);
    expect(analysis.conventions.outcome).toMatch(/screenout/);
    expect(
      ajv.validate('https://raw.githubusercontent.com/survey-lang/survey/main/packages/emitters/schemas/analysis-v1.schema.json', analysis),
    ).toBe(true);
  });

  it('leaves a survey without flow as it was: no flow, no outcome in the schema', () => {
    const r = compileText('survey plain {\n  languages en\n  yesno a "Ready?"\n}');
    expect((surveyDocument(r.survey!, r.binding) as Record<string, unknown>).flow).toBeUndefined();
    expect(Object.keys((responseSchema(r.survey!, r.binding) as { properties: object }).properties)).not.toContain('outcome');
  });
});

describe('flow in the response schema', () => {
  const validate = makeAjv().compile(responseSchema(survey, binding));
  const ok = (answers: Answers, extra: Record<string, unknown> = {}) => {
    const r = { ...envelope(survey, answers), ...extra };
    return validate(r) ? '' : JSON.stringify(validate.errors?.map((e) => `${e.instancePath} ${e.message}`));
  };

  it('accepts a complete response with its end screen and order, and one without outcome', () => {
    expect(ok(complete, { outcome: 'complete', end: 'happy', order })).toBe('');
    expect(ok(complete)).toBe('');
  });

  it('accepts a screened-out response that stops early, and says which screen-out ended it', () => {
    expect(ok({ customer: 'no', age: 40 }, { outcome: 'screenout', screenout: 'not_customer' })).toBe('');
    expect(ok({ customer: 'yes', age: 16 }, { outcome: 'screenout', screenout: 'minor' })).toBe('');
  });

  it('rejects a screen-out without its id, an unknown one, an end screen after a screen-out, a short complete response, a bad order', () => {
    expect(ok({ customer: 'no' }, { outcome: 'screenout' })).not.toBe('');
    expect(ok({ customer: 'no' }, { outcome: 'screenout', screenout: 'nobody' })).not.toBe('');
    expect(ok({ customer: 'no' }, { outcome: 'screenout', screenout: 'not_customer', end: 'thanks' })).not.toBe('');
    expect(ok({ customer: 'yes', age: 30 }, { outcome: 'complete' })).not.toBe('');
    expect(ok(complete, { screenout: 'minor' })).not.toBe('');
    expect(ok(complete, { order: { ...order, brands: ['brand_a', 'brand_a', 'brand_b'] } })).not.toBe('');
    expect(ok(complete, { order: { ...order, service: ['overall'] } })).not.toBe('');
    expect(ok({ ...complete, age: 'old' } as Answers, { outcome: 'screenout', screenout: 'minor' })).not.toBe('');
  });
});
