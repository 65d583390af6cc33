// Baseline for peak memory: a process that only reads the file.
import { readFileSync } from 'node:fs';
import { args, report } from './_measure.mjs';

const text = readFileSync(args().file, 'utf8');
report({ ms: 0, bytes: Buffer.byteLength(text) });
