// Candidate: the prettier plugin formatting a .survey text.
import { readFileSync } from 'node:fs';
import { formatSurvey } from 'prettier-plugin-survey';
import { args, measure, median, report } from './_measure.mjs';

const a = args();
const text = readFileSync(a.file, 'utf8');
let out = '';
const times = await measure(async () => void (out = await formatSurvey(text)), { warmup: 1, iterations: Number(a.iterations ?? 5) });
report({ ms: median(times), times, bytes: Buffer.byteLength(text), outBytes: Buffer.byteLength(out) });
