// Calculated values (`let`) in the outputs: the form's runtime recomputes them from the
// answers (conditions and pipes read them), the response records them under `calculated`
// (typed, never required), and the compiled survey and analysis configuration carry
// their formulas. Fixture: test/fixtures/calculations.survey (Chinese and English).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileFile } from '@survey/compiler';
import { responseSchema } from '../src/json-schema/emit.ts';
import { analysisDocument, surveyDocument } from '../src/index.ts';
import { runtimeCalculations } from '../src/html/data.ts';
import { calculate } from '../src/html/runtime/calculate.ts';
import { truth, type Env } from '../src/html/runtime/evaluate.ts';
import { showCondition } from '../src/common/visibility.ts';
import { fixturesDir } from './support/load.ts';
import { makeAjv } from './support/ajv.ts';
import { envelope } from './support/respond.ts';

const r = compileFile(join(fixturesDir, 'calculations.survey'));
const survey = r.survey!;
const calcs = runtimeCalculations(survey, r.binding);

function env(answers: Record<string, unknown>): Env {
  const e: Env = {
    value: (n) => answers[n] as never,
    missing: (n) => (['service', 'price'].includes(n) ? [9] : []),
    range: (n) => (['service', 'price', 'sat5'].includes(n) ? [1, 5] : undefined),
    today: () => '2026-03-10',
    calc: (n) => calculate(calcs, n, e),
  };
  return e;
}

describe('calculated values in the form runtime', () => {
  it('recompute from the answers, leaving missing codes out', () => {
    const e = env({ name: '王芳', visited: '2026-03-01', bought: ['food', 'home'], service: 2, price: 9 });
    expect(calculate(calcs, 'greeting', e)).toBe('王芳');
    expect(calculate(calcs, 'kinds', e)).toBe(2);
    expect(calculate(calcs, 'overall', e)).toBe(2);
    expect(calculate(calcs, 'unhappy', e)).toBe(true);
    expect(calculate(calcs, 'days_since', e)).toBe(9);
    expect(calculate(calcs, 'name_length', e)).toBe(2);
    expect(calculate(calcs, 'best', e)).toBe(2);
    expect(calculate(calcs, 'band', e)).toBe('low');
    const later = env({ visited: '2026-03-01', service: 5, price: 4 });
    expect(calculate(calcs, 'greeting', later)).toBe('您好');
    expect(calculate(calcs, 'kinds', later)).toBe(0);
    expect(calculate(calcs, 'overall', later)).toBe(4.5);
    expect(calculate(calcs, 'band', later)).toBe('high');
  });

  it('a condition that reads a calculated value follows the answers', () => {
    const improve = survey.questions.find((q) => q.id === 'improve')!;
    const when = showCondition(improve, r.binding)!;
    expect(JSON.stringify(when)).toContain('"type":"calc"');
    expect(truth(when, env({ service: 2, price: 5 }))).toBe(true);
    expect(truth(when, env({ service: 4, price: 5 }))).toBe(false);
    expect(truth(when, env({ service: 9, price: 9 }))).toBe(false);
  });
});

describe('calculated values in the response, the survey JSON and the analysis configuration', () => {
  const ajv = makeAjv();
  const validate = ajv.compile(responseSchema(survey, r.binding));
  const answers = { visited: '2026-03-01', bought: ['food'], service: 4, price: 5 };
  const response = (calculated?: unknown) => ({ ...envelope(survey, answers), ...(calculated ? { calculated } : {}) });

  it('a response may carry them, typed, or leave them out', () => {
    expect(validate(response())).toBe(true);
    expect(validate(response({ greeting: '您好', kinds: 1, overall: 4.5, unhappy: false, band: 'high' }))).toBe(true);
  });

  it('rejects a calculated value of the wrong type or one the survey does not declare', () => {
    expect(validate(response({ unhappy: 'no' }))).toBe(false);
    expect(validate(response({ kinds: '1' }))).toBe(false);
    expect(validate(response({ total: 3 }))).toBe(false);
  });

  it('the survey JSON and the analysis configuration carry each formula, type and range', () => {
    const fromSurvey = surveyDocument(survey, r.binding).calculations!;
    const fromAnalysis = analysisDocument(survey, r.binding).calculations!;
    expect(fromSurvey).toEqual(fromAnalysis);
    expect(fromSurvey.map((c) => `${c.id}:${c.type}`)).toEqual([
      'greeting:text',
      'kinds:number',
      'overall:number',
      'unhappy:bool',
      'days_since:number',
      'name_length:number',
      'best:number',
      'band:text',
    ]);
    expect(fromSurvey.find((c) => c.id === 'overall')).toMatchObject({
      items: ['service', 'price'],
      range: [1, 5],
      label: { zh: '总体', en: 'Overall' },
    });
    expect(fromSurvey.find((c) => c.id === 'kinds')?.range).toEqual([0, 3]);
    expect(surveyDocument(survey, r.binding).scores[0].items).toEqual(['service', 'price']);
  });
});
