// Candidate: incremental re-parse of a one-character edit inside a question text in
// the middle of the file (what the language server does per keystroke), against a
// full parse of the same text in the same process.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parse, reparseWithInfo } from '@survey/syntax';
import { args, median, report } from './_measure.mjs';

const a = args();
let text = readFileSync(a.file, 'utf8');
const edits = Number(a.edits ?? 30);
let state = parse(text);
parse(text);
const times = [];
let incremental = 0;
const reasons = new Set();
for (let i = 0; i < edits + 3; i++) {
  // A question text around the middle, moving down a little each time.
  const from = text.indexOf('\n    ', Math.floor(text.length / 2) + i * 997);
  const at = text.indexOf('"', from) + 1;
  const t0 = performance.now();
  const info = reparseWithInfo(state, { start: at, end: at, text: 'x' });
  const ms = performance.now() - t0;
  state = info.result;
  text = state.text;
  if (i < 3) continue; // warm-up
  times.push(ms);
  if (info.incremental) incremental++;
  else reasons.add(info.reason);
}
const fullTimes = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  parse(text);
  fullTimes.push(performance.now() - t0);
}
report({ ms: median(times), times, fullParseMs: median(fullTimes), incremental, edits, fallbacks: [...reasons] });
