// Responses with repeat groups (household.survey of the emitters' tests, Chinese and
// English): validated against the schema, counted, and each group unnested into its long
// table — item statistics of its questions over the instances (clustered by response),
// instances per response, and scores over aggregates (`mean(liking)`) per response.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileFile } from '@survey/compiler';
import { analyze, surveyInputOf } from '../src/index.ts';

const surveyPath = join(import.meta.dirname, '../../emitters/test/roster/household.survey');

const envelope = (answers: object, i: number) => ({
  format: 'survey-response/1',
  survey: 'household',
  responseId: `00000000-0000-4000-8000-00000000000${i}`,
  language: i === 1 ? 'zh' : 'en',
  startedAt: '2026-01-01T00:00:00.000Z',
  submittedAt: '2026-01-01T00:05:00.000Z',
  durationSeconds: 300,
  answers,
});

describe('responses with repeat groups', () => {
  it('are validated, counted and unnested: statistics over instances, instances per response, scores over aggregates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'roster-'));
    const rows = [
      envelope(
        {
          size: 2,
          members: [
            { name: '王芳', age: 70, jobs: ['employed'], job_loop: [{ _option: 'employed', hours: 40 }] },
            { name: 'Li Lei', age: 9, job_loop: [] },
          ],
          brands: ['a'],
          brand_loop: [{ _option: 'a', liking: 4 }],
          visits: [{}, {}, {}],
        },
        1,
      ),
      envelope(
        {
          size: 1,
          members: [{ name: 'Wang', age: 30, jobs: ['none'], job_loop: [{ _option: 'none', hours: 0 }] }],
          brands: ['b'],
          brand_loop: [{ _option: 'b', liking: 2 }],
          visits: [{}, {}, {}],
        },
        2,
      ),
      // Five members where the household size says at most 4: refused by the schema.
      envelope(
        {
          size: 4,
          members: Array(5).fill({ name: 'x', age: 1, job_loop: [] }),
          brands: ['a'],
          brand_loop: [{ _option: 'a', liking: 1 }],
          visits: [{}, {}, {}],
        },
        3,
      ),
    ];
    writeFileSync(join(dir, 'r.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const res = await analyze(surveyInputOf(compileFile(surveyPath)), { responses: [join(dir, 'r.jsonl')], baseDir: dir });
    expect(res.counts).toMatchObject({ received: 3, invalid: 1, analysed: 2 });
    expect(res.items.find((i) => i.variable === 'size')?.n).toBe(2);
    expect(res.notes.filter((n) => n.message.startsWith('repeat group')).map((n) => n.subject)).toEqual([
      'members',
      'job_loop',
      'brand_loop',
      'visits',
    ]);
    // Over instances: three members (70, 9, 30) in two responses, not two respondents.
    const age = res.items.find((i) => i.variable === 'age')!;
    expect(age).toMatchObject({
      roster: 'members',
      n: 3,
      unanswered: 0,
      mean: (70 + 9 + 30) / 3,
      min: 9,
      max: 70,
      estimator: 'mean-clustered',
    });
    // Clustered SE: residual sums per response (79 − 2m̄, 30 − m̄) over the 3 instances, k/(k−1) = 2.
    const m = (70 + 9 + 30) / 3;
    expect(age.estimate!.se).toBeCloseTo(Math.sqrt(2 * ((79 - 2 * m) ** 2 + (30 - m) ** 2)) / 3, 12);
    // A member under 16 is not asked about jobs: two of three instances answered.
    const jobs = res.items.find((i) => i.variable === 'jobs')!;
    expect(jobs).toMatchObject({ n: 2, unanswered: 1 });
    expect(jobs.distribution.map((d) => [d.value, d.count])).toEqual([
      ['employed', 1],
      ['own', 0],
      ['none', 1],
    ]);
    expect(res.items.find((i) => i.variable === 'hours')).toMatchObject({ roster: 'job_loop', n: 2, mean: 20 });
    expect(res.items.find((i) => i.variable === 'liking')).toMatchObject({ roster: 'brand_loop', n: 2, mean: 3 });
    // Not a column of the responses table any more: each roster question is listed once.
    expect(res.items.filter((i) => i.variable === 'age')).toHaveLength(1);
    expect(res.rosters?.find((r) => r.id === 'members')).toMatchObject({
      instances: 3,
      responses: 2,
      perResponse: { mean: 1.5, min: 1, max: 2 },
      distribution: [
        { instances: 1, responses: 1 },
        { instances: 2, responses: 1 },
      ],
    });
    expect(res.rosters?.find((r) => r.id === 'visits')).toMatchObject({ instances: 6, perResponse: { mean: 3 } });
    // `score brand_sat = mean(liking)` reads every brand's instance of the response: 4 and 2.
    expect(res.scores.find((x) => x.id === 'brand_sat')).toMatchObject({ n: 2, mean: 3 });
    expect(res.estimators.map((e) => e.id)).toContain('mean-clustered');
  }, 60_000);
});
