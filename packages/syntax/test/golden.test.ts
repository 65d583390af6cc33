// Golden files: every fixture's syntax diagnostics (invalid/) or tree (valid/).
// Refresh with `UPDATE_GOLDEN=1 npx vitest run packages/syntax`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.ts';
import { stripRanges } from './helpers.ts';

const dir = join(__dirname, 'fixtures');
const update = process.env.UPDATE_GOLDEN === '1';

function golden(path: string, actual: string): void {
  if (update || !existsSync(path)) {
    if (!update) throw new Error(`Missing golden file ${path}: run with UPDATE_GOLDEN=1`);
    writeFileSync(path, actual);
    return;
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('invalid fixtures give exactly their golden diagnostics', () => {
  for (const name of readdirSync(join(dir, 'invalid')).filter((f) => f.endsWith('.survey'))) {
    it(name, () => {
      const text = readFileSync(join(dir, 'invalid', name), 'utf8');
      const r = parse(text);
      expect(r.diagnostics.length).toBeGreaterThan(0);
      const lines = r.diagnostics.map((d) => {
        const s = r.lineMap.position(d.range.start);
        const e = r.lineMap.position(d.range.end);
        return `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1} ${d.code} ${d.message}`;
      });
      golden(join(dir, 'invalid', name.replace(/\.survey$/, '.diagnostics.txt')), lines.join('\n') + '\n');
    });
  }
});

describe('valid fixtures parse cleanly into their golden trees', () => {
  for (const name of readdirSync(join(dir, 'valid')).filter((f) => f.endsWith('.survey'))) {
    it(name, () => {
      const r = parse(readFileSync(join(dir, 'valid', name), 'utf8'));
      expect(r.diagnostics).toEqual([]);
      golden(join(dir, 'valid', name.replace(/\.survey$/, '.ast.json')), JSON.stringify(stripRanges(r.ast), null, 1) + '\n');
    });
  }
});
