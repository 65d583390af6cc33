// Oracle: the top-2-box of a reverse-coded item (its codes 1 and 2) with its Wilson
// interval, and a `sum … require 2` score (the answered items added, missing below 2
// answers), equal R's on the same CSV: prop.test(correct = FALSE) and rowSums(na.rm = TRUE).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { close, rValues } from './r-oracle.ts';
import { run, tempFiles } from '../helpers/survey.ts';
import { reverseInput, waitCsv } from '../fixtures/waits.ts';

const R_SCRIPT = `
d <- read.csv(commandArgs(trailingOnly = TRUE)[1], stringsAsFactors = FALSE)
out <- function(name, x) cat(name, sprintf("%.17g", x), "\\n")
k <- sum(d$c <= 2); p <- suppressWarnings(prop.test(k, nrow(d), correct = FALSE))
out("top2_c", c(k / nrow(d), p$conf.int))
items <- d[, c("a", "b", "d")]
s <- ifelse(rowSums(!is.na(items)) >= 2, rowSums(items, na.rm = TRUE), NA)
out("total", c(mean(s, na.rm = TRUE), sd(s, na.rm = TRUE), sum(!is.na(s))))
`;

describe('R: reverse-coded top box and sum with require k / 与 R 对照', async () => {
  const dir = tempFiles({ 'w.csv': waitCsv() });
  const R = rValues(R_SCRIPT, join(dir, 'w.csv'));
  const res = await run(reverseInput, [join(dir, 'w.csv')]);

  it('top-2-box of the reverse-coded item and its Wilson interval', () => {
    const t = res.items.find((i) => i.variable === 'c')!.top2Box!;
    close(t.estimate, R.top2_c[0]);
    close(t.ci[0], R.top2_c[1]);
    close(t.ci[1], R.top2_c[2]);
  });
  it('sum(a, b, d) require 2: mean, SD and n', () => {
    const s = res.scores.find((x) => x.id === 'total')!;
    close(s.mean, R.total[0]);
    close(s.sd, R.total[1]);
    expect(s.n).toBe(R.total[2]);
  });
});
