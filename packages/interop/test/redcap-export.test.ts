// REDCap data dictionary export, checked against REDCap's documented dictionary
// format: exactly the 18 columns in order, valid variable names, known field types
// and validations, `code, label | …` choices, matrix groups of identical choices,
// and branching logic that reads only earlier fields (checkbox options as [q(code)]).
import { describe, expect, it } from 'vitest';
import { exportSurvey } from '../src/index.ts';
import { parseCsv } from '../src/common/csv.ts';
import { redcapColumns, redcapFieldTypes, redcapValidations } from '../src/export/redcap/columns.ts';
import { compiled, fixture } from './helpers.ts';

async function dictionary(name: string) {
  const { files, notes } = await exportSurvey(compiled(fixture(name)), ['redcap']);
  const [header, ...rows] = parseCsv(files[0].contents as string);
  return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))), notes };
}

describe.each(['clinic-zh.survey', 'library-en.survey'])('REDCap dictionary of %s', (name) => {
  it('has the documented columns and valid fields', async () => {
    const { header, rows } = await dictionary(name);
    expect(header).toEqual([...redcapColumns]);
    expect(rows[0]['Variable / Field Name']).toBe('record_id');
    const seen = new Map<string, Record<string, string>>();
    for (const r of rows) {
      const v = r['Variable / Field Name'];
      expect(v).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(seen.has(v), v).toBe(false);
      expect(redcapFieldTypes).toContain(r['Field Type']);
      if (r['Text Validation Type OR Show Slider Number'])
        expect(redcapValidations).toContain(r['Text Validation Type OR Show Slider Number']);
      if (['radio', 'checkbox', 'dropdown'].includes(r['Field Type']))
        expect(r['Choices, Calculations, OR Slider Labels']).toMatch(/^[A-Za-z0-9_]+, [^|]+( \| [A-Za-z0-9_]+, [^|]+)+$/);
      expect(['', 'y']).toContain(r['Required Field?']);
      for (const m of r['Branching Logic (Show field only if...)'].matchAll(/\[(\w+)(?:\((\w+)\))?\]/g)) {
        const ref = seen.get(m[1]);
        expect(ref, `${v} reads ${m[1]}, an earlier field`).toBeDefined();
        if (m[2]) {
          expect(ref!['Field Type']).toBe('checkbox');
          expect(ref!['Choices, Calculations, OR Slider Labels']).toMatch(new RegExp(`(^| \\| )${m[2]}, `));
        }
      }
      seen.set(v, r);
    }
    const groups = new Map<string, string[]>();
    for (const r of rows)
      if (r['Matrix Group Name'])
        groups.set(r['Matrix Group Name'], [...(groups.get(r['Matrix Group Name']) ?? []), r['Choices, Calculations, OR Slider Labels']]);
    for (const choices of groups.values()) expect(new Set(choices).size).toBe(1);
  });
});

describe('REDCap specifics', () => {
  it('writes branching logic in REDCap syntax, exclusive options and matrices', async () => {
    const { rows, notes } = await dictionary('clinic-zh.survey');
    const by = (v: string) => rows.find((r) => r['Variable / Field Name'] === v)!;
    expect(by('app_ease')['Branching Logic (Show field only if...)']).toBe("[channels(app)] = '1'");
    expect(by('department_other')['Branching Logic (Show field only if...)']).toBe("[department] = 'other'");
    expect(by('complaint')['Branching Logic (Show field only if...)']).toBe(
      "([overall] <> '' and [overall] <> 9 and [overall] <= 2) or ([staff] <> '' and [staff] <> 9 and [staff] <= 2)",
    );
    expect(by('channels')['Field Annotation']).toBe("@NONEOFTHEABOVE='none'");
    expect([by('staff')['Matrix Group Name'], by('clean')['Matrix Group Name']]).toEqual(['aspects', 'aspects']);
    expect(by('wait_minutes')).toMatchObject({
      'Text Validation Type OR Show Slider Number': 'integer',
      'Text Validation Min': '0',
      'Text Validation Max': '600',
    });
    expect(notes.map((n) => n.element)).toContain('clinic_visit'); // only the default language
  });

  it('puts the section condition into every field of the section (English survey)', async () => {
    const { rows } = await dictionary('library-en.survey');
    const easy = rows.find((r) => r['Variable / Field Name'] === 'easy')!;
    expect(easy['Branching Logic (Show field only if...)']).toBe("[member] = 'yes'");
    expect(easy['Section Header']).toBe('Members');
  });
});
