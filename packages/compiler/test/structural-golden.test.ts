// Golden diagnostics for broken questionnaires (fixtures/structural/*.survey).
// Refresh with `UPDATE_GOLDEN=1 npx vitest run packages/compiler/test/structural-golden.test.ts`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFile, emptyConfig } from '../src/index.ts';

const dir = join(__dirname, 'fixtures', 'structural');
const update = process.env.UPDATE_GOLDEN === '1';

describe('structural fixtures give exactly their golden diagnostics', () => {
  const entries = readdirSync(dir).filter((f) => f.endsWith('.survey') && readFileSync(join(dir, f), 'utf8').includes('survey '));
  for (const name of entries.filter((f) => /\bsurvey \w+ \{/.test(readFileSync(join(dir, f), 'utf8')))) {
    it(name, () => {
      const r = compileFile(join(dir, name), { config: emptyConfig() });
      const structural = r.diagnostics.filter((d) => /^SVY[12]/.test(d.code));
      expect(structural.length).toBeGreaterThan(0);
      const text = structural
        .map((d) => {
          const f = r.files.get(d.file)!;
          const p = f.parse.lineMap.position(d.range.start);
          return `${relative(dir, d.file)}:${p.line + 1}:${p.character + 1} ${d.severity} ${d.code} ${d.message}`;
        })
        .join('\n');
      const golden = join(dir, basename(name, '.survey') + '.diagnostics.txt');
      if (update) writeFileSync(golden, text + '\n');
      else if (!existsSync(golden)) throw new Error(`Missing ${golden}: run with UPDATE_GOLDEN=1`);
      else expect(text + '\n').toBe(readFileSync(golden, 'utf8'));
    });
  }
});
