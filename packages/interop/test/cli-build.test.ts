// `survey build --only <other formats>` through the real binary: the files are
// written next to the usual ones and what a format cannot carry is printed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.ts';

function run(args: string[]) {
  const r = spawnSync(process.execPath, [join(repoRoot, 'packages/cli/bin/survey.js'), ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('survey build --only <other formats>', () => {
  it('writes the SurveyJS form and notes what did not carry over', () => {
    const out = mkdtempSync(join(tmpdir(), 'interop-build-'));
    const r = run(['build', 'packages/interop/test/fixtures/clinic-zh.survey', '--out', out, '--only', 'surveyjs']);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['clinic_visit.surveyjs.json']);
    expect(JSON.parse(readFileSync(join(out, 'clinic_visit.surveyjs.json'), 'utf8')).locale).toBe('zh-cn');
    expect(r.stderr).toContain('clinic_visit: surveyjs: wait_minutes: SurveyJS has no unit after a field');
  });

  it('writes the XLSForm and the XForm', () => {
    const out = mkdtempSync(join(tmpdir(), 'interop-build-'));
    const r = run(['build', 'packages/interop/test/fixtures/library-en.survey', '--out', out, '--only', 'xlsform,xform']);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['library_services.xform.xml', 'library_services.xlsx']);
    expect(readFileSync(join(out, 'library_services.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(out, 'library_services.xform.xml'), 'utf8')).toContain('<data id="library_services">');
  });
  it('writes the DDI codebook and the SPSS, Stata and R scripts', () => {
    const out = mkdtempSync(join(tmpdir(), 'interop-build-'));
    const r = run(['build', 'packages/interop/test/fixtures/clinic-zh.survey', '--out', out, '--only', 'ddi,spss,stata,r']);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['clinic_visit.R', 'clinic_visit.ddi.xml', 'clinic_visit.do', 'clinic_visit.sps']);
    expect(readFileSync(join(out, 'clinic_visit.ddi.xml'), 'utf8')).toContain('<codeBook xmlns="ddi:codebook:2_5"');
    expect(readFileSync(join(out, 'clinic_visit.sps'), 'utf8')).toContain("VARIABLE LABELS\n  responseId '答卷编号'");
    expect(r.stderr).toContain('clinic_visit: spss: clinic_visit: SPSS labels are in one language: zh.');
  });
});

describe('survey import', () => {
  it('writes <id>.survey, reports what was not mapped, exits 0', () => {
    const out = mkdtempSync(join(tmpdir(), 'interop-import-'));
    const r = run(['import', 'packages/interop/test/fixtures/import/household-zh.md', '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['household.survey']);
    expect(r.stderr).toContain("household-zh.md: survey row 21: begin repeat 'person' not imported");
    expect(run(['check', join(out, 'household.survey')]).code).toBe(0);
  });

  it('imports a REDCap data dictionary with --from redcap', () => {
    const out = mkdtempSync(join(tmpdir(), 'interop-import-'));
    const r = run(['import', 'packages/interop/test/fixtures/import/sleep-en.redcap.csv', '--from', 'redcap', '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['sleep_en.survey']);
    expect(r.stderr).toContain('sleep-en.redcap.csv: row 20 (comments): action tag @HIDDEN-SURVEY not imported');
    expect(run(['check', join(out, 'sleep_en.survey')]).code).toBe(0);
  });

  it('imports a LimeSurvey .lss file in Chinese and English', () => {
    const out = mkdtempSync(join(tmpdir(), 'interop-import-'));
    const r = run(['import', 'packages/interop/test/fixtures/import/canteen-zh.lss', '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['canteen_zh.survey']);
    expect(r.stderr).toContain('canteen-zh.lss: dish (qid 6, type O): the comment box of a list with comment not imported');
    expect(readFileSync(join(out, 'canteen_zh.survey'), 'utf8')).toContain('title "食堂满意度调查" en: "Canteen satisfaction survey"');
    expect(run(['check', join(out, 'canteen_zh.survey')]).code).toBe(0);
  });

  it('rejects an unknown --from and an unreadable file with exit 2', () => {
    expect(run(['import', 'x.xlsx', '--from', 'pdf']).code).toBe(2);
    const r = run(['import', 'packages/interop/test/fixtures/nothing.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Cannot read/);
  });
});
