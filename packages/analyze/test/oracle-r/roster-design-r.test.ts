// Oracle: in a stratified survey a repeat group's item means over instances use the
// design — strata, weights N_h / m_h, fpc, each response a cluster — and equal R survey's
// svymean(~x, svydesign(ids = ~response, strata = ~stratum, weights = ~w, fpc = ~N),
// na.rm = TRUE) on the instance-level data (a household without members kept as one empty
// row, so it stays a cluster of its stratum), to 1e-9 relative. The unweighted mean and
// SD over instances stay R's mean() and sd(). 分层抽样下花名册题目的加权均值与 R 对照。
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempFiles } from '../helpers/survey.ts';
import { householdResponses, householdsInput } from '../fixtures/households.ts';

const R_SCRIPT = `
suppressMessages(library(survey))
d <- read.csv(commandArgs(trailingOnly = TRUE)[1], stringsAsFactors = FALSE)
out <- function(name, x) cat(name, sprintf("%.17g", x), "\\n")
des <- svydesign(ids = ~response, strata = ~stratum, weights = ~w, fpc = ~N, data = d)
for (v in c("age", "health")) {
  m <- svymean(as.formula(paste0("~", v)), des, na.rm = TRUE)
  out(v, c(coef(m), SE(m), sum(!is.na(d[[v]])), mean(d[[v]], na.rm = TRUE), sd(d[[v]], na.rm = TRUE)))
}
`;

function close(actual: number | undefined, expected: number) {
  expect(actual).toBeDefined();
  expect(Math.abs(actual! - expected), `${actual} vs R ${expected}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe('R: a repeat group of a stratified survey, estimated with the design / 与 R 对照(分层花名册)', async () => {
  const { jsonl, longCsv, households } = householdResponses(150);
  const dir = tempFiles({ 'r.jsonl': jsonl, 'long.csv': longCsv, 'o.R': R_SCRIPT });
  const r = spawnSync('Rscript', ['--vanilla', join(dir, 'o.R'), join(dir, 'long.csv')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`Rscript failed: ${r.stderr}`);
  const R = Object.fromEntries(
    r.stdout
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .map(([name, ...xs]) => [name, xs.map(Number)]),
  ) as Record<string, number[]>;
  const res = await run(householdsInput, [join(dir, 'r.jsonl')]);

  it('reads every household, with and without members, in its stratum', () => {
    expect(res.counts).toMatchObject({ received: 150, invalid: 0, analysed: 150 });
    expect(households.some((h) => h.members.length === 0)).toBe(true);
    expect(res.weighting?.strata.map((s) => s.responses)).toEqual(
      ['city', 'town', 'village'].map((id) => households.filter((h) => h.region === id).length),
    );
    expect(res.estimators.map((e) => e.id)).toContain('mean-clustered-stratified');
  });
  for (const v of ['age', 'health'])
    it(`${v}: design-weighted mean and SE over instances, n, mean and SD`, () => {
      const item = res.items.find((i) => i.variable === v)!;
      expect(item).toMatchObject({ roster: 'members', estimator: 'mean-clustered-stratified' });
      close(item.estimate?.estimate, R[v][0]);
      close(item.estimate?.se, R[v][1]);
      expect(item.n).toBe(R[v][2]);
      close(item.mean, R[v][3]);
      close(item.sd, R[v][4]);
      // weighted and unweighted differ on these data: the weights are really applied
      expect(Math.abs(item.estimate!.estimate - item.mean!)).toBeGreaterThan(1e-6);
    });
});
