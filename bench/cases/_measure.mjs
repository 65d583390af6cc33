// Shared by the bench's child processes: time a function a few times after a warm-up
// and print one JSON line for the parent (bench/run.mjs) to read.
import { performance } from 'node:perf_hooks';

/** Parses `--key value` pairs after the script name. */
export function args() {
  const out = {};
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) out[argv[i].slice(2)] = argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[++i] : 'true';
  }
  return out;
}

/**
 * Runs `fn` `warmup` times untimed, then at least `iterations` times (and until
 * `minMs` have passed, at most 50 times); returns the times in ms.
 */
export async function measure(fn, { warmup = 1, iterations = 5, minMs = 0 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  const start = performance.now();
  while (times.length < iterations || (performance.now() - start < minMs && times.length < 50)) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function report(result) {
  const ru = process.resourceUsage();
  process.stdout.write(
    '\n' + JSON.stringify({ ...result, maxRssKB: ru.maxRSS, heapUsedMB: process.memoryUsage().heapUsed / 1048576 }) + '\n',
  );
}
