// Process entry of the bundled CLI (dist/survey.mjs). `survey check`, the command run on
// every save, in CI and by editors, runs from a CommonJS bundle of the same command tree
// (dist/check.cjs, built from check-main.ts) through V8's code cache made at build time
// (dist/check.cjs.cache, scripts/build.mjs): Node 20 has no code cache for ES modules, and
// compiling the bundle's functions was about a fifth of the command's CPU. A cache V8 does
// not accept (another Node version, other V8 flags) or a missing one only means compiling
// as usual. Every other command imports the ES module build (dist/main.mjs), whose
// commands load their dependencies on demand.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/** Runs a CommonJS bundle as `require` would, compiled with its code cache when there is one. */
function runWithCodeCache(file: string): void {
  const cacheFile = `${file}.cache`;
  // scripts/build.mjs sets this for one `check` run: the cache then holds the functions it compiled.
  const writeCache = process.env.SURVEY_WRITE_CODE_CACHE === '1';
  let cachedData: Buffer | undefined;
  if (!writeCache) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // no cache: compiled as usual
    }
  }
  // The wrapper adds no line, so stack traces keep the bundle's line numbers.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const run = script.runInThisContext() as (
    exports: object,
    require: NodeJS.Require,
    module: object,
    filename: string,
    dir: string,
  ) => void;
  const module = { exports: {} };
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  if (writeCache) process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
}

const dir = dirname(fileURLToPath(import.meta.url));
if (process.argv[2] === 'check') runWithCodeCache(join(dir, 'check.cjs'));
else await import(new URL('./main.mjs', import.meta.url).href);
