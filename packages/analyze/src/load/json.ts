// Responses as the HTML form writes them: one JSON file per response (or an array of
// responses), or JSON Lines (.jsonl / .ndjson), one response per line.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { DataError, InputError } from '../errors.ts';
import { BATCH, type LoadedRecord, type RecordBatches } from './record.ts';

export function record(file: string, row: number, value: unknown): LoadedRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { source: { file, row }, reasons: [{ path: '', message: 'a response must be a JSON object' }] };
  const response = value as Record<string, unknown>;
  const source = { file, row, ...(typeof response.responseId === 'string' ? { responseId: response.responseId } : {}) };
  return { source, response };
}

const MAX_JSON_FILE = 512 * 1024 * 1024;

export async function* jsonRecords(file: string): RecordBatches {
  if (statSync(file).size > MAX_JSON_FILE)
    throw new InputError(
      'a single JSON file over 512 MB cannot be read at once; write the responses as JSON Lines (.jsonl), one per line',
      file,
    );
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new DataError('the file is empty: expected one response object or an array of responses', file);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    yield [{ source: { file, row: 1 }, reasons: [{ path: '', message: `not valid JSON: ${(e as Error).message}` }] }];
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += BATCH) yield value.slice(i, i + BATCH).map((v, j) => record(file, i + j + 1, v));
  } else yield [record(file, 1, value)];
}

/** No response is this long: a longer line is not JSON Lines, and must not fill the memory. */
const MAX_LINE_CHARS = 16 * 1024 * 1024;

/** The lines of a file (LF or CRLF), streamed, each at most MAX_LINE_CHARS long. */
export async function* linesOf(file: string): AsyncGenerator<string> {
  let rest = '';
  let line = 1;
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }) as AsyncIterable<string>) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop()!;
    for (const p of parts) {
      line++;
      yield p.endsWith('\r') ? p.slice(0, -1) : p;
    }
    if (rest.length > MAX_LINE_CHARS)
      throw new DataError(`line ${line} runs over ${MAX_LINE_CHARS / 1024 / 1024} MB without ending: not JSON Lines?`, file, line);
  }
  if (rest !== '') yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}

/** One non-blank line of a JSON Lines file as a record. */
export function lineRecord(file: string, line: number, text: string): LoadedRecord {
  try {
    return record(file, line, JSON.parse(text));
  } catch (e) {
    return {
      source: { file, row: line },
      reasons: [{ path: '', message: `not valid JSON (a half-written line?): ${(e as Error).message}` }],
    };
  }
}

export async function* jsonLinesRecords(file: string): RecordBatches {
  const lines = linesOf(file);
  let batch: LoadedRecord[] = [];
  let line = 0;
  let any = false;
  for await (const raw of lines) {
    line++;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    any = true;
    batch.push(lineRecord(file, line, text));
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (!any) throw new DataError('the file is empty: expected one JSON response per line', file);
  if (batch.length) yield batch;
}
