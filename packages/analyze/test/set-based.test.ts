// The set-based CSV path (src/fast) against the row-by-row reference: the same survey
// and files analysed both ways give byte-identical results — invalid responses with
// their reasons and file lines, exclusions with their rule and detail, scores,
// statistics, open-answer samples — on the examples' responses (the JSON ones written
// as CSV too) and on hostile files: blank cells, a BOM with CRLF, tabs, labels in
// either language instead of codes, bad types, padded numbers, empty and blank lines,
// quoted cells, a half-written last line. Files the set-based path cannot vouch for
// (a quoted line break, invalid UTF-8, more cells than the header) go row by row.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileText } from '@survey/compiler';
import { DuckDBInstance } from '@duckdb/node-api';
import { analyze, loadTable, pipelineOf, surveyInputOf, type SurveyInput } from '../src/index.ts';
import { exampleInput, root, tempFiles } from './helpers/survey.ts';
import { responsesToCsv } from './helpers/to-csv.ts';

async function both(input: SurveyInput, files: string[]) {
  const paths: Record<string, string> = {};
  const set = await analyze(input, { responses: files, trace: (f, p) => (paths[f] = p) });
  const rows = await analyze(input, { responses: files, rowByRow: true });
  return { set, rows, paths };
}

function readResponses(file: string): Array<Record<string, unknown>> {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.jsonl'))
    return text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));
  const v = JSON.parse(text);
  return Array.isArray(v) ? v : [v];
}

// The path each example's CSV files take; the weighted total's index() has no SQL form that gives the same doubles.
const examples: Array<[string, 'set-based' | 'row-by-row']> = [
  ['course-evaluation/course.survey', 'set-based'],
  ['crm-satisfaction/crm.survey', 'set-based'],
  ['instant-feedback/instant.survey', 'set-based'],
  ['manufacturer-quarterly/quarterly.survey', 'set-based'],
  ['media-company/media.survey', 'set-based'],
  ['weighted-assessment/assessment.survey', 'row-by-row'],
];

describe('set-based CSV loading equals the row-by-row path on the examples', () => {
  it.each(examples)('%s', async (path, expected) => {
    const input = exampleInput(path);
    const dir = join(root, 'examples', path.split('/')[0], 'responses');
    const files = readdirSync(dir)
      .sort()
      .map((f) => join(dir, f));
    const csvs = files.filter((f) => f.endsWith('.csv'));
    const json = files.filter((f) => !f.endsWith('.csv'));
    const converted = json.length
      ? [join(tempFiles({ 'responses.csv': responsesToCsv(json.flatMap(readResponses), input.schema) }), 'responses.csv')]
      : [];
    const all = [...csvs, ...converted];
    expect(all.length).toBeGreaterThan(0);
    const { set, rows, paths } = await both(input, all);
    expect(JSON.stringify(set, null, 1)).toBe(JSON.stringify(rows, null, 1));
    expect(set.counts.analysed).toBeGreaterThan(0);
    for (const f of all) expect(paths[f], f).toBe(expected);
  });
});

const SURVEY = `survey hostile {
  title "数据检查" en: "Data checks"
  languages zh, en
  intro "测试问卷。" en: "A test survey."
  confidentiality "您的回答将被保密。" en: "Your answers are kept confidential."
  scale agree5 1..5 {
    5 "非常同意" en: "Strongly agree"
    4 "同意" en: "Agree"
    3 "一般" en: "Neutral"
    2 "不同意" en: "Disagree"
    1 "非常不同意" en: "Strongly disagree"
    missing 9 "不知道" en: "Don't know"
  }
  choices areas {
    price "价格" en: "Price"
    service "服务" en: "Service"
    other "其他" en: "Other" specify
  }
  hidden region text "地区" en: "Region"
  matrix grid "您是否同意以下说法?" en: "Do you agree with these statements?" on agree5 {
    row a "服务很好" en: "The service is good"
    row b "价格合理" en: "The price is fair"
    row c "等待太久" en: "The wait is too long" reverse
  }
  rating check "请选择“同意”" en: "Please choose Agree" on agree5
  nps recommend "您会推荐我们吗?" en: "Would you recommend us?"
  multi liked "您喜欢哪些方面?" en: "What did you like?" from areas optional
  number visits "来访次数" en: "Number of visits" min 0 max 100 integer optional
  text comment "其他意见" en: "Other comments" optional
  score grid_mean "均值" en: "Mean" = mean(a, b, reverse(c)) require 2
  score nps_score "净推荐值" en: "NPS" = nps(recommend)
  quality {
    exclude answered < 50%
    exclude straightline grid
    exclude duration < 30
    exclude attention check != 4
    exclude when recommend == 0 and a == 1
  }
}
`;

const HEADER =
  'responseId,language,startedAt,submittedAt,durationSeconds,region,a,b,c,check,recommend,liked,liked.other.text,visits,comment';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const t0 = '2026-03-01T10:00:00.000Z';
/** Data rows (cells); the comments say what each row tests. */
const ROWS: string[][] = [
  [id(1), 'zh', '', '', '120', '北区', '4', '4', '2', '4', '9', 'price;service', '', '3', '很好'], // valid
  [id(2), 'en', '', '', '95', 'south', '同意', 'agree', ' Strongly disagree ', '4', '10', '价格;Service', '', '', '"Good, really"'], // labels
  [id(3), 'zh', '', '', '100', '北区', '', '4', '2', '4', '8', '', '', '', ''], // a required row left blank
  [id(4), 'zh', '', '', '100', '北区', '4', 'abc', '2', '4', '8', '', '', '', ''], // not a code
  [id(5), 'zh', '', '', '100', '北区', '4', '4', '2', '4', '8', '', '', '3.5', ''], // not an integer
  [id(6), 'zh', '', '', '100', '北区', ' 4 ', '4.0', '2', '4', '7', '', '', '1e1', '  有空格  '], // padded, 4.0, 1e1
  [id(7), 'zh', '', '', '100', '北区', '3', '3', '3', '4', '8', '', '', '', ''], // straight-lining
  [id(8), 'en', '', '', '10', 'north', '4', '5', '2', '4', '8', '', '', '', ''], // too fast
  [id(9), 'en', '', '', '100', 'north', '4', '5', '2', '2', '8', '', '', '', ''], // attention check failed
  [id(10), 'en', '', '', '100', 'north', '1', '5', '2', '4', '0', '', '', '', ''], // the when rule
  [id(11), 'zh', '', '', '100', '北区', '9', '9', '9', '4', '6', '', '', '', ''], // missing codes: no score, no straight-lining
  [id(12), 'zh', '', '', '100', '北区', '4', '4', '1', '4', '9', 'other', '朋友推荐', '', ''], // other with its text
  [id(13), 'zh', '', '', '100', '北区', '4', '4', '1', '4', '9', 'other', '', '', ''], // other without its text
  [id(14), 'zh', '', '', '100', '北区', '4', '4', '1', '4', '9', 'price', '多余', '', ''], // a text without other
  [id(15), 'zh', t0, '2026-03-01T10:00:20.000Z', '', '北区', '4', '3', '1', '4', '9', '', '', '', ''], // 20 s from timestamps
  [id(16), 'zh', t0, '2026-03-01T10:05:00.000Z', '', '北区', '4', '3', '1', '4', '9', '', '', '', ''], // 300 s
  [id(17), 'zh', '', '', '', '北区', '4', '3', '1', '4', '9', '', '', '', '无时长'], // no duration at all
  [id(18), 'zh', '', '', '100', '', '4', '3', '1', '4', '9', '', '', '', ''], // required hidden value missing
  ['not-a-uuid', 'zh', '', '', '100', '北区', '4', '3', '1', '4', '9', '', '', '', ''], // bad response id
  [id(20), 'fr', '', '', '100', '北区', '4', '3', '1', '4', '9', '', '', '', ''], // unknown language
  ['', '', '', '', '', '', '', '', '', '', '', '', '', '', ''], // blank row: skipped
  [' ', '  ', '', '', '', '', '', '', '', '', '', '', '', '', ''], // white space only: skipped
  [id(23), 'zh', '', '', '100', '北区', '5', '5', '1', '4', '10', 'service;price', '', '0', '"说 ""好"""'], // quotes
  [id(24), 'zh', '', '', '-5', '北区', '5', '5', '1', '4', '10', '', '', '', ''], // negative duration
  [id(25), 'zh', '', '', '100', '北区', '5', '5', '1', '4', '11', '', '', '', ''], // recommend out of range
  [id(26), 'en', '', '', '100', 'north', 'Strongly Agree', "DON'T KNOW", 'disagree', 'Agree', '9', 'price;price', '', '', ''], // labels; a repeated code
];

const csv = (rows: string[][], opts: { delim?: string; eol?: string; bom?: boolean } = {}) =>
  (opts.bom ? '\uFEFF' : '') +
  [HEADER, ...rows.map((r) => r.join(opts.delim ?? ','))].join(opts.eol ?? '\n').replace(/,/g, opts.delim ?? ',') +
  (opts.eol ?? '\n');

describe('set-based CSV loading equals the row-by-row path on hostile files', () => {
  const compiled = compileText(SURVEY, { path: 'hostile.survey' });
  const input = surveyInputOf(compiled);
  const cases: Array<[string, string | Buffer, 'set-based' | 'row-by-row']> = [
    ['plain', csv(ROWS), 'set-based'],
    ['BOM and CRLF', csv(ROWS, { bom: true, eol: '\r\n' }), 'set-based'],
    [
      'empty lines inside and at the end',
      csv([...ROWS.slice(0, 5), [''], [''], ...ROWS.slice(5, 9), [''], ...ROWS.slice(9)]) + '\n\n',
      'set-based',
    ],
    ['a half-written last line', csv(ROWS).replace(/\n$/, '') + `\n${id(99)},zh,,,100,北区,4,4`, 'set-based'],
    ['a short row in the middle', csv([...ROWS.slice(0, 3), [id(98), 'zh', '', ''], ...ROWS.slice(3)]), 'set-based'],
    ['only the header', HEADER + '\n', 'set-based'],
    [
      'a line break inside a quoted cell',
      csv([...ROWS, [id(97), 'zh', '', '', '100', '北区', '4', '4', '2', '4', '9', '', '', '', '"两\n行"']]),
      'row-by-row',
    ],
    ['more cells than the header', csv([...ROWS, [...ROWS[0], 'extra']]), 'row-by-row'],
    ['invalid UTF-8', Buffer.concat([Buffer.from(csv(ROWS)), Buffer.from([0xff, 0xfe]), Buffer.from(',zh\n')]), 'row-by-row'],
  ];
  it.each(cases)('%s', async (_name, contents, path) => {
    const file = join(tempFiles({ 'r.csv': contents }), 'r.csv');
    const { set, rows, paths } = await both(input, [file]);
    expect(JSON.stringify(set, null, 1)).toBe(JSON.stringify(rows, null, 1));
    expect(paths[file]).toBe(path);
  });

  it('the plain file exercises every outcome: invalid, excluded by each rule, analysed, texts', async () => {
    const file = join(tempFiles({ 'r.csv': csv(ROWS) }), 'r.csv');
    const { set } = await both(input, [file]);
    expect(set.invalid.map((x) => x.row)).toEqual([4, 5, 6, 14, 15, 19, 20, 21, 25, 26, 27]);
    expect(set.quality.map((q) => q.excluded)).toEqual([0, 1, 2, 1, 1]);
    expect(set.counts.analysed).toBe(8);
    expect(set.texts?.[0].sample.length).toBeGreaterThan(0);
  });

  it('keeps the responses table in file order, rows judged row by row in their places', async () => {
    const file = join(tempFiles({ 'r.csv': csv(ROWS) }), 'r.csv');
    const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
    const conn = await instance.connect();
    const paths: string[] = [];
    const out = await loadTable(
      conn,
      'responses',
      [file],
      pipelineOf(input, 20, false, (_f, p) => paths.push(p)),
    );
    const rows = (await conn.runAndReadAll('SELECT _row FROM responses')).getRowsJS().map((r) => Number(r[0]));
    conn.closeSync();
    instance.closeSync();
    expect(paths).toEqual(['set-based']);
    expect(out.analysed).toBe(rows.length);
    // line 13 (other with its text) and line 17 (a duration from the timestamps) are judged row by row
    expect(rows).toEqual([2, 3, 7, 12, 13, 17, 18, 24]);
  });

  it('a tab-separated file', async () => {
    const file = join(
      tempFiles({
        'r.tsv': csv(
          ROWS.filter((r) => !r.some((c) => c.includes(','))),
          { delim: '\t' },
        ),
      }),
      'r.tsv',
    );
    const { set, rows, paths } = await both(input, [file]);
    expect(JSON.stringify(set)).toBe(JSON.stringify(rows));
    expect(paths[file]).toBe('set-based');
  });

  it('a header naming an unknown column fails the same way', async () => {
    const file = join(tempFiles({ 'r.csv': csv(ROWS).replace('comment', 'comments') }), 'r.csv');
    const set = await analyze(input, { responses: [file] }).catch((e: Error) => e.message);
    const rows = await analyze(input, { responses: [file], rowByRow: true }).catch((e: Error) => e.message);
    expect(set).toMatch(/comments/);
    expect(set).toBe(rows);
  });
});
