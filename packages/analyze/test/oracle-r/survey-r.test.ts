// Oracle: the engine's weighted and multivariate numbers equal R's on the same data
// (R survey: svydesign with strata/fpc/weights, svymean, svyciprop(logit, df = Inf),
// svyratio, postStratify; lm on standardised variables; psych::alpha), to 1e-9 relative
// on unrounded values.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { close, rValues } from './r-oracle.ts';
import { stratifiedCsv, stratifiedInput, STRATA, REGIONS } from '../fixtures/stratified.ts';
import { run, tempFiles } from '../helpers/survey.ts';

const R_SCRIPT = `
suppressMessages({ library(survey); library(psych) })
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE)
d$q4[d$q4 == 9] <- NA
N <- c(${STRATA.map((s) => `${s.id} = ${s.size}`).join(', ')})
d$N <- N[d$group]
d$w <- d$N / ave(rep(1, nrow(d)), d$group, FUN = sum)
des <- svydesign(ids = ~1, strata = ~group, fpc = ~N, weights = ~w, data = d)
out <- function(name, x) cat(name, sprintf("%.17g", x), "\\n")
m <- svymean(~overall, des); out("overall", c(coef(m), SE(m)))
m <- svymean(~q4, des, na.rm = TRUE); out("q4", c(coef(m), SE(m)))
p <- svyciprop(~I(overall >= 4), des, method = "logit", df = Inf); out("top2", c(coef(p), SE(p), confint(p)))
r <- svyratio(~q1, ~q2, des); out("ratio", c(coef(r), SE(r)))
ps <- postStratify(des, ~region, data.frame(region = c(${REGIONS.map((r) => `"${r.id}"`).join(', ')}), Freq = c(${REGIONS.map((r) => r.size).join(', ')})))
m <- svymean(~overall, ps); out("ps_overall", c(coef(m), SE(m)))
m <- svymean(~q4, ps, na.rm = TRUE); out("ps_q4", c(coef(m), SE(m)))
cc <- na.omit(data.frame(overall = d$overall, q1 = d$q1, q2 = d$q2, q3 = 6 - d$q3, q4 = d$q4))
z <- as.data.frame(scale(cc))
fit <- lm(overall ~ q1 + q2 + q3 + q4, data = z)
out("beta", coef(fit)[-1]); out("r2", summary(fit)$r.squared); out("cor", cor(cc)[1, -1]); out("n_cc", nrow(cc))
a <- psych::alpha(cc[, c("q1", "q2", "q3", "q4")], check.keys = FALSE, warnings = FALSE)
out("alpha", c(a$total$raw_alpha, a$total$std.alpha)); out("alpha_drop", a$alpha.drop$raw_alpha); out("r_drop", a$item.stats$r.drop)
`;

describe('R survey and psych oracles', async () => {
  const dir = tempFiles({ 'data.csv': stratifiedCsv() });
  const csv = join(dir, 'data.csv');
  const R = rValues(R_SCRIPT, csv);
  const res = await run(stratifiedInput, [csv]);
  const post = await run(stratifiedInput, [csv], { postStratify: { stratification: 'region' } });
  const item = (r: typeof res, v: string) => r.items.find((i) => i.variable === v)!;

  it('reads every row', () => expect(res.counts).toEqual({ received: 120, invalid: 0, excluded: 0, analysed: 120 }));
  it('svymean stratified with fpc', () => {
    close(item(res, 'overall').estimate!.estimate, R.overall[0]);
    close(item(res, 'overall').estimate!.se, R.overall[1]);
  });
  it('svymean with item non-response (na.rm = TRUE: missing code 9)', () => {
    close(item(res, 'q4').estimate!.estimate, R.q4[0]);
    close(item(res, 'q4').estimate!.se, R.q4[1]);
  });
  it('svyciprop, method logit', () => {
    const t = item(res, 'overall').top2Box!;
    close(t.estimate, R.top2[0]);
    close(t.se, R.top2[1]);
    close(t.ci[0], R.top2[2]);
    close(t.ci[1], R.top2[3]);
  });
  it('svyratio', () => {
    const r = res.ratios.find((x) => x.id === 'c')!;
    close(r.ratio!.estimate, R.ratio[0]);
    close(r.ratio!.se, R.ratio[1]);
  });
  it('postStratify', () => {
    close(item(post, 'overall').estimate!.estimate, R.ps_overall[0]);
    close(item(post, 'overall').estimate!.se, R.ps_overall[1]);
    close(item(post, 'q4').estimate!.estimate, R.ps_q4[0]);
    close(item(post, 'q4').estimate!.se, R.ps_q4[1]);
  });
  it('lm on standardised variables and correlations (listwise, q3 reversed)', () => {
    const d = res.drivers[0];
    expect(d.n).toBe(R.n_cc[0]);
    d.drivers.forEach((x, i) => {
      close(x.beta, R.beta[i]);
      close(x.correlation, R.cor[i]);
    });
    close(d.rSquared, R.r2[0]);
  });
  it('psych::alpha (raw, standardised, alpha if deleted, r.drop)', () => {
    const a = res.alpha[0];
    close(a.alpha, R.alpha[0]);
    close(a.standardizedAlpha, R.alpha[1]);
    a.itemTotal.forEach((x, i) => {
      close(x.alphaIfDeleted, R.alpha_drop[i]);
      close(x.correctedItemTotal, R.r_drop[i]);
    });
  });
});
