// Excel workbooks whose parts come in another order than exceljs writes them: a worksheet
// before xl/workbook.xml made exceljs's streaming reader crash with "Cannot read properties
// of undefined (reading 'sheets')" (exceljs issues #962, #3064). The order is the writing
// program's choice, so such a workbook reads like any other; one whose XML carries namespace
// prefixes (<x:workbook>, from OpenXML SDK writers) gets a clear message instead of a crash.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileText } from '@survey/compiler';
import { analyze, surveyInputOf } from '../src/index.ts';
import { storedZip } from './helpers/stored-zip.ts';
import { tempFiles } from './helpers/survey.ts';

const SURVEY = `survey part_order {
  title "零件顺序" en: "Part order"
  languages zh, en
  scale sat5 1..5 {
    5 "非常满意" en: "Very satisfied"
    4 "满意" en: "Satisfied"
    3 "一般" en: "Neutral"
    2 "不满意" en: "Dissatisfied"
    1 "非常不满意" en: "Very dissatisfied"
  }
  rating q1 "您对服务满意吗？" en: "Are you satisfied with the service?" on sat5
  rating q2 "您对价格满意吗？" en: "Are you satisfied with the price?" on sat5
}
`;
const input = surveyInputOf(compileText(SURVEY, { path: 'part-order.survey' }));
const ROWS = [
  ['q1', 'q2'],
  ['5', '非常满意'],
  ['3', 'Neutral'],
  ['', '2'],
  ['4', '4'],
];

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const col = (j: number) => String.fromCharCode(65 + j);

/** The parts of a one-sheet workbook (shared strings for text, numbers as numbers); `x`: every element of the workbook and sheet prefixed. */
function parts(x = false): Record<string, string> {
  const p = x ? 'x:' : '';
  const ns = x ? `xmlns:x="${MAIN}"` : `xmlns="${MAIN}"`;
  const strings: string[] = [];
  const rows = ROWS.map((r, i) => {
    const cells = r.map((c, j) => {
      if (c === '') return '';
      if (/^\d+$/.test(c)) return `<${p}c r="${col(j)}${i + 1}"><${p}v>${c}</${p}v></${p}c>`;
      strings.push(c);
      return `<${p}c r="${col(j)}${i + 1}" t="s"><${p}v>${strings.length - 1}</${p}v></${p}c>`;
    });
    return `<${p}row r="${i + 1}">${cells.join('')}</${p}row>`;
  });
  const sst = `<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;
  return {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?>${sst}`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns}><${p}sheetData>${rows.join('')}</${p}sheetData></${p}worksheet>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${ns} xmlns:r="${REL}"><${p}sheets><${p}sheet name="回答" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`,
  };
}

function workbook(order: string[], x = false): string {
  const all = parts(x);
  const dir = tempFiles({ 'r.xlsx': storedZip(order.map((name) => [name, all[name]])) });
  return join(dir, 'r.xlsx');
}

const RELS = ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels'];
const USUAL = [...RELS, 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml'];
const SHEET_FIRST = [...RELS, 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml', 'xl/workbook.xml'];

describe('Excel workbooks in any part order / 任意部件顺序的 Excel 工作簿', () => {
  it('reads a workbook whose worksheet comes before xl/workbook.xml like the usual order, on both paths', async () => {
    const usual = workbook(USUAL);
    const expected = JSON.stringify(await analyze(input, { responses: [usual] })).replaceAll(usual, 'r.xlsx');
    expect(expected).toContain('"counts":{"received":4,"invalid":1,"excluded":0,"analysed":3}');
    for (const rowByRow of [false, true]) {
      const paths: string[] = [];
      const file = workbook(SHEET_FIRST);
      const r = await analyze(input, { responses: [file], rowByRow, trace: (_f, p) => paths.push(p) });
      expect(JSON.stringify(r).replaceAll(file, 'r.xlsx')).toBe(expected);
      expect(paths).toEqual(rowByRow ? [] : ['set-based']);
    }
  });

  it('says clearly that a workbook with namespace-prefixed XML cannot be read, in either order', async () => {
    for (const order of [USUAL, SHEET_FIRST]) {
      const run = analyze(input, { responses: [workbook(order, true)] });
      await expect(run).rejects.toThrow(/namespace prefix \(such as <x:workbook>\).*export it as CSV/);
      await expect(run).rejects.not.toThrow(/reading 'sheets'/);
    }
  });
});
