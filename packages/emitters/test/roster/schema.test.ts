// Repeat groups (rosters) in the response schema and the compiled survey: the schema
// compiles under ajv strict, accepts a household with members, nested jobs, a brand loop
// and fixed visits, and rejects what a roster forbids (too many instances, a wrong option,
// a member question at the top level, an answer hidden by an instance's condition).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileFile } from '@survey/compiler';
import { responseSchema } from '../../src/json-schema/emit.ts';
import { surveyDocument } from '../../src/survey-json/emit.ts';
import { ANALYSIS_SCHEMA_URL, SURVEY_SCHEMA_URL } from '../../src/common/names.ts';
import { analysisDocument } from '../../src/analysis/emit.ts';
import { makeAjv, publishedAjv } from '../support/ajv.ts';
import { envelope } from '../support/respond.ts';

const result = compileFile(join(import.meta.dirname, 'household.survey'));
const survey = result.survey!;

const household = () => ({
  size: 2,
  members: [
    {
      name: '王芳',
      age: 42,
      jobs: ['employed', 'own'],
      job_loop: [
        { _option: 'employed', hours: 40 },
        { _option: 'own', hours: 10 },
      ],
    },
    { name: 'Li Lei', age: 9, job_loop: [] },
  ],
  brands: ['a', 'c'],
  brand_loop: [
    { _option: 'a', liking: 5 },
    { _option: 'c', liking: 1, why: '太贵了' },
  ],
  visits: [{ visited: '2026-01-05' }, {}, {}],
});

describe('roster response schema', () => {
  const ajv = makeAjv();
  const validate = ajv.compile(responseSchema(survey, result.binding));
  const check = (answers: Record<string, unknown>) => {
    const ok = validate(envelope(survey, answers as never));
    return ok ? '' : ajv.errorsText(validate.errors);
  };

  it('compiles without diagnostics under ajv strict', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(() => makeAjv(false).compile(responseSchema(survey, result.binding))).not.toThrow();
  });

  it('describes each roster as an array of instances bounded by its maxItems', () => {
    const props = (responseSchema(survey, result.binding).properties as Record<string, Record<string, Record<string, unknown>>>).answers
      .properties as Record<string, Record<string, unknown>>;
    expect(Object.keys(props).filter((k) => props[k].type === 'array' && 'maxItems' in props[k])).toEqual([
      'members',
      'brand_loop',
      'visits',
    ]);
    expect([props.members.maxItems, props.brand_loop.maxItems, props.visits.maxItems]).toEqual([4, 3, 3]);
    expect(props.age).toBeUndefined();
    const member = props.members.items as Record<string, Record<string, Record<string, unknown>>>;
    expect(Object.keys(member.properties)).toEqual(['name', 'age', 'jobs', 'job_loop']);
    expect(member.properties.job_loop.maxItems).toBe(2);
  });

  it('accepts a household answered in both languages', () => {
    expect(check(household())).toBe('');
  });

  it('rejects too many instances, an option outside the loop list, a roster question at the top level, and a hidden answer', () => {
    const a = household();
    a.members.push(a.members[0], a.members[0], a.members[0]);
    expect(check(a)).toMatch(/must NOT have more than 4 items/);
    const b = household();
    b.brand_loop[0]._option = 'z';
    expect(check(b)).not.toBe('');
    expect(check({ ...household(), age: 42 })).toMatch(/additional properties/);
    const c = household();
    (c.members[1] as Record<string, unknown>).jobs = ['employed']; // 9 years old: not asked
    expect(check(c)).not.toBe('');
    const d = household();
    delete (d.members[0] as Record<string, unknown>).name; // required in every instance
    expect(check(d)).toMatch(/must have required property 'name'/);
  });
});

describe('roster in the compiled survey', () => {
  it('lists the rosters with their counts, bounds and parents, and marks their questions; validates against survey-v1', () => {
    const doc = JSON.parse(JSON.stringify(surveyDocument(survey, result.binding)));
    expect(doc.rosters).toEqual([
      {
        id: 'members',
        title: { zh: '家庭成员', en: 'Household member' },
        count: { from: 'size' },
        max: 4,
        questions: ['name', 'age', 'jobs'],
        rosters: ['job_loop'],
      },
      { id: 'job_loop', title: { zh: '工作', en: 'Job' }, count: { each: 'jobs' }, max: 2, parent: 'members', questions: ['hours'] },
      { id: 'brand_loop', title: { zh: '品牌评价', en: 'Brand rating' }, count: { each: 'brands' }, max: 3, questions: ['liking', 'why'] },
      { id: 'visits', title: { zh: '最近三次就诊', en: 'Your last three visits' }, count: { fixed: 3 }, max: 3, questions: ['visited'] },
    ]);
    const hours = doc.sections[0].questions.find((q: { id: string }) => q.id === 'hours');
    expect(hours.roster).toBe('job_loop');
    const care = doc.sections.flatMap((s: { questions: unknown[] }) => s.questions).find((q: { id: string }) => q.id === 'care');
    expect(JSON.stringify(care.when)).toContain('{"type":"roster","name":"members"}');
    const ajv = publishedAjv();
    expect(ajv.validate(SURVEY_SCHEMA_URL, doc) ? '' : ajv.errorsText()).toBe('');
  });
});

describe('roster in the analysis configuration', () => {
  it('describes each roster as a long table keyed by response, enclosing instance, index and option; validates against analysis-v1', () => {
    const doc = JSON.parse(JSON.stringify(analysisDocument(survey, result.binding)));
    const jobLoop = doc.rosters.find((r: { id: string }) => r.id === 'job_loop');
    expect(jobLoop.path).toEqual(['members', 'job_loop']);
    expect(jobLoop.keys.map((k: { name: string }) => k.name)).toEqual(['response', 'members_index', 'job_loop_index', 'job_loop_option']);
    expect(jobLoop.variables).toEqual(['hours']);
    const visits = doc.rosters.find((r: { id: string }) => r.id === 'visits');
    expect(visits.keys.map((k: { name: string }) => k.name)).toEqual(['response', 'visits_index']);
    expect(doc.variables.find((v: { name: string }) => v.name === 'age').roster).toBe('members');
    expect(doc.variables.find((v: { name: string }) => v.name === 'size').roster).toBeUndefined();
    // A multi-select's indicators are columns of the same long table.
    expect(doc.variables.find((v: { name: string }) => v.name === 'jobs.employed').roster).toBe('members');
    expect(doc.conventions.rosters).toContain('read in the same instance');
    const ajv = publishedAjv();
    expect(ajv.validate(ANALYSIS_SCHEMA_URL, doc) ? '' : ajv.errorsText()).toBe('');
  });
});

describe('filters inside a roster in the analysis configuration', () => {
  it("keep the instance's names: an option's filter and carried options read the same instance's columns", () => {
    const r = compileFile(join(import.meta.dirname, 'filters.survey'));
    const doc = JSON.parse(JSON.stringify(analysisDocument(r.survey!, r.binding)));
    const byName = (n: string) => doc.variables.find((v: { name: string }) => v.name === n);
    const fr = byName('langs').valueLabels.find((l: { value: string }) => l.value === 'fr');
    expect(fr.offeredWhen).toEqual({ type: 'binary', op: '>=', left: { type: 'var', name: 'age' }, right: { type: 'number', value: 18 } });
    // Carried from the same instance's `langs`, keeping the source's filter (French for adults).
    const main = byName('main').valueLabels.map((l: { offeredWhen: object }) => JSON.stringify(l.offeredWhen));
    expect(main[0]).toBe('{"type":"binary","op":"has","left":{"type":"var","name":"langs"},"right":{"type":"code","value":"zh"}}');
    expect(JSON.parse(main[2])).toEqual({
      type: 'binary',
      op: 'and',
      left: { type: 'binary', op: 'has', left: { type: 'var', name: 'langs' }, right: { type: 'code', value: 'fr' } },
      right: fr.offeredWhen,
    });
    expect(byName('school').shownWhen).toMatchObject({ left: { name: 'age' } });
    expect(doc.rosters[0].variables).toEqual(['age', 'langs', 'main', 'school']);
    const ajv = publishedAjv();
    expect(ajv.validate(ANALYSIS_SCHEMA_URL, doc) ? '' : ajv.errorsText()).toBe('');
  });
});
