// Imports of forms written by hand in other formats (a Chinese XLSForm in pyxform's
// markdown test format, an English SurveyJS form) with constructs that have no
// equivalent: the output checks without errors, is formatted, and every such
// construct is both reported (file, row or element, why) and left as a comment
// just above the element that follows it.
import { describe, expect, it } from 'vitest';
import { importSurvey } from '../src/index.ts';
import { fixture, importClean } from './helpers.ts';

const imported = (name: string) => importClean(fixture(`import/${name}`));

/** The line after the comment that mentions `needle` (skipping other comments). */
function lineAfter(text: string, needle: string): string {
  const lines = text.split('\n');
  let i = lines.findIndex((l) => l.includes('//') && l.includes(needle));
  expect(i, needle).toBeGreaterThanOrEqual(0);
  while (lines[i].trim().startsWith('//')) i++;
  return lines[i].trim();
}

describe('XLSForm markdown import (household-zh.md)', () => {
  it('maps the questions, the yes/no list, the group and the conditions', async () => {
    const { text } = await imported('household-zh.md');
    // XLSForm questions are optional unless `required` says yes: most are, so the header says it once.
    expect(text).toContain('\n  answers optional\n');
    expect(text).not.toMatch(/^(?!\s*answers optional$).* optional( |$)/m);
    expect(text).toContain('number members "家庭成员人数" required min 1 max 20 integer');
    expect(text).toContain('yesno has_water "家中是否有自来水?" required');
    expect(text).toContain('text water_source "主要饮用水来源是什么?" when has_water == no');
    expect(text).toContain('section health "健康状况" when members > 0 {');
    expect(text).toContain('text other_ill "其他疾病" when illness has other');
  });

  it('reports and comments every construct without an equivalent, in place', async () => {
    const { text, problems } = await imported('household-zh.md');
    expect(problems.map((p) => `${p.where}: ${p.message.split(':')[0]}`)).toEqual([
      "survey row 7: start 'start' not imported",
      "survey row 9: constraint '. <= ${members}' not imported",
      "survey row 10: calculate 'adults' not imported",
      "survey row 16: begin group 'detail' not imported",
      "survey row 19: relevant 'string-length(${water_source}) > 3' not imported",
      "survey row 21: begin repeat 'person' not imported",
    ]);
    expect(problems.every((p) => p.file === 'household-zh.md')).toBe(true);
    expect(lineAfter(text, 'start start')).toMatch(/^number members/);
    expect(lineAfter(text, 'constraint not imported: . <= ${members}')).toMatch(/^number children/);
    expect(lineAfter(text, 'calculate adults')).toMatch(/^yesno has_water/);
    expect(text).toContain('geopoint location "住址位置"');
    expect(lineAfter(text, 'string-length')).toMatch(/^text notes/);
    expect(lineAfter(text, 'begin repeat person')).toMatch(/^text person_name/);
  });
});

describe('SurveyJS import (feedback-en.json)', () => {
  it('maps choices, other/none items, a rating scale and visibleIf', async () => {
    const { text } = await imported('feedback-en.json');
    expect(text).toContain('scale venue_scale 1..5 anchored {');
    expect(text).toContain('\n  answers optional\n');
    expect(text).toMatch(/single attended "Did you attend in person\?" required \{/);
    expect(text).toContain('on venue_scale when attended == Yes');
    expect(text).toContain('other "Other (please specify)" specify');
    expect(text).toContain('none "None" exclusive');
    expect(text).toContain('text why_low "What went wrong?" max 400');
  });

  it('reports and comments html, expression, a panel condition, a URL choice list, a function and a validator', async () => {
    const { text, problems } = await imported('feedback-en.json');
    expect(problems.map((p) => p.where)).toEqual([
      'pages[0].elements[0] welcome',
      'pages[0].elements[3] email',
      'pages[0].elements[4] score',
      'pages[0].elements[5] extra',
      'pages[0].elements[6] country',
      'pages[0].elements[7] topics',
    ]);
    expect(lineAfter(text, 'html not imported')).toMatch(/^single attended/);
    expect(lineAfter(text, 'validator {"type":"email"}')).toMatch(/^text email/);
    expect(lineAfter(text, 'panel extra')).toMatch(/^text why_low/);
    expect(lineAfter(text, 'age({birth}) > 18')).toMatch(/^multi topics/);
  });
});

describe('bad input', () => {
  it('refuses a file that is not a workbook or not JSON, with the file name', async () => {
    await expect(importSurvey('/x/broken.xlsx', new Uint8Array([1, 2, 3]))).rejects.toThrow(/broken\.xlsx: not a readable \.xlsx workbook/);
    await expect(importSurvey('/x/broken.json', '{ nope')).rejects.toThrow(/broken\.json: not valid JSON/);
    await expect(importSurvey('/x/form.txt', 'x')).rejects.toThrow(/cannot tell the format of 'form\.txt'/);
    await expect(importSurvey('/x/form.qsf', '{}')).rejects.toThrow(/form\.qsf: not a Qualtrics survey file/);
  });
});
