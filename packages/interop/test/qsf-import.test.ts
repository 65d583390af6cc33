// Qualtrics .qsf import, on a bilingual survey file written by hand after the format's
// public descriptions (SurveyEntry, SurveyElements: blocks, flow, questions with
// Language translations, DisplayLogic): blocks in flow order, choices with recode
// values, text entry and exclusive options, number validation, a Likert matrix,
// display logic; what has no equivalent is reported and kept as a comment.
import { describe, expect, it } from 'vitest';
import { importSurvey, ImportError } from '../src/index.ts';
import { readFileSync } from 'node:fs';
import { fixture, importClean } from './helpers.ts';

const path = fixture('import/library-zh.qsf');

const run = () => importClean(path);

/** The line after the comment that mentions `needle` (skipping other comments). */
function lineAfter(text: string, needle: string): string {
  const lines = text.split('\n');
  let i = lines.findIndex((l) => l.includes('//') && l.includes(needle));
  expect(i, needle).toBeGreaterThanOrEqual(0);
  while (lines[i].trim().startsWith('//')) i++;
  return lines[i].trim();
}

describe('Qualtrics import (library-zh.qsf)', () => {
  it('maps blocks, choices, translations, validation, the matrix and display logic', async () => {
    const { text } = await run();
    expect(text).toContain('title "社区图书馆读者调查"');
    expect(text).toContain('languages zh, en');
    expect(text).toContain('section visits "Visits" {');
    expect(text).toContain('8 "其他(请说明)" en: "Other (please say)" specify');
    expect(text).toContain('4 "都不使用" en: "None of these" exclusive');
    expect(text).toMatch(/multi services "您使用哪些服务\?"\s+en: "Which services do you use\?"\s+randomize/);
    expect(text).toMatch(/optional min 0 max 50 integer when services has 1/);
    expect(text).toContain('row hours "开放时间" en: "Opening hours"');
    expect(text).toContain('5 "很满意" en: "Very satisfied"');
    expect(text).toContain('optional when frequency_ == 3 or frequency_ == 8');
    expect(text.indexOf('section visits')).toBeLessThan(text.indexOf('section ratings'));
  });

  it('reports what it cannot map, with the question, and keeps it as a comment', async () => {
    const { text, problems } = await run();
    expect(problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      'flow FL_4: EmbeddedData in the survey flow not imported',
      'QID9: in the trash (deleted in Qualtrics): not imported',
      'QID1 (frequency): name frequency imported as frequency_',
      'QID6 (Q6): descriptive text not imported: 下面请评价我们的服务。',
      'QID7 (likely): question type Slider/HSLIDER not imported: no equivalent',
      'QID8 (branch_idea): display logic not imported (EmbeddedField conditions have no equivalent)',
    ]);
    expect(lineAfter(text, 'QID6 (Q6): descriptive text')).toBe('}');
    expect(lineAfter(text, 'QID7 (likely)')).toMatch(/^text branch_idea /);
  });

  it('rejects a JSON file that is not a survey file', async () => {
    await expect(importSurvey('x.qsf', '{"SurveyEntry": {}}')).rejects.toThrow(ImportError);
    await expect(importSurvey('x.qsf', '{"SurveyEntry": {}}')).rejects.toThrow('x.qsf: not a Qualtrics survey file: no SurveyElements');
  });

  it('imports a block shown on two branches of the flow once, and reports the repeat', async () => {
    const qsf = JSON.parse(readFileSync(path, 'utf8'));
    const flow = qsf.SurveyElements.find((e: { Element: string }) => e.Element === 'FL');
    const block = flow.Payload.Flow.find((f: { Type: string }) => f.Type === 'Block');
    flow.Payload.Flow.push({ Type: 'Branch', FlowID: 'FL_9', Flow: [{ ...block, FlowID: 'FL_10' }] });
    const { text, problems } = await importClean('repeat.qsf', JSON.stringify(qsf));
    expect(problems.map((p) => `${p.where}: ${p.message}`)).toContain(
      `flow FL_10: block ${block.ID} appears again in the survey flow: imported once`,
    );
    expect(text.match(/single frequency_ /g)).toHaveLength(1);
  });
});
