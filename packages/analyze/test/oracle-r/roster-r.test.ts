// Oracle: a repeat group's item means over instances and their SEs with the responses as
// clusters equal R survey's svymean(~x, svydesign(ids = ~response, data = instances),
// na.rm = TRUE) on the same instances (unanswered and "can't say" left out); the count of
// instances per response equals R's table().
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { close, rValues } from './r-oracle.ts';
import { run, tempFiles } from '../helpers/survey.ts';
import { tripsInput, tripsResponses } from '../fixtures/trips.ts';

const R_SCRIPT = `
suppressMessages(library(survey))
d <- read.csv(commandArgs(trailingOnly = TRUE)[1], stringsAsFactors = FALSE)
out <- function(name, x) cat(name, sprintf("%.17g", x), "\\n")
des <- svydesign(ids = ~response, data = d, weights = ~1)
for (v in c("travel_time", "comfort")) {
  m <- svymean(as.formula(paste0("~", v)), des, na.rm = TRUE)
  out(v, c(coef(m), SE(m), sum(!is.na(d[[v]])), mean(d[[v]], na.rm = TRUE), sd(d[[v]], na.rm = TRUE)))
}
out("instances", c(nrow(d), length(unique(d$response))))
`;

describe('R: statistics of a repeat group over its instances / 与 R 对照(花名册)', async () => {
  const { jsonl, longCsv, trips } = tripsResponses(60);
  const dir = tempFiles({ 'r.jsonl': jsonl, 'long.csv': longCsv });
  const R = rValues(R_SCRIPT, join(dir, 'long.csv'));
  const res = await run(tripsInput, [join(dir, 'r.jsonl')]);

  it('reads every response and every instance', () => {
    expect(res.counts).toMatchObject({ received: 60, invalid: 0, analysed: 60 });
    const s = res.rosters!.find((x) => x.id === 'journeys')!;
    expect([s.instances, s.responses]).toEqual(R.instances);
    expect(s.distribution.reduce((a, d) => a + d.responses, 0)).toBe(60);
    expect(s.distribution.find((d) => d.instances === 0)?.responses ?? 0).toBe(trips.filter((t) => t.length === 0).length);
    // count(journeys) per response: its mean over the 60 responses is the instances per response.
    close(res.scores.find((x) => x.id === 'trips_counted')?.mean, R.instances[0] / 60);
    close(s.perResponse.mean, R.instances[0] / 60);
  });
  for (const v of ['travel_time', 'comfort'])
    it(`${v}: mean, clustered SE, n and SD over instances`, () => {
      const item = res.items.find((i) => i.variable === v)!;
      expect(item.roster).toBe('journeys');
      close(item.estimate?.estimate, R[v][0]);
      close(item.estimate?.se, R[v][1]);
      expect(item.n).toBe(R[v][2]);
      close(item.mean, R[v][3]);
      close(item.sd, R[v][4]);
    });
});
