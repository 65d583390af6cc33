// The wording checks as a CI gate, through the real bundled binary: a questionnaire
// with a validated instrument used verbatim passes `check --max-warnings 0` once the
// instrument is declared, and a double-barreled question of the survey's own still fails.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const bin = join(root, 'packages/cli/bin/survey.js');

function check(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'survey-wording-'));
  writeFileSync(join(dir, 'wellbeing.survey'), text);
  const r = spawnSync(process.execPath, [bin, 'check', '--max-warnings', '0', '--format', 'json', 'wellbeing.survey'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const codes = (JSON.parse(r.stdout || '[]') as Array<{ code: string }>).map((d) => d.code);
  return { code: r.status, codes };
}

const survey = (directive: string, extra = '') => `survey wellbeing {
  title "幸福感调查" en: "Well-being survey"
  languages zh, en
  intro "请花一分钟回答。" en: "Please take a minute to answer."
  confidentiality "您的回答将严格保密。" en: "Your answers are kept confidential."
  scale time6 0..5 { 0 "从来没有" en: "At no time" 1 "有些时候" en: "Some of the time" 2 "不到一半时间" en: "Less than half of the time" 3 "一半以上时间" en: "More than half of the time" 4 "大部分时间" en: "Most of the time" 5 "所有时间" en: "All of the time" }
${directive}  section who5 "过去两周里" en: "Over the last two weeks" {
    rating who1 "我感到快乐、心情舒畅。" en: "I have felt cheerful and in good spirits." on time6
    rating who2 "我感到宁静和放松。" en: "I have felt calm and relaxed." on time6
    rating who3 "我感到充满活力、精力充沛。" en: "I have felt active and vigorous." on time6
    rating who4 "我睡醒时感到神清气爽、得到了充分休息。" en: "I woke up feeling fresh and rested." on time6
    rating who5 "我每天的生活充满了让我感兴趣的事情。" en: "My daily life has been filled with things that interest me." on time6
  }
${extra}}
`;

describe('wording checks as a CI gate (survey check --max-warnings 0)', () => {
  it('fails on a validated instrument that is not declared', () => {
    const r = check(survey(''));
    expect(r.code).toBe(1);
    expect(r.codes).toContain('SVY4001');
  });

  it('passes once the section is declared a validated instrument', () => {
    const r = check(survey('  // survey-instrument WHO-5 -- WHO-5 Well-Being Index (WHO 1998), Chinese version\n'));
    expect(r).toEqual({ code: 0, codes: [] });
  });

  it("still fails on the survey's own double-barreled question, and asks for the directive's source", () => {
    const own =
      '  rating own "您对我们的培训和技术支持是否满意?" en: "How satisfied are you with our training and technical support?" on time6\n';
    expect(check(survey('  // survey-instrument WHO-5 -- WHO 1998\n', own)).codes).toEqual(['SVY4001', 'SVY4001']);
    expect(check(survey('  // survey-instrument WHO-5\n')).codes).toEqual(['SVY4011']);
  });
});
