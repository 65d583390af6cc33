// Queries the engine may answer from the stored table rather than its view (storage.ts):
// an item's distribution over all responses counts the rows per value, and a column kept
// as an integer holds the very values the view turns into doubles (every such integer is
// a double exactly), so grouping the integers gives the same groups, counts, order and
// JavaScript numbers, at about a third of the CPU (no cast, one byte a value). Only that
// exact statement is swapped; every other query, and the SQL `survey build --only sql`
// records (its own runner), read the view as before.
import { distributionQuery } from '../sql/distribution.ts';
import type { Runner } from './runner.ts';
import type { Storage } from './storage.ts';

export function narrowReads(runner: Runner, table: string, storage: Pick<Storage, 'data' | 'narrow'>): Runner {
  const swap = new Map<string, string>();
  for (const column of storage.narrow.keys())
    swap.set(distributionQuery(table, column, undefined), distributionQuery(storage.data, column, undefined));
  return { ...runner, query: (sql, purpose) => runner.query(swap.get(sql) ?? sql, purpose) };
}
