// XLSForm export: the .xlsx (written by exceljs) read back has the spec's survey,
// choices and settings sheets and columns, holds exactly the rows we built, and the
// XForm we emit is those rows compiled — checked field by field against its binds
// and body controls (the engine run is in browser/xform-engine.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportSurvey, SurveyIndex } from '../src/index.ts';
import { Notes } from '../src/export/notes.ts';
import { xlsformOf } from '../src/export/xlsform/rows.ts';
import { compileXForm } from '../src/export/xform/compile.ts';
import { formFromSheets, sheetsFromXlsx } from '../src/import/xlsform/sheets.ts';
import { compiled, fixture } from './helpers.ts';

const clean = <T>(v: T): T => JSON.parse(JSON.stringify(v, (k, x) => (k === 'row' ? undefined : x)));

describe.each(['clinic-zh.survey', 'library-en.survey'])('XLSForm export of %s', (name) => {
  it('follows the XLSForm sheets and columns and holds the rows we built', async () => {
    const doc = compiled(fixture(name));
    const { files } = await exportSurvey(doc, ['xlsform', 'xform']);
    const xlsx = files.find((f) => f.fileName.endsWith('.xlsx'))!.contents as Uint8Array;
    const sheets = await sheetsFromXlsx(xlsx);
    expect([...sheets.keys()]).toEqual(['survey', 'choices', 'settings']);
    const header = (s: string) => sheets.get(s)![0].cells;
    expect(header('survey').slice(0, 2)).toEqual(['type', 'name']);
    for (const h of header('survey'))
      expect(h).toMatch(
        /^(type|name|required|relevant|constraint|appearance|parameters|(label|hint|constraint_message)::\w+( \(\w+\))? \([\w-]+\))$/,
      );
    expect(header('choices')).toEqual([
      'list_name',
      'name',
      ...doc.languages.map((l) => expect.stringMatching(new RegExp(`^label::.* \\(${l}\\)$`))),
    ]);
    expect(header('settings')).toEqual(expect.arrayContaining(['form_title', 'form_id', 'default_language']));

    const { form, problems } = formFromSheets(sheets);
    expect(problems).toEqual([]);
    const built = xlsformOf(new SurveyIndex(doc), new Notes('xlsform'));
    expect(clean(form)).toEqual(clean(built));
    // The XForm is the compile of exactly what the spreadsheet holds.
    expect(compileXForm(form)).toBe(files.find((f) => f.fileName.endsWith('.xform.xml'))!.contents);
  });

  it('matches the XForm field by field: bind type, required, relevant, constraint, control, choices', async () => {
    const doc = compiled(fixture(name));
    const form = xlsformOf(new SurveyIndex(doc), new Notes('xlsform'));
    const xml = compileXForm(form);
    const lists = new Set(form.choices.map((c) => c.list_name));
    const types: Record<string, [string, string]> = {
      text: ['string', 'input'],
      integer: ['int', 'input'],
      decimal: ['decimal', 'input'],
      date: ['date', 'input'],
      note: ['string', 'input'],
      select_one: ['string', 'select1'],
      select_multiple: ['string', 'select'],
      rank: ['odk:rank', 'odk:rank'],
      hidden: ['string', ''], // bound, no widget
    };
    let fields = 0;
    for (const row of form.survey) {
      if (row.type === 'end group') continue;
      const bind = new RegExp(`<bind nodeset="(/data(?:/\\w+)*/${row.name})"([^>]*)/>`).exec(xml);
      if (row.type === 'begin group') {
        expect(xml).toMatch(new RegExp(`<group ref="/data(/\\w+)*/${row.name}"`));
        if (row.relevant) expect(bind?.[2]).toContain('relevant=');
        continue;
      }
      fields++;
      const [kind, list] = row.type.split(' ');
      expect(bind, row.name).not.toBeNull();
      const [, path, attrs] = bind!;
      expect(attrs).toContain(`type="${types[kind][0]}"`);
      expect(attrs.includes('required="true()"')).toBe(row.required === 'yes');
      expect(attrs.includes('relevant=')).toBe(row.relevant !== undefined);
      expect(attrs.includes('constraint=')).toBe(row.constraint !== undefined);
      for (const ref of (row.relevant ?? '').matchAll(/\$\{(\w+)\}/g)) expect(xml).toContain(`<bind nodeset="${pathOf(xml, ref[1])}"`);
      if (types[kind][1]) expect(xml).toContain(`<${types[kind][1]} ref="${path}"`);
      else expect(xml).not.toContain(`ref="${path}"`);
      if (list) {
        expect(lists.has(list), `${row.name}: list ${list}`).toBe(true);
        expect(xml).toContain(`<instance id="${list}">`);
        for (const c of form.choices.filter((c) => c.list_name === list)) expect(xml).toContain(`<name>${c.name}</name>`);
      }
    }
    expect(fields).toBeGreaterThan(5);
  });
});

function pathOf(xml: string, name: string): string {
  return new RegExp(`<bind nodeset="(/data(?:/\\w+)*/${name})"`).exec(xml)![1];
}

describe('XLSForm determinism', () => {
  afterEach(() => vi.useRealTimers());

  it('writes byte-identical .xlsx files at different times (zip entry times are fixed)', async () => {
    const doc = compiled(fixture('clinic-zh.survey'));
    const at = async (iso: string) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(iso));
      const { files } = await exportSurvey(doc, ['xlsform']);
      vi.useRealTimers();
      return Buffer.from(files[0].contents as Uint8Array);
    };
    const first = await at('2026-01-05T08:00:00Z');
    const second = await at('2027-07-19T17:31:07Z');
    expect(second.equals(first)).toBe(true);
    // Every entry carries the zip epoch, 1980-01-01 00:00 (DOS date 0x0021, time 0).
    expect(first.readUInt16LE(10)).toBe(0);
    expect(first.readUInt16LE(12)).toBe(0x21);
    expect([...(await sheetsFromXlsx(first)).keys()]).toEqual(['survey', 'choices', 'settings']);
  });
});
