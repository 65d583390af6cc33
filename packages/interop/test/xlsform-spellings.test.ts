// Spellings pyxform accepts that real forms use (found in the corpus of pyxform's own
// test forms): old type names, `or specify other` / `or_other`, single-colon language
// columns, `list name` with a space, language codes in any case; and a choice list
// our checker rejects (one option) leaves the import without errors.
import { describe, expect, it } from 'vitest';
import { compileText } from '@survey/compiler';
import { importSurvey } from '../src/index.ts';
import { canonicalTag, languageFromColumnName } from '../src/common/languages.ts';
import { canonicalType } from '../src/import/xlsform/sheets.ts';

const md = (rows: string) => rows.trim().replace(/^\s+/gm, '');

describe('pyxform spellings', () => {
  it('reads old type names in their canonical form', () => {
    expect(canonicalType('select one from sexes or specify other')).toBe('select_one sexes or_other');
    expect(canonicalType('select  all that apply from  fruits')).toBe('select_multiple fruits');
    expect(canonicalType('select multiple fruits')).toBe('select_multiple fruits');
    expect(canonicalType('select_one from yes_no')).toBe('select_one yes_no');
    expect(canonicalType('select_one_from_file x.csv')).toBe('select_one_from_file x.csv');
  });

  it('puts language codes in canonical case', () => {
    expect(canonicalTag('EN')).toBe('en');
    expect(canonicalTag('zh-hant')).toBe('zh-Hant');
    expect(canonicalTag('pt_br')).toBe('pt-BR');
    expect(languageFromColumnName('EN')).toBe('en');
    expect(languageFromColumnName('Chinese (ZH)')).toBe('zh');
    expect(languageFromColumnName('english')).toBe('en');
    expect(languageFromColumnName('default')).toBeUndefined();
  });

  it('imports a form written with them', async () => {
    const r = await importSurvey(
      '/x/old.md',
      md(`
      | survey |
      | | type | name | label:English | label:Chinese (zh) |
      | | select one from colours or specify other | colour | Favourite colour? | 最喜欢的颜色? |
      | | select all that apply from colours | others | Other colours you like? | 你还喜欢哪些颜色? |
      | choices |
      | | list name | name | label:English | label:Chinese (zh) |
      | | colours | red | Red | 红 |
      | | colours | blue | Blue | 蓝 |
      | settings |
      | | form_id | default_language |
      | | old | EN |
    `),
    );
    expect(r.errors).toEqual([]);
    expect(r.problems).toEqual([]);
    expect(r.text).toContain('languages en, zh');
    expect(r.text).toContain('\n  answers optional\n');
    expect(r.text).toMatch(/single colour "Favourite colour\?" zh: "最喜欢的颜色\?" \{[^}]*other "Other" zh: "其他" specify/);
    expect(r.text).toMatch(/multi others "Other colours you like\?"\s+zh: "你还喜欢哪些颜色\?"\s+from colours\n/);
  });

  it('comments out a choice list the checker rejects, and the questions on it', async () => {
    const r = await importSurvey(
      '/x/one.md',
      md(`
      | survey |
      | | type | name | label |
      | | select_one consent | agree | Do you agree? |
      | | text | name | Your name |
      | choices |
      | | list_name | name | label |
      | | consent | yes | I agree |
    `),
    );
    expect(r.errors).toEqual([]);
    expect(r.text).toMatch(/\/\/ not imported: choices consent \(SVY2014/);
    expect(r.text).toMatch(/\/\/ not imported: single agree "Do you agree\?" \(its choice list consent was not imported\)/);
    expect(r.problems.map((p) => p.where)).toEqual(['consent', 'agree']);
    expect(compileText(r.text).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
