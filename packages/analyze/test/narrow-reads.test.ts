// The distributions of columns DuckDB keeps as integers are read from the stored table
// (src/engine/narrow-reads.ts), not through the view that casts them to doubles: the same
// rows come back, and every other statement goes to the view unchanged.
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { duckRunner, type Runner } from '../src/engine/runner.ts';
import { narrowReads } from '../src/engine/narrow-reads.ts';
import { storageOf } from '../src/engine/storage.ts';
import { distributionQuery } from '../src/sql/distribution.ts';
import { tableColumns } from '../src/sql/table.ts';
import { codedInput as input } from './fixtures/coded.ts';

describe('distributions read from the stored table / 从存储表读取分布', () => {
  it('gives the rows of the view for integer columns and leaves other statements alone', async () => {
    const storage = storageOf('responses', tableColumns(input.analysis), input.schema, ['响应.csv']);
    const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
    const conn = await instance.connect();
    try {
      for (const sql of storage.ddl) await conn.run(sql);
      await conn.run(
        `INSERT INTO "responses$data" ("_file", "_row", "q1", "q2", "recommend", "channel") VALUES ('响应.csv', 2, 5, 4, 10, 'web'), ('响应.csv', 3, 1, NULL, 0, 'shop'), ('响应.csv', 4, 5, 9, 7, NULL), ('响应.csv', 5, 3, 4, 10, 'web')`,
      );
      const ran: string[] = [];
      const plain = duckRunner(conn);
      const spy: Runner = { query: (sql, purpose) => (ran.push(sql), plain.query(sql, purpose)) };
      const narrow = narrowReads(spy, 'responses', storage);
      for (const column of ['q1', 'q2', 'recommend', 'channel']) {
        const q = distributionQuery('responses', column, undefined);
        ran.length = 0;
        expect(await narrow.query(q)).toEqual(await plain.query(q));
        expect(ran).toEqual([column === 'channel' ? q : distributionQuery('responses$data', column, undefined)]);
      }
      const perStratum = distributionQuery('responses', 'q1', `"channel"`);
      ran.length = 0;
      await narrow.query(perStratum);
      expect(ran).toEqual([perStratum]);
      expect(await narrow.query(distributionQuery('responses', 'q2', undefined))).toEqual([
        { h: 'all', value: 4, k: 2 },
        { h: 'all', value: 9, k: 1 },
      ]);
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  });
});
