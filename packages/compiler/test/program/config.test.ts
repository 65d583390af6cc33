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

  it('sets a whole category by its id; a code or name in the same file wins over it, whatever the key order', () => {
    expect(compileFileWith(bad, { rules: { structure: 'info' } }).map((d) => [d.code, d.severity])).toEqual([['SVY2022', 'info']]);
    expect(compileFileWith(bad, { rules: { structure: 'off' } })).toEqual([]);
    expect(compileFileWith(bad, { rules: { SVY2022: 'error', structure: 'off' } }).map((d) => d.severity)).toEqual(['error']);
    expect(compileFileWith(bad, { rules: { structure: 'off', 'invalid-setting': 'warning' } }).map((d) => d.severity)).toEqual(['warning']);
    // Another category leaves this one alone.
    expect(compileFileWith(bad, { rules: { wording: 'off' } }).map((d) => d.severity)).toEqual(['error']);
  });

  it('names the categories when a rules key is neither a code, a name nor a category', () => {
    const dir = mkdtempSync(join(tmpdir(), 'survey-cfg-'));
    writeFileSync(join(dir, 'survey.config.json'), JSON.stringify({ rules: { wordings: 'off' }, options: { wording: {} } }));
    expect(loadConfig(dir).diagnostics.map((d) => d.message)).toEqual([
      "'wordings' is not a diagnostic code, rule name or category. Use a code such as SVY4001, a name such as jargon, or a category (internal, syntax, structure, length, wording, scales, design); see docs/diagnostics.md.",
      // Options belong to one rule: a category takes none.
      "'wording' is not a diagnostic code or rule name. Use a code such as SVY3003 or a name such as jargon (see docs/diagnostics.md).",
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
