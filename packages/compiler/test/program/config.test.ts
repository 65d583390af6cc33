import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFile, loadConfig } from '../../src/index.ts';
import { isStructural, structuralCodes as codes } from '../helpers.ts';

const bad = 'survey t {\n  languages zh\n  mode onlin\n}\n';

describe('survey.config.json', () => {
  it('changes a severity by code or by name, or turns a rule off', () => {
    expect(compileFileWith(bad, { rules: { SVY2022: 'warning' } }).map((d) => d.severity)).toEqual(['warning']);
    expect(compileFileWith(bad, { rules: { 'invalid-setting': 'off' } })).toEqual([]);
  });

  it('is found in a parent folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'survey-config-'));
    writeFileSync(join(root, 'survey.config.json'), JSON.stringify({ profile: 'post-transaction' }));
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    const config = loadConfig(join(root, 'a', 'b'));
    expect(config.path).toBe(join(root, 'survey.config.json'));
    expect(config.profile).toEqual({ questions: 5, minutes: 3 });
  });

  it('reports invalid configuration as diagnostics, not exceptions', () => {
    const ds = compileFileWith(bad, { rules: { SVY2022: 'loud', SVY9999: 'off' }, profile: 'nope', extra: 1 });
    expect(ds.filter((d) => d.code === 'SVY1006').map((d) => d.message)).toEqual([
      'Invalid survey.config.json: "rules.SVY2022" must be "error", "warning", "info" or "off".',
      'Invalid survey.config.json: "profile" must be one of "post-transaction", "phone-follow-up", "standard".',
      'Invalid survey.config.json: unknown key "extra". Remove it, or use one of "$schema", "rules", "profile", "profiles", "options", "requireNonResponseOption".',
    ]);
  });

  it('reports an unknown code with the severity the docs give SVY1005 (a warning), at its key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'survey-cfg-'));
    const text = JSON.stringify({ rules: { SVY9999: 'off' }, options: { 'no-such-rule': {} } });
    writeFileSync(join(dir, 'survey.config.json'), text);
    const config = loadConfig(dir);
    expect(config.diagnostics.map((d) => [d.code, d.severity, text.slice(d.range.start, d.range.end)])).toEqual([
      ['SVY1005', 'warning', '"SVY9999"'],
      ['SVY1005', 'warning', '"no-such-rule"'],
    ]);
  });

  it('accepts custom profiles', () => {
    expect(codes(bad, { config: { profiles: { short: { questions: 3 } }, profile: 'short', rules: { SVY2022: 'off' } } })).toEqual([]);
  });
});

function compileFileWith(text: string, config: object) {
  const dir = mkdtempSync(join(tmpdir(), 'survey-cfg-'));
  writeFileSync(join(dir, 'survey.config.json'), JSON.stringify(config));
  writeFileSync(join(dir, 't.survey'), text);
  return compileFile(join(dir, 't.survey')).diagnostics.filter((d) => isStructural(d.code));
}
