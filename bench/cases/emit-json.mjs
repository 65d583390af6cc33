// Writes the survey-json emitter's `<id>.survey.json` for the reference JSON.parse.
import { readFileSync, writeFileSync } from 'node:fs';
import { compileText } from '@survey/compiler';
import { emitAll } from './_emit.mjs';
import { args, report } from './_measure.mjs';

const a = args();
const files = emitAll(compileText(readFileSync(a.file, 'utf8')));
const name = Object.keys(files).find((k) => k.endsWith('.survey.json'));
if (!name) throw new Error(`no .survey.json among ${Object.keys(files).join(', ')}`);
writeFileSync(a.out, files[name]);
report({ ms: 0, name });
