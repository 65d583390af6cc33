// The exported R script run by Rscript on a sample response CSV, in the C locale
// (so Chinese labels must survive without a UTF-8 locale): the resulting data
// frame's classes, factor levels (labels in the chosen language), missing codes
// turned NA, numbers, dates, multi-select indicators and "label" attributes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportSurvey } from '../../src/index.ts';
import { SurveyIndex } from '../../src/model.ts';
import { flattenRosters } from '../../src/export/rosters.ts';
import { dataVariables } from '../../src/export/data/variables.ts';
import { exampleSurveys as examples, compiled, fixture } from '../helpers.ts';
import { clinicCsv, libraryCsv } from '../fixtures/responses.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

// Writes one line per column: name, class, label, levels, values (NA for missing),
// as UTF-8 bytes whatever the locale.
const describeR = `
d <- readRDS(commandArgs(TRUE)[1])
cell <- function(x) paste(ifelse(is.na(x), "NA", as.character(x)), collapse = "|")
lines <- vapply(names(d), function(n) {
  x <- d[[n]]
  lab <- attr(x, "label"); if (is.null(lab)) lab <- ""
  paste(n, paste(class(x), collapse = "/"), lab, paste(levels(x), collapse = "|"), cell(x), paste(attr(x, "na_codes"), collapse = "|"), sep = "\\t")
}, "")
con <- file(commandArgs(TRUE)[2], open = "wb"); writeLines(enc2utf8(lines), con, useBytes = TRUE); close(con)
`;

interface Column {
  class: string;
  label: string;
  levels: string[];
  values: string[];
  naCodes: string;
}

function rscript(dir: string, args: string[]) {
  const r = spawnSync('Rscript', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: 'C' } });
  return r;
}

async function run(source: string, csv: string, expr?: string): Promise<{ columns: Record<string, Column>; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'interop-r-'));
  dirs.push(dir);
  const { files } = await exportSurvey(compiled(source), ['r']);
  writeFileSync(join(dir, files[0].fileName), files[0].contents);
  writeFileSync(join(dir, 'responses.csv'), csv);
  writeFileSync(join(dir, 'describe.R'), describeR);
  const r = expr ? rscript(dir, ['-e', expr]) : rscript(dir, [files[0].fileName, 'responses.csv', 'out.rds']);
  expect(r.status, r.stderr).toBe(0);
  expect(rscript(dir, ['describe.R', 'out.rds', 'out.tsv']).status).toBe(0);
  const columns: Record<string, Column> = {};
  for (const line of readFileSync(join(dir, 'out.tsv'), 'utf8').replace(/\n$/, '').split('\n')) {
    const [name, cls, label, levels, values, naCodes] = line.split('\t');
    columns[name] = { class: cls, label, levels: levels ? levels.split('|') : [], values: values ? values.split('|') : [], naCodes };
  }
  return { columns, stderr: r.stderr };
}

describe('R script run by Rscript', () => {
  it('labels the Chinese survey: factors, ordered scales, missing codes, dates, indicators', async () => {
    const { columns: c } = await run(fixture('clinic-zh.survey'), clinicCsv);
    expect(c.department).toMatchObject({
      class: 'factor',
      label: '您就诊的科室是?',
      levels: ['内科', '外科', '儿科', '其他(请注明)'],
      values: ['内科', '其他(请注明)', '儿科'],
    });
    expect(c.overall).toMatchObject({
      class: 'ordered/factor',
      levels: ['非常不满意', '不满意', '一般', '满意', '非常满意'],
      values: ['非常满意', '不满意', 'NA'],
      naCodes: '不适用',
    });
    expect(c.clean.values).toEqual(['NA', '不满意', '一般']); // 9 = 不适用 is a missing code
    expect(c.recommend.levels).toHaveLength(11);
    expect(c.recommend.values).toEqual(['极有可能', '3', 'NA']);
    expect(c.first_visit).toMatchObject({ class: 'factor', levels: ['是', '否'], values: ['是', '否', 'NA'] });
    expect(c.visit_date).toMatchObject({ class: 'Date', values: ['2024-03-01', '2024-03-02', '2024-04-01'] });
    expect(c.wait_minutes).toMatchObject({ class: 'numeric', label: '您候诊了多少分钟?', values: ['30', '120', 'NA'] });
    expect(c['department.other.text'].values).toEqual(['NA', '眼科, 复诊', 'NA']);
    expect(c.complaint.values[1]).toBe('排队太久,"医生"很忙');
    expect(c.channels_app).toMatchObject({ class: 'integer', label: '您通过哪些方式预约?: 手机应用', values: ['1', '0', 'NA'] });
    expect(c.channels_none.values).toEqual(['0', '1', 'NA']);
    expect(c.site).toMatchObject({ class: 'factor', label: '院区', values: ['东院', '西院', '东院'] });
    expect(c.wave).toMatchObject({ class: 'numeric', values: ['2', '2', 'NA'] });
    expect(c.postcode).toMatchObject({ class: 'character', values: ['100080', 'NA', 'NA'] });
  });

  it('gives English labels with lang = "en", columns in any order, and warns on values that are not codes', async () => {
    const { columns: c, stderr } = await run(
      fixture('clinic-zh.survey'),
      'overall,responseId,department,channels\n7,r1,internal,phone;app\n2,r2,surgery,\n',
      'source("clinic_visit.R"); saveRDS(read_clinic_visit("responses.csv", lang = "en"), "out.rds")',
    );
    expect(c.overall).toMatchObject({ label: 'Overall, how satisfied are you with this visit?', values: ['NA', 'Dissatisfied'] });
    expect(c.staff.values).toEqual(['NA', 'NA']); // a column left out is all missing
    expect(stderr).toContain('overall: values that are not codes become NA: 7');
    expect(c.department.levels[0]).toBe('Internal medicine');
    expect(c.channels_app.label).toBe('How did you book the visit?: In the app');
  });

  it('reads the English survey, keeping a ranking as its ordered codes', async () => {
    const { columns: c } = await run(fixture('library-en.survey'), libraryCsv);
    expect(c.member).toMatchObject({ class: 'factor', levels: ['Yes', 'No', 'Not sure'], values: ['Yes', 'No', 'Not sure'] });
    expect(c.easy).toMatchObject({ class: 'ordered/factor', values: ['Agree', 'NA', 'NA'] });
    expect(c.visits).toMatchObject({ class: 'numeric', values: ['3', '12', 'NA'] });
    expect(c.priorities).toMatchObject({
      class: 'character',
      label: 'Rank these services by importance to you.',
      values: ['books;events', 'study;books', 'NA'],
    });
  });

  it('rejects a column that is not a variable of the survey', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'interop-r-'));
    dirs.push(dir);
    const { files } = await exportSurvey(compiled(fixture('library-en.survey')), ['r']);
    writeFileSync(join(dir, files[0].fileName), files[0].contents);
    writeFileSync(join(dir, 'responses.csv'), 'responseId,member,vists\na1,yes,3\n');
    const r = rscript(dir, [files[0].fileName, 'responses.csv', 'out.rds']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('columns that are not variables of library_services: vists');
  });
});

describe.each(examples)('R script of %s', (source) => {
  it('runs on an empty response file and labels every column', async () => {
    const doc = compiled(source);
    // Formats without repeats show a roster's name in a text as a stand-in (rosters.ts).
    const vars = dataVariables(new SurveyIndex(flattenRosters(doc)));
    const { columns } = await run(source, vars.map((v) => v.name).join(',') + '\n');
    for (const v of vars) expect(columns[v.name]?.label, v.name).toBe(v.label[doc.defaultLanguage] ?? v.name);
  });
});
