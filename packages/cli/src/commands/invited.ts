// --invited file.csv: how many were invited, per stratum (`stratum,invited`) or in
// total (a row with an empty stratum or `total`, or a single `invited` column).
import { readCsv } from '@survey/analyze/csv';
import { UsageError } from '../errors.ts';

export async function readInvited(path: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  let header: string[] | undefined;
  try {
    for await (const rec of readCsv(path)) {
      if (!header) {
        header = rec.cells.map((c) => c.trim().toLowerCase());
        if (!header.includes('invited'))
          throw new UsageError(`${path}:1: the invited file needs a column 'invited' (and 'stratum' per stratum)`);
        continue;
      }
      if (rec.cells.every((c) => c.trim() === '')) continue;
      const get = (name: string) => rec.cells[header!.indexOf(name)]?.trim() ?? '';
      const n = Number(get('invited'));
      if (!Number.isFinite(n) || n < 0 || get('invited') === '')
        throw new UsageError(`${path}:${rec.line}: 'invited' must be a count, not '${get('invited')}'`);
      const h = header.includes('stratum') ? get('stratum') : '';
      out.set(h === 'total' ? '' : h, n);
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`Cannot read '${path}': ${(e as Error).message}`);
  }
  if (!header) throw new UsageError(`${path}: the invited file is empty`);
  return out;
}
