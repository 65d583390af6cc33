// Does the 5,000-question response schema compile in ajv, and how long does it take?
// First with ajv's default options (strict), as a user of the schema would, then with
// allErrors (how `survey analyze` explains a failing response).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Ajv2020 from 'ajv/dist/2020.js';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { compileText } from '@survey/compiler';
import { emitAll } from './_emit.mjs';
import { args, report } from './_measure.mjs';

const a = args();
const files = emitAll(compileText(readFileSync(a.file, 'utf8')));
const name = Object.keys(files).find((k) => k.endsWith('.schema.json'));
if (!name) throw new Error(`no .schema.json among ${Object.keys(files).join(', ')}`);
const schema = JSON.parse(files[name]);
const is2020 = String(schema.$schema ?? '').includes('2020-12');
const AjvClass = is2020 ? Ajv2020 : Ajv;

function attempt(options) {
  const ajv = new AjvClass({ strict: true, ...options });
  addFormats(ajv);
  const t0 = performance.now();
  try {
    ajv.compile(schema);
    return { ms: performance.now() - t0, compiled: true, note: '' };
  } catch (e) {
    return { ms: performance.now() - t0, compiled: false, note: String(e.message).slice(0, 200) };
  }
}

const defaults = attempt({});
const all = attempt({ allErrors: true });
report({
  ms: all.ms,
  compiled: all.compiled,
  note: all.note,
  defaultMs: defaults.ms,
  defaultCompiled: defaults.compiled,
  defaultNote: defaults.note,
  mode: `ajv${is2020 ? ' 2020-12' : ''} strict; ${Object.keys(schema.properties?.answers?.properties ?? schema.properties ?? {}).length} answer properties`,
});
