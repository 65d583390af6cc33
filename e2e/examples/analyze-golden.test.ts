// Each example analysed on its committed responses, as `survey analyze` does: the JSON
// result and the Markdown report are goldens (after an intended change:
// UPDATE_GOLDEN=1 npx vitest run e2e/examples), and each seed's own tables are asserted:
// seed 002's dashboard, 004's response rate, 001's weighted strata and drivers, 000's
// 300-point index per customer group, 003's quarterly trend, and the field form's household roster.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport, toView, type AnalysisResult } from '@survey/analyze';
import { analyzeExample, runs } from './runs.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const update = process.env.UPDATE_GOLDEN === '1';
const results = new Map<string, AnalysisResult>();

beforeAll(async () => {
  for (const run of runs) results.set(run.name, await analyzeExample(root, run));
}, 300_000);

const result = (name: string) => results.get(name)!;

const target = (r: AnalysisResult, subject: string) => r.targets.find((t) => t.subject === subject)!;

describe.each(runs.map((r) => [r.name] as const))('%s report goldens', (name) => {
  it('JSON result and Markdown report equal their goldens', () => {
    const r = result(name);
    const files = [...renderReport(r, { format: 'json' }), ...renderReport(r, { format: 'md' }).filter((f) => f.fileName.endsWith('.md'))];
    for (const f of files) {
      const path = join(here, 'golden', name, f.fileName);
      if (update) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, f.contents);
        continue;
      }
      expect(existsSync(path), `missing golden ${path}; run with UPDATE_GOLDEN=1`).toBe(true);
      // Exact: the engine runs DuckDB on one thread, so sums of doubles add in one order.
      expect(
        f.contents === readFileSync(path, 'utf8'),
        `${f.fileName} differs from its golden; run with UPDATE_GOLDEN=1 and review the diff`,
      ).toBe(true);
    }
  });
  it('every exclusion names its rule and the measured value; every invalid response its file, row and reason', () => {
    const r = result(name);
    for (const e of r.excluded) {
      expect(e.file).toMatch(new RegExp(`^examples/${name}/responses/`));
      expect(e.row).toBeGreaterThan(0);
      expect(e.detail.en).toMatch(/duration \d+ s < \d+ s|all \d+ rows of \w+ answered \d/);
    }
    for (const i of r.invalid) expect(i.reasons.length).toBeGreaterThan(0);
    expect(r.quality.reduce((s, q) => s + q.excluded, 0)).toBe(r.counts.excluded);
    expect(r.targets.every((t) => t.status !== 'unknown')).toBe(true);
  });
  it('every interval lies within what its statistic can be', () => {
    const r = result(name);
    const inside = (ci: [number, number], [lo, hi]: [number, number], what: string) => {
      expect(ci[0], what).toBeGreaterThanOrEqual(lo);
      expect(ci[1], what).toBeLessThanOrEqual(hi);
      expect(ci[0], what).toBeLessThanOrEqual(ci[1]);
    };
    for (const i of r.items) {
      if (i.estimate && i.range && i.type === 'ordinal') inside(i.estimate.ci, i.range, i.variable);
      if (i.top2Box) inside(i.top2Box.ci, [0, 1], `${i.variable} top-2-box`);
    }
    for (const s of r.scores) if (s.estimate && s.range) inside(s.estimate.ci, s.range, s.id);
    for (const n of r.nps) inside(n.nps.ci, [-100, 100], n.id);
  });
  it('open answers: counted and sampled (at most 20 per question) from analysed responses', () => {
    const r = result(name);
    for (const t of r.texts ?? []) {
      expect(t.sample.length).toBe(Math.min(20, t.answered));
      for (const a of t.sample) expect(a.file).toMatch(new RegExp(`^examples/${name}/responses/`));
    }
  });
});

describe('the seeds’ tables', () => {
  it('002 instant feedback: satisfaction >= 90 and NPS >= 50 met, the TOP 3 complaints, too-fast answers excluded', () => {
    const r = result('instant-feedback');
    expect(target(r, 'csat')).toMatchObject({ status: 'met', op: '>=', value: 90 });
    expect(target(r, 'csat').estimate!.estimate).toBeGreaterThanOrEqual(90);
    expect(target(r, 'nps_score')).toMatchObject({ status: 'met', value: 50 });
    const n = r.nps[0];
    expect(n.promoters.count + n.passives.count + n.detractors.count).toBe(n.n);
    const top = r.top.find((t) => t.name === 'displeased')!;
    expect(top.entries).toHaveLength(3);
    expect(top.entries[0].count).toBeGreaterThanOrEqual(top.entries[2].count);
    expect(r.excluded.length).toBeGreaterThan(0);
    expect(r.excluded.every((e) => e.rule.kind === 'duration')).toBe(true);
    expect(r.breakdowns.some((b) => b.by.id === 'channel' && b.groups.length === 3)).toBe(true);
    // What displeased them, in their own words, beside the TOP 3.
    const detail = r.texts!.find((t) => t.variable === 'displeased_detail')!;
    expect(detail.answered).toBeGreaterThan(0);
    expect(detail.answered).toBeLessThanOrEqual(top.entries[0].n);
  });
  it('004 CRM: 10 invited, 8 analysed = 80% meets the rule; labels in the CSV read as codes', () => {
    const r = result('crm-satisfaction');
    expect(r.responseRates!.overall).toMatchObject({ invited: 10, analysed: 8, rate: 0.8 });
    expect(target(r, 'response_rate')).toMatchObject({ status: 'met', value: 0.8 });
    expect(target(r, 'csat').status).toBe('met');
    const vendor = r.items.find((i) => i.variable === 'vendor')!;
    expect(vendor.distribution.map((d) => d.value)).toContain('a');
    expect(r.drivers[0].outcome).toBe('overall');
  });
  it('001 media company: design weights N_h / m_h per size, breakdowns by size, industry and region, response speed to improve', () => {
    const r = result('media-company');
    const w = r.weighting!;
    expect(w.variable).toBe('size');
    for (const s of w.strata) expect(s.weight).toBeCloseTo(s.size / s.responses, 12);
    expect(r.breakdowns.map((b) => b.by.id)).toEqual(expect.arrayContaining(['size', 'industry', 'region']));
    expect(r.excluded.some((e) => e.rule.kind === 'straightline')).toBe(true);
    const d = r.drivers[0].drivers.find((x) => x.variable === 'response_speed')!;
    expect(d.quadrant).toBe('improve');
    expect(r.responseRates!.strata.find((s) => s.id === 'key')).toMatchObject({ invited: 28 });
    expect(r.items.find((i) => i.variable === 'service_quality')!.estimator).toBe('mean-stratified');
  });
  it('000 weighted assessment: the 300-point total, weighted by customer group, broken down by group', () => {
    const r = result('weighted-assessment');
    const total = r.scores.find((s) => s.id === 'total')!;
    expect(total.range).toEqual([0, 300]);
    expect(total.estimate!.estimate).toBeGreaterThan(0);
    expect(total.estimate!.estimate).toBeLessThan(300);
    expect(r.weighting!.strata.map((s) => s.id)).toEqual(['strategic', 'key', 'regular']);
    const byGroup = r.breakdowns.find((b) => b.by.id === 'group')!;
    expect(byGroup.groups.map((g) => g.key)).toEqual(['strategic', 'key', 'regular']);
    expect(r.top.find((t) => t.name === 'weak')!.entries).toHaveLength(5);
  });
  it('003 manufacturer: four quarterly waves; the index rises in Q4 over Q3 and the change is tested', () => {
    const r = result('manufacturer-quarterly');
    expect(r.waves!.waves.map((w) => w.label)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    const idx = r.waves!.changes.find((c) => c.subject === 'quarter_index' && c.subjectKind === 'score')!;
    expect(idx.values).toHaveLength(4);
    expect(idx.change!).toBeCloseTo(idx.values[3].estimate! - idx.values[2].estimate!, 12);
    expect(idx.change!).toBeGreaterThan(0);
    expect(idx.values[3].estimate!).toBeGreaterThan(idx.values[0].estimate!);
    expect(idx.p).toBeGreaterThan(0);
    expect(r.top.find((t) => t.name === 'dissatisfied')!.entries[0].id).toBe('schedule');
    // The report: the change is Q4 against Q3; the trend lines share one 0–100 axis
    // (the index and the items as POMP), shares stay in the table.
    const w = toView(r).waves!;
    expect(w.changes.every((c) => c.from === 'Q3' && c.to === 'Q4')).toBe(true);
    expect(w.series.map((x) => x.label)).toEqual([
      '过去 3 个月中,您对我司产品质量的满意度如何? (0–100)',
      '过去 3 个月中,您对我司服务质量的满意度如何? (0–100)',
      '过去 3 个月中,您对我司交期管理的满意度如何? (0–100)',
      '过去 3 个月中,您对我司回复速度的满意度如何? (0–100)',
      '季度满意度指数(0–100)',
    ]);
    for (const x of w.series) for (const v of x.values) expect(v! >= 0 && v! <= 100).toBe(true);
    expect(w.series.at(-1)!.values[3]).toBeCloseTo(idx.values[3].estimate!, 12);
    expect(target(r, 'response_rate').estimate!.estimate).toBe(r.counts.analysed / 40);
  });
  it('course evaluation: alpha with the reversed rows, straight-liners caught, response rate against 150 invited', () => {
    const r = result('course-evaluation');
    expect(r.alpha[0].reversed).toEqual(['hard_to_follow', 'unclear_criteria']);
    expect(r.alpha[0].alpha!).toBeGreaterThan(0.7);
    expect(r.excluded.filter((e) => e.rule.kind === 'straightline').every((e) => /including reverse-coded/.test(e.detail.en))).toBe(true);
    expect(r.responseRates!.overall.invited).toBe(150);
  });
  it('household listing: refusals screened out, one member per person of each household, ages and school over members', () => {
    const r = result('household-listing');
    expect(r.screenOuts).toEqual([{ id: 'refusal', count: r.counts.screenedOut }]);
    expect(r.counts.screenedOut).toBeGreaterThan(10);
    const members = r.rosters!.find((g) => g.id === 'members')!;
    const size = r.items.find((i) => i.variable === 'hh_size')!;
    // as many instances as the analysed households have people, every household with at least one
    expect(members.instances).toBe(size.distribution.reduce((s, d) => s + Number(d.value) * d.count, 0));
    expect(members.responses).toBe(r.counts.analysed);
    expect(members.perResponse.mean).toBeCloseTo(size.mean!, 12);
    const age = r.items.find((i) => i.variable === 'age')!;
    expect(age).toMatchObject({ roster: 'members', n: members.instances, estimator: 'mean-clustered' });
    expect(age.estimate!.se).toBeGreaterThan(age.sd! / Math.sqrt(age.n)); // members of one household are alike
    // one head per household; school asked only of members aged 6 to 24
    expect(r.items.find((i) => i.variable === 'relation')!.distribution.find((d) => d.value === 'head')!.count).toBe(r.counts.analysed);
    const school = r.items.find((i) => i.variable === 'school')!;
    expect(school.n).toBeLessThan(members.instances / 2);
    expect(school.unanswered).toBe(members.instances - school.n);
    // every member's name is an open answer of its own, sampled like the others
    expect(r.texts!.find((t) => t.variable === 'member_name')).toMatchObject({ answered: members.instances });
  });
});

describe('determinism', () => {
  it('the weighted example analysed three more times gives byte-identical JSON', async () => {
    const run = runs.find((r) => r.name === 'weighted-assessment')!;
    const first = renderReport(result(run.name), { format: 'json' })[0].contents;
    for (let i = 0; i < 3; i++) expect(renderReport(await analyzeExample(root, run), { format: 'json' })[0].contents).toBe(first);
  }, 300_000);
});
