#!/usr/bin/env node
// `npm run fuzz -- --runs 1000000 [--seed N] [--save false] [vitest args…]`: the fuzz and
// property suites (e2e/fuzz) with many more runs than `npm test`.
// Sets FUZZ_RUNS (runs per property), FUZZ_SEED (replay) and FUZZ_SAVE (write each
// failure's seed and minimized input to e2e/fuzz/regressions/).
// Without --seed every long run draws fresh seeds; `npm test` uses a fixed one.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const env = { ...process.env, FUZZ_RUNS: '10000', FUZZ_SAVE: '1' };
const rest = [];
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--runs') env.FUZZ_RUNS = argv[++i];
  else if (a.startsWith('--runs=')) env.FUZZ_RUNS = a.slice(7);
  else if (a === '--seed') env.FUZZ_SEED = argv[++i];
  else if (a === '--path') env.FUZZ_PATH = argv[++i];
  else if (a === '--save') env.FUZZ_SAVE = argv[++i] === 'false' ? '' : '1';
  else rest.push(a);
}
const vitest = join(root, 'node_modules/vitest/vitest.mjs');
const r = spawnSync(process.execPath, [vitest, 'run', 'e2e/fuzz', ...rest], { cwd: root, env, stdio: 'inherit' });
process.exit(r.status ?? 1);
