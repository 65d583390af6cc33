// The DuckDB instance of one analyze run. Small inputs stay fully in memory (fast);
// large ones get a memory limit and a private temporary folder, so the responses table
// spills to disk instead of growing the process with the response count. The folder is
// removed when the run ends, whether it succeeded or failed.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

/** Response files larger than this in total (bytes) run with a memory limit and spill to disk. */
const SPILL_THRESHOLD = 32 * 1024 * 1024;
/**
 * DuckDB's own memory limit for large inputs (its buffer pool; the process adds Node's heap).
 * 64 MB is too little for the set-based CSV load (it falls back to the slow row-by-row path).
 */
const SPILL_MEMORY_LIMIT = '128MB';

export interface RunInstance {
  instance: DuckDBInstance;
  /** The temporary folder DuckDB may spill into, when the input is large. */
  tempDir?: string;
  /** Closes the instance (its connections first) and removes the temporary folder. */
  close(): void;
}

/** Total size in bytes of the files that exist (missing ones are reported by the loader). */
export function inputBytes(files: string[]): number {
  let total = 0;
  for (const f of files) {
    try {
      total += statSync(f).size;
    } catch {
      // not a file: the loader reports it
    }
  }
  return total;
}

/**
 * Opens the run's DuckDB. One thread: parallel sums of doubles add in a varying order, so the
 * last digit of an estimate changed between runs; the result must be byte-identical.
 */
export async function openRunInstance(bytes: number, threshold = SPILL_THRESHOLD): Promise<RunInstance> {
  if (bytes <= threshold) {
    const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
    return { instance, close: () => instance.closeSync() };
  }
  const tempDir = mkdtempSync(join(tmpdir(), 'survey-analyze-spill-'));
  const remove = () => rmSync(tempDir, { recursive: true, force: true });
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(':memory:', {
      threads: '1',
      memory_limit: SPILL_MEMORY_LIMIT,
      temp_directory: join(tempDir, 'spill'),
    });
  } catch (e) {
    remove();
    throw e;
  }
  return {
    instance,
    tempDir,
    close: () => {
      try {
        instance.closeSync();
      } finally {
        remove();
      }
    },
  };
}
