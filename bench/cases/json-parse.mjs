// Reference: V8's JSON.parse on the compiled survey JSON.
import { readFileSync } from 'node:fs';
import { args, measure, median, report } from './_measure.mjs';

const a = args();
const text = readFileSync(a.file, 'utf8');
let keep;
const times = await measure(() => void (keep = JSON.parse(text)), {
  warmup: Number(a.warmup ?? 2),
  iterations: Number(a.iterations ?? 9),
  minMs: 300,
});
report({ ms: median(times), times, bytes: Buffer.byteLength(text), chars: text.length, keys: Object.keys(keep).length });
