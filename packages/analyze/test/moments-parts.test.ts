// The moments query split in parts over several connections (engine/moments.ts): each
// part scans on one thread in table order, so every sum is added in the order of the one
// query, and the moments are bit for bit the same, groups and all.
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { runMoments } from '../src/engine/moments.ts';
import { duckRunner } from '../src/engine/runner.ts';

describe('moments in parts / 分批计算矩', () => {
  it('gives the very sums of the one query, per stratum', async () => {
    const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
    const conn = await instance.connect();
    const more = [await instance.connect(), await instance.connect()];
    try {
      const cols = Array.from({ length: 20 }, (_, i) => `x${i}`);
      // doubles whose sums depend on the order of the additions; some NULLs; strata 北, 南 and none
      await conn.run(
        `CREATE TABLE t AS SELECT CASE WHEN i % 3 = 0 THEN '北' WHEN i % 3 = 1 THEN '南' END AS h, ${cols
          .map((c, j) => `CASE WHEN (i + ${j}) % 7 = 0 THEN NULL ELSE sin(i * ${j + 1}.37) * 1e${j % 5} END AS ${c}`)
          .join(', ')} FROM range(200000) r(i)`,
      );
      const subjects = cols.map((c) => ({ key: c, expr: c }));
      const one = await runMoments(duckRunner(conn), 't', subjects, ['h']);
      const parts = await runMoments(duckRunner(conn, more), 't', subjects, ['h']);
      expect(duckRunner(conn, more).lanes).toBe(3);
      expect(one).toHaveLength(3);
      expect(JSON.stringify(parts)).toBe(JSON.stringify(one));
      expect(parts.map((g) => g.stats.length)).toEqual([20, 20, 20]);
    } finally {
      for (const c of more) c.closeSync();
      conn.closeSync();
      instance.closeSync();
    }
  });
});
