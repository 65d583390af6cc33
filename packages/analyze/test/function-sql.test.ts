// The function table's SQL against its JavaScript evaluation: the formulas of a small
// survey are computed by the analysis evaluator and by DuckDB (through exprSql) on the
// same random responses, with unanswered items and missing codes, and must agree.
import { describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { compileText } from '@survey/compiler';
import { exprSql, type ExprJson } from '@survey/emitters';
import { surveyInputOf } from '../src/index.ts';
import { Evaluator } from '../src/evaluate.ts';

const source = (lang: 'zh' | 'en') => `survey f {
  title "${lang === 'zh' ? '公式' : 'Formulas'}"
  languages ${lang}
  confidentiality "${lang === 'zh' ? '保密' : 'Confidential'}"
  scale sat5 1..5 {
    1 "${lang === 'zh' ? '很差' : 'Poor'}"
    2 "2"
    3 "3"
    4 "4"
    5 "${lang === 'zh' ? '很好' : 'Good'}"
    missing 9 "${lang === 'zh' ? '不知道' : "Don't know"}"
  }
  rating a "${lang === 'zh' ? '服务' : 'Service'}" on sat5
  rating b "${lang === 'zh' ? '质量' : 'Quality'}" on sat5 optional
  number n "${lang === 'zh' ? '次数' : 'Visits'}" min 0 max 100 optional
  nps rec "${lang === 'zh' ? '推荐' : 'Recommend'}"
  score s_rescale = rescale(mean(a, b), sat5)
  score s_round = round(n / 3, 1)
  score s_floor = floor(n / 7)
  score s_minmax = min(a, b) * 10 + max(a, b)
  score s_if = if(a >= 4, n, 0 - n)
  score s_coalesce = coalesce(b, a)
  score s_count = count(a >= 4, b >= 4, n > 50)
  score s_topbox = topbox(a, 2)
  score s_sum = sum(a, b)
  score s_reverse = reverse(a)
  score s_nps = nps(rec)
  score s_share = share(answered(b) and b < a)
}`;

/** A deterministic stream of numbers in [0, 1). */
function lcg(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2147483648), x / 2147483648);
}

function responses(count: number): Array<Record<string, number | null>> {
  const r = lcg(7);
  const pick = (xs: Array<number | null>) => xs[Math.floor(r() * xs.length)];
  return Array.from({ length: count }, () => ({
    a: pick([1, 2, 3, 4, 5, 9, null]),
    b: pick([1, 2, 3, 4, 5, 9, null]),
    n: pick([0, 1, 7, 13, 50, 51, 99.5, null]),
    rec: pick([0, 3, 6, 7, 8, 9, 10, null]),
  }));
}

describe.each(['zh', 'en'] as const)('function table: SQL equals the JavaScript evaluation (%s)', (lang) => {
  it('every score of the survey, on 300 random responses', async () => {
    const compiled = compileText(source(lang));
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const input = surveyInputOf(compiled);
    const ev = new Evaluator(input.analysis, input.sections);
    const rows = responses(300);
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    await conn.run('CREATE TABLE r (i INTEGER, a DOUBLE, b DOUBLE, n DOUBLE, rec DOUBLE)');
    const lit = (x: number | null) => (x === null ? 'NULL' : String(x));
    await conn.run(`INSERT INTO r VALUES ${rows.map((x, i) => `(${i}, ${lit(x.a)}, ${lit(x.b)}, ${lit(x.n)}, ${lit(x.rec)})`).join(', ')}`);
    const ranges = new Map(input.analysis.variables.filter((v) => v.scale && v.range).map((v) => [v.scale!, v.range!]));
    const cols = {
      variable: (name: string) => {
        const codes = ev.variable(name)?.missingCodes ?? [];
        const c = `"${name}"`;
        return codes.length ? `CASE WHEN ${c} IN (${codes.join(', ')}) THEN NULL ELSE ${c} END` : c;
      },
      range: (e: ExprJson) => (e.type === 'scale' ? ranges.get(e.name) : e.type === 'var' ? ev.variable(e.name)?.range : undefined),
      descending: (name: string) => ev.variable(name)?.direction === 'descending',
    };
    expect(input.analysis.scores.length).toBe(12);
    for (const s of input.analysis.scores) {
      const sql = exprSql(s.expr, cols);
      expect(sql, s.id).toBeDefined();
      const result = await conn.runAndReadAll(`SELECT i, CAST(${sql} AS DOUBLE) AS v FROM r ORDER BY i`);
      const got = result.getRowObjectsJS().map((row) => (row.v === null ? undefined : Number(row.v)));
      const want = rows.map((x) => {
        const v = ev.eval(s.expr, { answers: x as Record<string, unknown>, hidden: {}, scores: {} });
        return typeof v === 'boolean' ? (v ? 1 : 0) : (v as number | undefined);
      });
      got.forEach((g, i) => {
        if (want[i] === undefined) expect(g, `${s.id} row ${i}`).toBeUndefined();
        else expect(g, `${s.id} row ${i}`).toBeCloseTo(want[i]!, 9);
      });
    }
    conn.closeSync();
  });
});
