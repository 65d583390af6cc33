// Golden corpus: bad (and two clean) questionnaires in Chinese and English under
// test/fixtures/methodology/, each with the exact diagnostics it must produce in
// `<name>.diagnostics.txt` (`line:col severity CODE message`, then the titles of its
// quick fixes). An optional `<name>.config.json` is used as its survey.config.json.
// Regenerate after an intended change with:
//   UPDATE_GOLDEN=1 npx vitest run packages/compiler/test/methodology/golden.test.ts
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFile, emptyConfig, parseConfig, type CompileResult } from '../../src/index.ts';

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/methodology');
const update = process.env.UPDATE_GOLDEN === '1';

export function render(result: CompileResult, path: string): string {
  const file = result.files.get(path)!;
  const lines: string[] = [];
  for (const d of result.diagnostics) {
    if (d.file !== path) {
      lines.push(`(in ${d.file}) ${d.severity} ${d.code} ${d.message}`);
      continue;
    }
    const p = file.parse.lineMap.position(d.range.start);
    lines.push(`${p.line + 1}:${p.character + 1} ${d.severity} ${d.code} ${d.message}`);
    for (const f of d.fixes ?? []) lines.push(`  fix: ${f.title}`);
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}

export function compileFixture(name: string): { result: CompileResult; path: string } {
  const path = join(fixturesDir, `${name}.survey`);
  const configPath = join(fixturesDir, `${name}.config.json`);
  const config = existsSync(configPath) ? parseConfig(readFileSync(configPath, 'utf8'), configPath) : emptyConfig();
  return { result: compileFile(path, { config }), path };
}

export const fixtureNames = readdirSync(fixturesDir)
  .filter((f) => f.endsWith('.survey'))
  .map((f) => f.slice(0, -'.survey'.length))
  .sort();

describe('methodology golden corpus', () => {
  it('has bad questionnaires in both languages and clean ones', () => {
    expect(fixtureNames.filter((n) => n.startsWith('zh-')).length).toBeGreaterThanOrEqual(3);
    expect(fixtureNames.filter((n) => n.startsWith('en-')).length).toBeGreaterThanOrEqual(3);
    expect(fixtureNames.filter((n) => n.startsWith('clean-'))).toEqual(['clean-en', 'clean-zh']);
  });

  for (const name of fixtureNames) {
    it(`${name}.survey`, () => {
      const { result, path } = compileFixture(name);
      const actual = render(result, path);
      const goldenPath = join(fixturesDir, `${name}.diagnostics.txt`);
      if (update || !existsSync(goldenPath)) writeFileSync(goldenPath, actual);
      expect(actual).toBe(readFileSync(goldenPath, 'utf8'));
      if (name.startsWith('clean-')) expect(actual).toBe('');
    });
  }
});
