// responseId is a UUID as the form writes it (the response schema requires one).
// The engine end to end on the post-transaction survey (seed 002): CSV with BOM, CRLF,
// labels in Chinese instead of codes, an invalid code, a cut-off last line, a too-fast
// response; JSON and JSON Lines from the form. Expected numbers computed by hand.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleInput, run, tempFiles } from './helpers/survey.ts';

const instant = exampleInput('instant-feedback/instant.survey');

const csv =
  '\uFEFFresponseId,experience,recommend,displeased,displeased_detail,durationSeconds\r\n' +
  '00000000-0000-4000-8000-000000000001,5,10,,,30\r\n' +
  '00000000-0000-4000-8000-000000000002,非常满意,9,,,25\r\n' + // a label (zh) instead of the code 5
  '00000000-0000-4000-8000-000000000003,2,3,配送交付,太慢了,40\r\n' + // label of 'delivery'
  '00000000-0000-4000-8000-000000000004,1,0,service,,5\r\n' + // too fast: excluded by the duration rule
  '00000000-0000-4000-8000-000000000005,Neither satisfied nor dissatisfied,7,product,"包装 ""破损""",60\r\n' + // en label of 3; quoted cell
  '00000000-0000-4000-8000-000000000006,7,5,,,30\r\n' + // 7 is not on the scale
  '00000000-0000-4000-8000-000000000007,"4",8,,,45\r\n' +
  '00000000-0000-4000-8000-000000000008,5,1';

describe('analyze: instant feedback from CSV', async () => {
  const dir = tempFiles({ 'a.csv': csv });
  const r = await run(instant, [join(dir, 'a.csv')]);

  it('counts received, invalid, excluded and analysed', () => {
    expect(r.counts).toEqual({ received: 8, invalid: 2, excluded: 1, analysed: 5 });
  });
  it('reports invalid rows with file line and reason', () => {
    expect(r.invalid.map((i) => [i.row, i.responseId, i.reasons[0].path])).toEqual([
      [7, '00000000-0000-4000-8000-000000000006', '/answers/experience'],
      [9, undefined, ''],
    ]);
    expect(r.invalid[0].reasons[0].message).toContain('7 is not one of the allowed values 1, 2, 3, 4, 5');
    expect(r.invalid[1].reasons[0].message).toMatch(/3 cells but the header has 6/);
  });
  it('lists the excluded response with its rule', () => {
    expect(r.excluded).toEqual([
      {
        file: join(dir, 'a.csv'),
        row: 5,
        responseId: '00000000-0000-4000-8000-000000000004',
        rule: { kind: 'duration', op: '<', seconds: 10 },
        detail: { en: 'duration 5 s < 10 s', zh: '用时 5 秒 < 10 秒' },
      },
    ]);
    expect(r.quality[0].excluded).toBe(1);
  });
  it('item statistics: experience 5, 5, 2, 3, 4', () => {
    const e = r.items.find((i) => i.variable === 'experience')!;
    expect(e.n).toBe(5);
    expect(e.mean).toBeCloseTo(3.8, 12);
    expect(e.sd).toBeCloseTo(Math.sqrt((1.2 ** 2 * 2 + 1.8 ** 2 + 0.8 ** 2 + 0.2 ** 2) / 4), 12);
    expect(e.distribution.map((d) => d.count)).toEqual([0, 1, 1, 1, 2]);
    expect(e.top2Box!.estimate).toBeCloseTo(0.6, 12);
    expect(e.top2Box!.count).toBe(3);
    expect(e.estimator).toBe('mean-unweighted');
  });
  it('scores per response: csat = rescale(experience) mean of 100, 100, 25, 50, 75', () => {
    const s = r.scores.find((x) => x.id === 'csat')!;
    expect(s.mean).toBeCloseTo(70, 12);
    expect(s.n).toBe(5);
  });
  it('NPS 10, 9, 3, 7, 8: 2 promoters, 2 passives, 1 detractor = 20', () => {
    const n = r.nps[0];
    expect([n.promoters.count, n.passives.count, n.detractors.count]).toEqual([2, 2, 1]);
    expect(n.nps.estimate).toBeCloseTo(20, 12);
    // SE = sd(100, 100, -100, 0, 0) / sqrt(5)
    expect(n.nps.se).toBeCloseTo(Math.sqrt((80 ** 2 * 2 + 120 ** 2 + 20 ** 2 * 2) / 4) / Math.sqrt(5), 10);
  });
  it('targets: csat 70 < 90 and NPS 20 < 50 are missed', () => {
    expect(r.targets.map((t) => [t.subject, t.status])).toEqual([
      ['csat', 'missed'],
      ['nps_score', 'missed'],
    ]);
  });
  it('top-3 displeased options ranked by share', () => {
    const t = r.top.find((x) => x.name === 'displeased')!;
    expect(t.entries.map((e) => [e.id, e.count])).toEqual([
      ['delivery', 1],
      ['product', 1],
    ]);
  });
});

describe('analyze: the methodology NPS case', () => {
  it('one answer at each of 0..10 gives -45.45', async () => {
    const lines = Array.from({ length: 11 }, (_, i) =>
      JSON.stringify({ format: 'survey-response/1', survey: 'instant_feedback', language: 'en', answers: { experience: 4, recommend: i } }),
    );
    const dir = tempFiles({ 'r.jsonl': lines.join('\n') + '\n' });
    const r = await run(instant, [join(dir, 'r.jsonl')]);
    expect(r.nps[0].nps.estimate).toBeCloseTo(-45.4545454545, 8);
    expect(r.counts.analysed).toBe(11);
  });
  it('reads one JSON file per response from a folder and a half-written JSON line as invalid', async () => {
    const one = (x: number) =>
      JSON.stringify({
        format: 'survey-response/1',
        survey: 'instant_feedback',
        language: 'zh',
        durationSeconds: 20,
        answers: { experience: x, recommend: 9 },
      });
    const dir = tempFiles({ '1.json': one(5), '2.json': one(4), '3.jsonl': one(4) + '\n{"format": "survey-resp' });
    const r = await run(instant, [dir]);
    expect(r.counts).toEqual({ received: 4, invalid: 1, excluded: 0, analysed: 3 });
    expect(r.invalid[0]).toMatchObject({ row: 2 });
    expect(r.invalid[0].reasons[0].message).toMatch(/half-written/);
  });
});
