// Choice filters in a shared list, carried options that keep the source's filters, and a
// required question skipped when none of its options is offered (fixture
// shared-filters.survey, Chinese and English): in the response schema (ajv strict), the
// survey JSON, the runtime data and the analysis configuration.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileFile, compileText } from '@survey/compiler';
import { responseSchema } from '../src/json-schema/emit.ts';
import { analysisDocument, surveyDocument } from '../src/index.ts';
import { runtimeQuestion } from '../src/html/data.ts';
import { truth, type Env } from '../src/html/runtime/evaluate.ts';
import { fixturesDir } from './support/load.ts';
import { makeAjv } from './support/ajv.ts';
import { envelope } from './support/respond.ts';

const r = compileFile(join(fixturesDir, 'shared-filters.survey'));
const survey = r.survey!;
const validate = makeAjv().compile(responseSchema(survey, r.binding));
const valid = (answers: Record<string, unknown>) => validate(envelope(survey, answers as never));
const north = { region: 'north', home: 'bj', visited: ['tj'], best: 'tj', drives: 'yes', cars: ['own'] };

describe('a shared list with choice filters in the response schema', () => {
  it('accepts for each question the options offered to it', () => {
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(valid(north)).toBe(true);
    expect(valid({ ...north, region: 'south', home: 'sh', visited: ['gz', 'other'], 'visited.other.text': '杭州', best: 'gz' })).toBe(true);
  });

  it('refuses, per using question, an option its filter did not offer', () => {
    expect(valid({ ...north, home: 'sh' })).toBe(false); // Shanghai only for the south
    expect(valid({ ...north, visited: ['gz'], best: 'gz' })).toBe(false);
  });

  it('keeps the source filters on carried options and refuses one that was not chosen', () => {
    expect(valid({ ...north, best: 'bj' })).toBe(false);
    const best = runtimeQuestion(
      survey.questions.find((q) => q.id === 'best')!,
      r.binding,
    );
    const env = (answers: Record<string, unknown>): Env => ({ value: (n) => answers[n] as never, missing: () => [] });
    const offered = (answers: Record<string, unknown>) => best.filters!.filter((f) => truth(f.when, env(answers))).map((f) => f.code);
    expect(offered({ region: 'north', visited: ['tj', 'other'] })).toEqual(['tj', 'other']);
    // Shanghai in the answer of a northerner was never offered by `visited`: not carried either.
    expect(offered({ region: 'north', visited: ['sh', 'tj'] })).toEqual(['tj']);
  });

  it('knows that a required question with no option offered is skipped, and then absent', () => {
    const { best: _b, visited: _v, ...noVisits } = north;
    // Nothing visited: `best` (required) has nothing to offer and is not asked.
    expect(valid(noVisits)).toBe(true);
    expect(valid({ ...noVisits, best: 'tj' })).toBe(false);
    // Someone who does not drive is not asked about cars (every option needs a driver) …
    const { cars: _c, ...noCars } = north;
    expect(valid({ ...noCars, drives: 'no' })).toBe(true);
    expect(valid({ ...north, drives: 'no' })).toBe(false);
    // … but a driver must answer.
    expect(valid({ ...noCars, drives: 'yes' })).toBe(false);
    // Something visited: `best` is asked and required.
    const { best: _x, ...noBest } = north;
    expect(valid(noBest)).toBe(false);
  });
});

describe('a shared list with choice filters in the other outputs', () => {
  it('writes the filters once on the list in the survey JSON', () => {
    const doc = surveyDocument(survey, r.binding) as unknown as {
      choiceLists: Array<{ id: string; options: Array<Record<string, unknown>> }>;
    };
    const cities = doc.choiceLists.find((l) => l.id === 'cities')!;
    expect(cities.options.map((o) => (o.when ? `${o.code}:when` : o.code))).toEqual(['bj:when', 'tj:when', 'sh:when', 'gz:when', 'other']);
  });

  it('gives each using question its filters in the runtime data and offeredWhen in the analysis', () => {
    const home = runtimeQuestion(
      survey.questions.find((q) => q.id === 'home')!,
      r.binding,
    );
    expect(home.filters!.map((f) => f.code)).toEqual(['bj', 'tj', 'sh', 'gz']);
    const config = analysisDocument(survey, r.binding) as unknown as {
      variables: Array<{ name: string; valueLabels?: Array<Record<string, unknown>> }>;
    };
    for (const name of ['home', 'visited']) {
      const v = config.variables.find((x) => x.name === name)!;
      expect(v.valueLabels!.map((l) => !!l.offeredWhen)).toEqual([true, true, true, true, false]);
    }
  });
});

describe('a required question whose options may all be filtered out by a condition JSON Schema cannot say', () => {
  it('is not required by the schema, and a comment says the form checks it', () => {
    const text = `survey s {
  title "交通" en: "Transport"
  languages zh, en
  multi modes "您用过哪些交通方式?" en: "Which modes have you used?" { bus "公交" en: "Bus"  metro "地铁" en: "Metro"  taxi "出租车" en: "Taxi" }
  single most "哪种最常用?" en: "Which do you use most?" {
    bus "公交" en: "Bus" when count_selected(modes) >= 2
    metro "地铁" en: "Metro" when count_selected(modes) >= 2
  }
}
`;
    const c = compileText(text);
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const schema = responseSchema(c.survey!, c.binding) as {
      properties: { answers: { required?: string[]; properties: Record<string, { $comment?: string }> } };
    };
    expect(schema.properties.answers.required).toEqual(['modes']);
    expect(schema.properties.answers.properties.most.$comment).toContain('count_selected(modes) >= 2');
    makeAjv().compile(schema);
  });
});
