// Candidate: compile + all four emitters, in process.
import { readFileSync } from 'node:fs';
import { compileText } from '@survey/compiler';
import { emitAll } from './_emit.mjs';
import { args, measure, median, report } from './_measure.mjs';

const a = args();
const text = readFileSync(a.file, 'utf8');
let files = {};
const times = await measure(() => void (files = emitAll(compileText(text))), { warmup: 1, iterations: Number(a.iterations ?? 5) });
const bytesOf = (suffix) => Buffer.byteLength(Object.entries(files).find(([k]) => k.endsWith(suffix))?.[1] ?? '');
report({
  ms: median(times),
  times,
  outputs: Object.keys(files),
  outBytes: Object.values(files).reduce((s, t) => s + t.length, 0),
  htmlBytes: bytesOf('.html'),
  jsonBytes: bytesOf('.survey.json'),
});
