// Candidate: parse, and parse+bind+check (compileText) of a .survey text.
import { readFileSync } from 'node:fs';
import { parse } from '@survey/syntax';
import { compileText } from '@survey/compiler';
import { args, measure, median, report } from './_measure.mjs';

const a = args();
const text = readFileSync(a.file, 'utf8');
const opts = { warmup: Number(a.warmup ?? 1), iterations: Number(a.iterations ?? 5), minMs: 0 };
let result;
const compileTimes = await measure(() => void (result = compileText(text)), opts);
const parseTimes = a.phases === 'false' ? [] : await measure(() => void parse(text), opts);
report({
  ms: median(compileTimes),
  times: compileTimes,
  parseMs: parseTimes.length ? median(parseTimes) : undefined,
  bytes: Buffer.byteLength(text),
  chars: text.length,
  ok: result.ok,
  diagnostics: result.diagnostics.length,
  errors: result.diagnostics
    .filter((d) => d.severity === 'error')
    .slice(0, 3)
    .map((d) => `${d.code} ${d.message}`),
});
