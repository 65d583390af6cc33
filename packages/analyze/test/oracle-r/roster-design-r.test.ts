// Oracle: in a stratified survey a repeat group's item means over instances use the
// design — strata, weights N_h / m_h, fpc, each response a cluster — and equal R survey's
// svymean(~x, svydesign(ids = ~response, strata = ~stratum, weights = ~w, fpc = ~N),
// na.rm = TRUE) on the instance-level data (a household without members kept as one empty
// row, so it stays a cluster of its stratum), to 1e-9 relative. The unweighted mean and
// SD over instances stay R's mean() and sd(). Post-stratified (--post-stratify tenure),
// the mean is R's svyratio of the households' totals over postStratify(design), since
// the known totals count households. 分层抽样下花名册题目的加权均值与 R 对照。
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { close, rValues } from './r-oracle.ts';
import { run, tempFiles } from '../helpers/survey.ts';
import { householdResponses, householdsInput, TENURES } from '../fixtures/households.ts';

const R_SCRIPT = `
suppressMessages(library(survey))
d <- read.csv(commandArgs(trailingOnly = TRUE)[1], stringsAsFactors = FALSE)
out <- function(name, x) cat(name, sprintf("%.17g", x), "\\n")
des <- svydesign(ids = ~response, strata = ~stratum, weights = ~w, fpc = ~N, data = d)
for (v in c("age", "health")) {
  m <- svymean(as.formula(paste0("~", v)), des, na.rm = TRUE)
  out(v, c(coef(m), SE(m), sum(!is.na(d[[v]])), mean(d[[v]], na.rm = TRUE), sd(d[[v]], na.rm = TRUE)))
}
# post-stratified to the known owners and renters: households are what the totals count,
# so the ratio of the households' totals over the post-stratified household design
r <- read.csv(commandArgs(trailingOnly = TRUE)[2], stringsAsFactors = FALSE)
hd <- svydesign(ids = ~1, strata = ~stratum, fpc = ~N, weights = ~w, data = r)
ps <- postStratify(hd, ~tenure, data.frame(tenure = c(${TENURES.map((t) => `"${t.id}"`).join(', ')}), Freq = c(${TENURES.map((t) => t.size).join(', ')})))
for (v in c("age", "health")) {
  plain <- svyratio(as.formula(paste0("~y_", v)), as.formula(paste0("~n_", v)), hd)
  post <- svyratio(as.formula(paste0("~y_", v)), as.formula(paste0("~n_", v)), ps)
  out(paste0("ratio_", v), c(coef(plain), SE(plain)))
  out(paste0("post_", v), c(coef(post), SE(post)))
}
`;

describe('R: a repeat group of a stratified survey, estimated with the design / 与 R 对照(分层花名册)', async () => {
  const { jsonl, longCsv, responseCsv, households } = householdResponses(150);
  const dir = tempFiles({ 'r.jsonl': jsonl, 'long.csv': longCsv, 'households.csv': responseCsv });
  const R = rValues(R_SCRIPT, join(dir, 'long.csv'), join(dir, 'households.csv'));
  const res = await run(householdsInput, [join(dir, 'r.jsonl')]);
  const post = await run(householdsInput, [join(dir, 'r.jsonl')], { postStratify: { stratification: 'tenure' } });

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
  for (const v of ['age', 'health'])
    it(`${v}: the same as the ratio of households' totals; post-stratified to owners and renters`, () => {
      const item = res.items.find((i) => i.variable === v)!;
      close(item.estimate?.estimate, R[`ratio_${v}`][0]);
      close(item.estimate?.se, R[`ratio_${v}`][1]);
      const p = post.items.find((i) => i.variable === v)!;
      close(p.estimate?.estimate, R[`post_${v}`][0]);
      close(p.estimate?.se, R[`post_${v}`][1]);
      expect(Math.abs(p.estimate!.se - item.estimate!.se)).toBeGreaterThan(1e-9);
    });
});
