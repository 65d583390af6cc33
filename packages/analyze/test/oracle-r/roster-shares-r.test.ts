// Oracle: in a stratified survey the shares of a repeat group's closed question over its
// instances (weightedShare) use the design its mean uses — a share is the mean over the
// answered instances of the value's 0/1 indicator — and equal R survey's
// svymean(~I(health == k), svydesign(ids = ~response, strata = ~stratum, weights = ~w,
// fpc = ~N), na.rm = TRUE) on the instance-level data (a household without members kept as
// one empty row), to 1e-9 relative; post-stratified (--post-stratify tenure), R's svyratio
// of the households' counts of the value over their answered instances under
// postStratify(design). The unweighted share stays count / answered instances, and the
// "can't say" code has none. 分层抽样下花名册题目各选项的加权占比与 R 对照。
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { close, rValues } from './r-oracle.ts';
import { run, tempFiles } from '../helpers/survey.ts';
import { householdResponses, householdsInput, TENURES } from '../fixtures/households.ts';

const R_SCRIPT = `
suppressMessages(library(survey))
d <- read.csv(commandArgs(trailingOnly = TRUE)[1], stringsAsFactors = FALSE)
r <- read.csv(commandArgs(trailingOnly = TRUE)[2], stringsAsFactors = FALSE)
out <- function(name, x) cat(name, sprintf("%.17g", x), "\\n")
des <- svydesign(ids = ~response, strata = ~stratum, weights = ~w, fpc = ~N, data = d)
hd <- svydesign(ids = ~1, strata = ~stratum, fpc = ~N, weights = ~w, data = r)
ps <- postStratify(hd, ~tenure, data.frame(tenure = c(${TENURES.map((t) => `"${t.id}"`).join(', ')}), Freq = c(${TENURES.map((t) => t.size).join(', ')})))
for (k in 1:5) {
  des <- update(des, x = as.numeric(health == k))
  m <- svymean(~x, des, na.rm = TRUE)
  out(paste0("share_", k), c(coef(m), sum(d$health == k, na.rm = TRUE)))
  # the households' counts of the value among their answered members, for the post-stratified ratio
  y <- tapply(d$health == k, d$response, function(v) sum(v, na.rm = TRUE))
  ps <- update(ps, y_k = as.numeric(y[response]))
  post <- svyratio(~y_k, ~n_health, ps)
  out(paste0("post_", k), coef(post))
}
`;

describe('R: the shares of a repeat group question in a stratified survey, with the design / 与 R 对照(花名册占比)', async () => {
  const { jsonl, longCsv, responseCsv } = householdResponses(150);
  const dir = tempFiles({ 'r.jsonl': jsonl, 'long.csv': longCsv, 'households.csv': responseCsv });
  const R = rValues(R_SCRIPT, join(dir, 'long.csv'), join(dir, 'households.csv'));
  const res = await run(householdsInput, [join(dir, 'r.jsonl')]);
  const post = await run(householdsInput, [join(dir, 'r.jsonl')], { postStratify: { stratification: 'tenure' } });
  const health = res.items.find((i) => i.variable === 'health')!;
  const healthPost = post.items.find((i) => i.variable === 'health')!;

  it('the item is over instances, estimated with the design', () => {
    expect(health).toMatchObject({ roster: 'members', estimator: 'mean-clustered-stratified' });
  });
  for (const k of [1, 2, 3, 4, 5])
    it(`health = ${k}: weighted share as R's svymean of the indicator; post-stratified as R's svyratio`, () => {
      const d = health.distribution.find((x) => x.value === k)!;
      expect(d.count).toBe(R[`share_${k}`][1]);
      close(d.weightedShare, R[`share_${k}`][0]);
      close(healthPost.distribution.find((x) => x.value === k)!.weightedShare, R[`post_${k}`][0]);
    });
  it('the weights are really applied; the shares add up to 1; the missing code has no weighted share', () => {
    const shares = health.distribution.filter((d) => !d.missingCode);
    expect(shares.some((d) => Math.abs(d.weightedShare! - d.share) > 1e-6)).toBe(true);
    expect(Math.abs(shares.reduce((a, d) => a + d.weightedShare!, 0) - 1)).toBeLessThan(1e-12);
    expect(health.distribution.find((d) => d.missingCode)?.weightedShare).toBeUndefined();
  });
});
