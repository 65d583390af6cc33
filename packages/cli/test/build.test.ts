// `survey build` through the real binary: outputs per survey, errors build nothing,
// output is byte-identical from run to run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const bin = join(root, 'packages/cli/bin/survey.js');

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('survey build', () => {
  it('writes the four files for every example survey, deterministically', () => {
    const a = mkdtempSync(join(tmpdir(), 'build-a-'));
    const b = mkdtempSync(join(tmpdir(), 'build-b-'));
    expect(run(['build', 'examples', '--out', a]).code).toBe(0);
    expect(run(['build', 'examples', '--out', b]).code).toBe(0);
    const files = readdirSync(a).sort();
    const ids = [
      'course_evaluation',
      'crm_satisfaction',
      'customer_assessment',
      'household_listing',
      'instant_feedback',
      'manufacturer_quarterly',
      'media_satisfaction',
    ];
    expect(files).toEqual(ids.flatMap((id) => [`${id}.analysis.json`, `${id}.html`, `${id}.schema.json`, `${id}.survey.json`]).sort());
    for (const f of files) expect(readFileSync(join(b, f), 'utf8'), f).toBe(readFileSync(join(a, f), 'utf8'));
  });

  it('--only limits the outputs', () => {
    const out = mkdtempSync(join(tmpdir(), 'build-only-'));
    expect(run(['build', 'examples/instant-feedback/instant.survey', '--out', out, '--only', 'schema,json']).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['instant_feedback.schema.json', 'instant_feedback.survey.json']);
  });

  it('--only sql writes the analysis queries as one SQL file, deterministically', () => {
    const a = mkdtempSync(join(tmpdir(), 'build-sql-a-'));
    const b = mkdtempSync(join(tmpdir(), 'build-sql-b-'));
    const r = run(['build', 'examples/course-evaluation/course.survey', '--out', a, '--only', 'sql']);
    expect(r.code, r.stderr).toBe(0);
    expect(run(['build', 'examples/course-evaluation/course.survey', '--out', b, '--only', 'sql']).code).toBe(0);
    expect(readdirSync(a)).toEqual(['course_evaluation.analysis.sql']);
    const sql = readFileSync(join(a, 'course_evaluation.analysis.sql'), 'utf8');
    expect(sql).toBe(readFileSync(join(b, 'course_evaluation.analysis.sql'), 'utf8'));
    expect(sql).toMatch(/^-- course_evaluation\.analysis\.sql: /);
    expect(sql).toContain('-- Input: a table "responses"');
    expect(sql).toMatch(/\nSELECT[^;]*FROM "responses"[^;]*;\n/);
  });

  it('a survey with errors builds nothing and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-err-'));
    writeFileSync(join(dir, 'bad.survey'), 'survey bad {\n  languages en\n  rating q "How was it?" on missing_scale\n}\n');
    const r = run(['build', 'bad.survey', '--out', 'dist'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("bad.survey:3:29 error SVY2002 Unknown scale 'missing_scale'.");
    expect(r.stderr).toContain('1 survey not built because of errors');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  it('--submit-url is put into the form; bad values are usage errors', () => {
    const out = mkdtempSync(join(tmpdir(), 'build-url-'));
    expect(
      run([
        'build',
        'examples/instant-feedback/instant.survey',
        '--out',
        out,
        '--only',
        'html',
        '--submit-url',
        'https://example.org/responses',
      ]).code,
    ).toBe(0);
    expect(readFileSync(join(out, 'instant_feedback.html'), 'utf8')).toContain('https://example.org/responses');
    const bad = run(['build', 'examples/instant-feedback/instant.survey', '--out', out, '--submit-url', 'javascript:alert(1)']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe(
      "survey: error: --submit-url 'javascript:alert(1)' is refused: it must start with https:// (or http://).",
    );
  });

  it('rejects an unknown output kind with exit 2', () => {
    const r = run(['build', 'examples', '--only', 'pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      "survey: error: --only takes json, schema, analysis, html, xlsform, xform, surveyjs, redcap, ddi, spss, stata, r, sql, lss; 'pdf' is not one of them.",
    );
  });
});
