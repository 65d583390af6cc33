// Builds the bundles once per test run with `node scripts/build.mjs`, for the server,
// VS Code and end-to-end tests. Test files run in parallel workers, so a directory lock
// serialises them, and a build is skipped when the bundles are newer than every source,
// or were already built in this run: no worker rewrites server.cjs while another one's
// server is starting from it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');
export const serverPath = join(root, 'packages/language-server/dist/server.cjs');

const sources = [
  'packages/syntax/src',
  'packages/compiler/src',
  'packages/emitters/src',
  'packages/language-server/src',
  'packages/prettier-plugin-survey/src',
  'packages/vscode/src',
  'scripts/build.mjs',
];
const outputs = [serverPath, join(root, 'packages/vscode/dist/extension.js')];

function newest(path: string): number {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return 0;
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((n) => newest(join(path, n))));
}

function oldestOutput(): number {
  return Math.min(...outputs.map((p) => statSync(p, { throwIfNoEntry: false })?.mtimeMs ?? 0));
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

export function ensureBuilt(): void {
  const id = Buffer.from(root).toString('hex').slice(-24);
  // Once per test run (workers share the parent process): sources edited while the
  // run is going on must not rebuild a bundle that another worker's server is loading.
  const done = join(tmpdir(), `survey-build-${id}-${process.ppid}.done`);
  if (builtInThisRun(done)) return;
  const lock = join(tmpdir(), `survey-build-${id}.lock`);
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) rmSync(lock, { recursive: true, force: true }); // left by a killed run
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      sleep(100);
    }
  }
  try {
    if (oldestOutput() <= Math.max(...sources.map((s) => newest(join(root, s))))) {
      execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'pipe' });
    }
    for (const old of readdirSync(tmpdir()).filter((n) => n.startsWith(`survey-build-${id}-`) && n.endsWith('.done')))
      rmSync(join(tmpdir(), old), { force: true });
    writeFileSync(done, '');
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A stamp from a process that reused the parent's pid is older than the parent's /proc entry. */
function builtInThisRun(stamp: string): boolean {
  const written = statSync(stamp, { throwIfNoEntry: false })?.mtimeMs;
  const parent = statSync(`/proc/${process.ppid}`, { throwIfNoEntry: false })?.ctimeMs;
  return written !== undefined && parent !== undefined && written >= parent;
}
