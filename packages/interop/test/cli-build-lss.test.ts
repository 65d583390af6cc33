// `survey build --only lss` and `survey import` of what it wrote, through the real
// binary: the .lss is written next to the usual outputs, the renames LimeSurvey's code
// rules force are printed, and the file imports back into a survey that checks.
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

describe('survey build --only lss', () => {
  it('writes the LimeSurvey structure file, notes the renames, and imports back', () => {
    const out = mkdtempSync(join(tmpdir(), 'interop-lss-'));
    const r = run(['build', 'packages/interop/test/fixtures/clinic-zh.survey', '--out', out, '--only', 'lss']);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['clinic_visit.lss']);
    expect(readFileSync(join(out, 'clinic_visit.lss'), 'utf8')).toContain('<LimeSurveyDocType>Survey</LimeSurveyDocType>');
    expect(r.stderr).toContain(
      'clinic_visit: lss: wait_minutes: question code wait_minutes written as waitMinutes (LimeSurvey codes are letters and digits, at most 20).',
    );
    expect(r.stderr).toContain('clinic_visit: lss: satisfaction: scores are not exported to LimeSurvey');
    const back = mkdtempSync(join(tmpdir(), 'interop-lss-import-'));
    const i = run(['import', join(out, 'clinic_visit.lss'), '--out', back]);
    expect(i.code).toBe(0);
    expect(readdirSync(back)).toEqual(['clinic_visit.survey']);
    expect(readFileSync(join(back, 'clinic_visit.survey'), 'utf8')).toMatch(
      /section the_booking_app "预约应用"\s+en: "The booking app"\s+when channels has app/,
    );
    expect(run(['check', join(back, 'clinic_visit.survey')]).code).toBe(0);
  });
});
