// Responses with repeat groups (household.survey of the emitters' tests): validated
// against the schema, counted, and analysed without a crash; each roster is named in a
// note, since its instances are not unnested into long tables yet.
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
  it('are validated, counted and analysed, with a note per roster', async () => {
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
  }, 60_000);
});
