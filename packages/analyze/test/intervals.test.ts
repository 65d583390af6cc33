// Intervals stay inside what the statistic can be: the Wilson interval for unweighted
// shares equals R's prop.test(correct = FALSE); on a tiny sample the Wald interval of a
// 1–5 mean, a 0–100 score and an NPS would run past the ends, and the engine cuts it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clamped, wilson } from '../src/estimate/bounded.ts';
import { exampleInput, run, tempFiles } from './helpers/survey.ts';

const instant = exampleInput('instant-feedback/instant.survey');

describe('Wilson score interval', () => {
  // R 4: prop.test(x, n, correct = FALSE)$conf.int
  it.each([
    [81, 263, 0.25528851987827428, 0.36620957698280016],
    [3, 3, 0.43850296824495466, 1],
    [0, 8, 0, 0.32440756488388012],
  ])('%i of %i equals R prop.test', (x, n, lo, hi) => {
    const e = wilson(x / n, n, 0, 0.95);
    expect(e.ci[0]).toBeCloseTo(lo, 12);
    expect(e.ci[1]).toBeCloseTo(hi, 12);
    expect(e.estimate).toBe(x / n);
  });
  it('no answers: a point, not NaN', () => expect(wilson(0, 0, 0, 0.95).ci).toEqual([0, 0]));
});

describe('clamped', () => {
  it('cuts only the side that leaves the range and keeps estimate and SE', () => {
    expect(clamped({ estimate: 4.8, se: 0.2, ci: [4.4, 5.2], level: 0.95 }, [1, 5])).toEqual({
      estimate: 4.8,
      se: 0.2,
      ci: [4.4, 5],
      level: 0.95,
    });
    expect(clamped({ estimate: 3, se: 1, ci: [1, 5], level: 0.95 }, undefined).ci).toEqual([1, 5]);
  });
});

describe('a tiny sample of the instant-feedback survey', async () => {
  const line = (experience: number, recommend: number) =>
    JSON.stringify({ format: 'survey-response/1', survey: 'instant_feedback', language: 'zh', answers: { experience, recommend } });
  const dir = tempFiles({ 'r.jsonl': [line(5, 10), line(5, 0), line(4, 10)].join('\n') + '\n' });
  const r = await run(instant, [join(dir, 'r.jsonl')]);
  const experience = r.items.find((i) => i.variable === 'experience')!;

  it('the mean of 5, 5, 4 (Wald upper end 5.32) is cut at the scale end 5', () => {
    const e = experience.estimate!;
    expect(e.estimate + 1.959963984540054 * e.se).toBeGreaterThan(5);
    expect(e.ci[1]).toBe(5);
    expect(e.ci[0]).toBeCloseTo(e.estimate - 1.959963984540054 * e.se, 12);
  });
  it('top-2-box 3 of 3 gets the Wilson interval [0.4385, 1], not the point [1, 1]', () => {
    expect(experience.top2Box!.estimate).toBe(1);
    expect(experience.top2Box!.ci[0]).toBeCloseTo(0.43850296824495466, 12);
    expect(experience.top2Box!.ci[1]).toBe(1);
  });
  it('NPS of 10, 0, 10 (33.3 ± 130.7, Wald upper end 164) is cut at 100; the csat score within 0–100', () => {
    const n = r.nps[0].nps;
    expect(n.estimate).toBeCloseTo(100 / 3, 12);
    expect(n.estimate + 1.959963984540054 * n.se).toBeGreaterThan(160);
    expect(n.ci[1]).toBe(100);
    expect(n.ci[0]).toBeCloseTo(n.estimate - 1.959963984540054 * n.se, 10);
    const csat = r.scores.find((s) => s.id === 'csat')!.estimate!;
    expect(csat.ci[1]).toBe(100);
    expect(r.targets.find((t) => t.subject === 'nps_score')!.estimate!.ci[1]).toBe(100);
  });
});
