// One response as read from an input, before validation: where it came from and
// either the response object or the reasons it could not be read.
import type { SourceRef } from '../result.ts';

export interface LoadedRecord {
  source: SourceRef;
  response?: Record<string, unknown>;
  /** Set when the row could not even be turned into a response (wrong cell count, bad JSON). */
  reasons?: Array<{ path: string; message: string }>;
}

/** Records arrive in batches so that a file of any size streams through. */
export type RecordBatches = AsyncIterable<LoadedRecord[]>;

export const BATCH = 2048;
