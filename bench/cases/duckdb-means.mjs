// Reference for the analyze row: DuckDB itself reading the same CSV and computing the
// plain mean of every column in one query (what any SQL user would write first).
import { DuckDBInstance } from '@duckdb/node-api';
import { args, measure, median, report } from './_measure.mjs';

const a = args();
const columns = String(a.columns).split(',');
const file = `'${String(a.file).replace(/'/g, "''")}'`;
const means = columns.map((c) => `AVG("${c}") AS "${c}"`).join(', ');
let rows;
const times = await measure(
  async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    rows = (await conn.runAndReadAll(`SELECT COUNT(*) AS n, ${means} FROM read_csv(${file}, header = true)`)).getRows();
    conn.closeSync();
    instance.closeSync();
  },
  { warmup: Number(a.warmup ?? 0), iterations: Number(a.iterations ?? 1) },
);
report({ ms: median(times), times, rows: Number(rows[0][0]) });
