// The checks a methodologist expects (issue 13), through the real bundled binary:
// each group's diagnostics come out of `survey check` with their code, severity,
// position and exit code, on Chinese and English surveys.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const bin = join(root, 'packages/cli/bin/survey.js');

interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  range: { start: { line: number; column: number } };
}

/** Runs `survey check -f json` on one survey (intro/confidentiality rules off) and returns the exit code and diagnostics. */
function check(text: string, only: (code: string) => boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'survey-method-'));
  writeFileSync(join(dir, 'survey.config.json'), JSON.stringify({ rules: { SVY6001: 'off', SVY6002: 'off' } }));
  writeFileSync(join(dir, 's.survey'), text);
  const r = spawnSync(process.execPath, [bin, 'check', '-f', 'json', 's.survey'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const all = JSON.parse(r.stdout) as JsonDiagnostic[];
  return {
    code: r.status,
    found: all.filter((d) => only(d.code)).map((d) => `${d.range.start.line}:${d.range.start.column} ${d.severity} ${d.code}`),
    messages: all.filter((d) => only(d.code)).map((d) => d.message),
  };
}

describe('survey check: selection counts against the options', () => {
  it('a required multi question nobody can answer is an error (exit 1), a useless max a warning (zh)', () => {
    const r = check(
      'survey fb {\n  languages zh\n  title "满意度调查"\n  multi areas "您最看重哪些方面？" { a "价格"  b "质量" } min 3\n  ranking prio "请选出最重要的三项" { a "价格"  b "质量" } max 3\n}\n',
      (c) => c >= 'SVY2050' && c <= 'SVY2053',
    );
    expect(r.code).toBe(1);
    expect(r.found).toEqual(['4:50 error SVY2050', '5:51 warning SVY2051']);
    expect(r.messages[0]).toContain('nobody can answer this required question');
  });

  it('an exclusive option forbidden by min 2 (en)', () => {
    const r = check(
      'survey fb {\n  languages en\n  title "Feedback"\n  multi used "Which channels have you used?" { app "App"  web "Website"  none "None of these" exclusive } min 2\n}\n',
      (c) => c === 'SVY2052',
    );
    expect(r.code).toBe(1);
    expect(r.found).toEqual(['4:74 error SVY2052']);
  });
});

describe('survey check: conditions that can never be true', () => {
  it('a value outside the scale and a contradictory and are errors (zh + en)', () => {
    const r = check(
      [
        'survey fb {',
        '  languages zh, en',
        '  title "满意度调查" en: "Satisfaction"',
        '  scale sat5 1..5 anchored { 1 "很不满意" en: "Very dissatisfied"  5 "很满意" en: "Very satisfied" }',
        '  rating overall "总体满意度" en: "Overall satisfaction" on sat5',
        '  text why "原因" en: "Why?" when overall > 5',
        '  text both "说明" en: "Explain" when overall == 1 and overall == 2',
        '}',
        '',
      ].join('\n'),
      (c) => c === 'SVY2054',
    );
    expect(r.code).toBe(1);
    expect(r.found).toEqual(['6:33 error SVY2054', '7:37 error SVY2054']);
    expect(r.messages[0]).toContain("'why' is never shown");
  });
});

describe('survey check: dates, texts, ids, sections, grids, labels and attention checks', () => {
  it('reports each with its severity (zh + en)', () => {
    const r = check(
      [
        'survey fb {',
        '  languages zh, en',
        '  title "满意度调查" en: "Satisfaction"',
        '  scale sat5 1..5 anchored { 1 "很不满意" en: "Very dissatisfied"  5 "很满意" en: "Very satisfied" }',
        '  date delivered "交付日期" en: "Delivery date" min "2025-02-30"',
        '  text note "" en: "Anything else?" optional',
        '  rating Speed "速度" en: "Speed" on sat5',
        '  rating speed "速度评价" en: "Speed rating" on sat5',
        '  section empty "空" en: "Empty" { }',
        '  matrix m "请评价" en: "Please rate" on sat5 { row price "价格" en: "Price" }',
        '  single ch "渠道" en: "Channel" { app "应用" en: "App"  mini "应用" en: "Mini program" }',
        '  rating chk "本题请选择“满意”" en: "Please choose Satisfied" on sat5',
        '  quality { exclude attention chk != 6 }',
        '}',
        '',
      ].join('\n'),
      (c) => /^SVY20(5[5-7])$|^SVY502[0-3]$/.test(c),
    );
    expect(r.code).toBe(1);
    expect(r.found).toEqual([
      '5:49 error SVY2055',
      '6:13 error SVY2056',
      '8:10 error SVY2057',
      '9:11 warning SVY5020',
      '10:10 warning SVY5021',
      '11:59 error SVY5022',
      '13:38 error SVY5023',
    ]);
  });
});

describe('survey check: sampling plans', () => {
  it('missing allocation inputs, take-all strata larger than the sample and the design-effect margin (en)', () => {
    const r = check(
      [
        'survey fb {',
        '  languages en',
        '  title "Client survey"',
        '  rating q "How likely are you to recommend us?" on nps',
        '  sample {',
        '    population 2000',
        '    completes 400',
        '    margin 0.045',
        '    strata size { large 200  small 1800 }',
        '    oversample large 4',
        '  }',
        '}',
        '',
      ].join('\n'),
      (c) => c >= 'SVY6004' && c <= 'SVY6022',
    );
    expect(r.found).toEqual(['8:5 warning SVY6005']);
    expect(r.messages[0]).toContain('design effect 1.');
    const zh = check(
      'survey fb {\n  languages zh\n  title "客户满意度"\n  rating q "您向朋友推荐我们的可能性有多大?" on nps\n  sample {\n    completes 50\n    strata size { key 80 take_all  small 900 }\n  }\n}\n',
      (c) => c >= 'SVY6004' && c <= 'SVY6022',
    );
    expect(zh.code).toBe(1);
    expect(zh.found).toEqual(['7:12 error SVY6021']);
  });
});

describe('survey check: messages that read well', () => {
  it('a question reading its own answer, and an import cycle reported at both ends', () => {
    const self = check(
      'survey fb {\n  languages zh\n  title "满意度调查"\n  rating q1 "满意度" on nps when q1 >= 9\n}\n',
      (c) => c === 'SVY2005',
    );
    expect(self.messages).toEqual([
      "'q1' is shown depending on its own answer, which is not given yet when it is shown. Base the condition on an earlier question, or remove it.",
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'survey-cycle-'));
    writeFileSync(join(dir, 'survey.config.json'), JSON.stringify({ rules: { SVY6001: 'off', SVY6002: 'off' } }));
    writeFileSync(
      join(dir, 'a.survey'),
      'import "b.survey"\nsurvey a {\n  languages en\n  title "Feedback"\n  rating q "How likely are you to recommend us?" on s\n}\n',
    );
    writeFileSync(join(dir, 'b.survey'), 'import "a.survey"\nscale s 1..2 { 1 "No" 2 "Yes" }\n');
    const r = spawnSync(process.execPath, [bin, 'check', 'a.survey'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^a\.survey:1:1 error SVY2004 Import cycle: a\.survey → b\.survey → a\.survey\./m);
    expect(r.stdout).toMatch(/^b\.survey:1:1 error SVY2004 Import cycle: a\.survey → b\.survey → a\.survey\./m);
  });
});

describe('survey check: rule options validated per rule', () => {
  it('a bad option is a config error naming the key, never an internal error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'survey-options-'));
    writeFileSync(join(dir, 'survey.config.json'), JSON.stringify({ options: { SVY4009: { words: 5 }, SVY3003: { maxWord: 20 } } }));
    writeFileSync(join(dir, 's.survey'), 'survey fb {\n  languages zh\n  title "满意度调查"\n  text t "您有什么建议?"\n}\n');
    const r = spawnSync(process.execPath, [bin, 'check', 's.survey'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('SVY1006 Invalid survey.config.json: "options.SVY4009.words" must be a list of strings');
    expect(r.stdout).toContain('"options.SVY3003.maxWord" is not an option of SVY3003 (question-too-long)');
    expect(r.stdout).not.toContain('SVY0001');
  });
});
