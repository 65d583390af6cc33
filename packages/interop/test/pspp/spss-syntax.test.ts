// The exported SPSS syntax run by GNU PSPP on a sample response CSV (Chinese and
// English surveys): PSPP's own dictionary shows the variable labels, value labels,
// missing values and measurement levels, the data list shows the values read and the
// multi-select indicators derived, and the saved .sav file reads back the same.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportSurvey } from '../../src/index.ts';
import { parseCsv } from '../../src/common/csv.ts';
import { SurveyIndex } from '../../src/model.ts';
import { flattenRosters } from '../../src/export/rosters.ts';
import { dataVariables } from '../../src/export/data/variables.ts';
import { exampleSurveys as examples, compiled, fixture } from '../helpers.ts';
import { clinicCsv, libraryCsv } from '../fixtures/responses.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** PSPP's CSV output: blocks `Table: <name>` followed by the table's rows. */
function tables(output: string): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const block of output.split(/\r?\n\r?\n/)) {
    const m = /^Table: (.+)\r?\n([\s\S]*)$/.exec(block.trim());
    if (m) out.set(m[1], parseCsv(m[2]));
  }
  return out;
}

function pspp(dir: string, syntax: string): Map<string, string[][]> {
  writeFileSync(join(dir, 'run.sps'), syntax);
  const r = spawnSync('pspp', ['-O', 'format=csv', '-o', 'out.csv', 'run.sps'], { cwd: dir, encoding: 'utf8' });
  expect(r.stdout + r.stderr).not.toMatch(/error/i);
  expect(r.status).toBe(0);
  return tables(readFileSync(join(dir, 'out.csv'), 'utf8'));
}

async function run(source: string, csv: string) {
  const dir = mkdtempSync(join(tmpdir(), 'interop-pspp-'));
  dirs.push(dir);
  const { files } = await exportSurvey(compiled(source), ['spss']);
  const id = files[0].fileName.replace(/\.sps$/, '');
  writeFileSync(join(dir, files[0].fileName), files[0].contents);
  writeFileSync(join(dir, `${id}.responses.csv`), csv);
  const read = pspp(dir, `INSERT FILE='${files[0].fileName}'.\nDISPLAY DICTIONARY.\nLIST.\n`);
  const back = pspp(dir, `GET FILE='${id}.sav'.\nDISPLAY DICTIONARY.\nLIST.\n`);
  const rows = (t: Map<string, string[][]>, name: string) => {
    const [header, ...body] = t.get(name) ?? [[]];
    return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
  };
  return { read, back, rows, text: files[0].contents as string };
}

describe('SPSS syntax run by GNU PSPP', () => {
  it('reads the Chinese survey with labels, missing values, levels and indicators, and saves a .sav that reads back', async () => {
    const { read, back, rows, text } = await run(fixture('clinic-zh.survey'), clinicCsv);
    expect(text.startsWith('\uFEFF* Encoding: UTF-8.')).toBe(true);
    const vars = Object.fromEntries(rows(read, 'Variables').map((r) => [r.Name, r]));
    expect(vars.overall).toMatchObject({ Label: '您对本次就诊的总体满意度如何?', 'Measurement Level': 'Ordinal', 'Missing Values': '9' });
    expect(vars.department).toMatchObject({ Label: '您就诊的科室是?', 'Measurement Level': 'Nominal' });
    expect(vars.wait_minutes['Measurement Level']).toBe('Scale');
    expect(vars.visit_date['Print Format']).toBe('SDATE10');
    expect(vars.channels_app).toMatchObject({ Label: '您通过哪些方式预约?: 手机应用', 'Measurement Level': 'Nominal' });
    expect(vars.site.Label).toBe('院区');
    const labels = read
      .get('Value Labels')!
      .map((r) => r.join('|'))
      .join('\n');
    expect(labels).toContain('您对本次就诊的总体满意度如何?|1|非常不满意');
    expect(labels).toContain('|9[a]|不适用');
    expect(labels).toContain('|internal|内科');
    expect(labels).toContain('院区|1|东院');
    expect(labels).toContain('您有多大可能向亲友推荐本院?|0|完全不可能');
    expect(labels).not.toContain('|5|5'); // unlabelled NPS points get no label
    const data = rows(read, 'Data List');
    expect(data.map((r) => r.responseId)).toEqual(['r1', 'r2', 'r3']);
    expect(data[0]).toMatchObject({
      visit_date: '2024/03/01',
      department: 'internal',
      overall: '5',
      channels_phone: '1',
      channels_app: '1',
      channels_none: '0',
    });
    expect(data[1]).toMatchObject({
      'department.other.text': '眼科, 复诊',
      complaint: '排队太久,"医生"很忙',
      channels_none: '1',
      first_visit: 'no',
    });
    expect(data[2]).toMatchObject({ overall: '9', wait_minutes: '.', channels_app: '.' }); // unanswered multi → missing indicators
    expect(rows(back, 'Variables')).toEqual(rows(read, 'Variables'));
    expect(back.get('Value Labels')).toEqual(read.get('Value Labels'));
    expect(rows(back, 'Data List')).toEqual(data);
  });

  it('reads the English survey', async () => {
    const { read, rows } = await run(fixture('library-en.survey'), libraryCsv);
    const vars = Object.fromEntries(rows(read, 'Variables').map((r) => [r.Name, r]));
    expect(vars.easy).toMatchObject({ Label: 'Borrowing books is easy.', 'Measurement Level': 'Ordinal' });
    expect(vars.priorities.Label).toBe('Rank these services by importance to you.');
    const labels = read
      .get('Value Labels')!
      .map((r) => r.join('|'))
      .join('\n');
    expect(labels).toContain('|unsure|Not sure');
    expect(labels).toContain('Borrowing books is easy.|1|Strongly disagree');
    expect(labels).toContain('|5|Strongly agree');
    expect(rows(read, 'Data List')[1]).toMatchObject({
      member: 'no',
      visits: '12',
      priorities: 'study;books',
      improve: 'Longer opening hours, please',
    });
  });
});

describe.each(examples)('SPSS syntax of %s', (source) => {
  it('runs in PSPP without errors and defines every column with its label', async () => {
    const doc = compiled(source);
    // Formats without repeats show a roster's name in a text as a stand-in (rosters.ts).
    const vars = dataVariables(new SurveyIndex(flattenRosters(doc)));
    const { read, rows } = await run(source, vars.map((v) => v.name).join(',') + '\n');
    const defined = rows(read, 'Variables');
    expect(defined.slice(0, vars.length).map((r) => r.Name)).toEqual(vars.map((v) => v.name));
    for (const [i, v] of vars.entries()) expect(defined[i].Label).toBe(v.label[doc.defaultLanguage] ?? v.name);
  });
});
