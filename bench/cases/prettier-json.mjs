// Reference for the formatter: prettier formatting a JSON file of the same size.
import { readFileSync } from 'node:fs';
import { format } from 'prettier';
import { args, measure, median, report } from './_measure.mjs';

const a = args();
const text = readFileSync(a.file, 'utf8');
const times = await measure(() => format(text, { parser: 'json' }), { warmup: 1, iterations: Number(a.iterations ?? 5) });
report({ ms: median(times), times, bytes: Buffer.byteLength(text) });
