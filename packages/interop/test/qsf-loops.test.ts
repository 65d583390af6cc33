// Qualtrics loop and merge, on a bilingual household travel survey written by hand
// after the .qsf layout (block Options.Looping / LoopingOptions): a loop on a number
// answer (household members), a loop over the options chosen in a multiple-choice
// question (each kind of transport used) and a fixed loop list (three days) import as
// repeat groups, with their piped loop fields; loops with no equivalent are reported
// and their blocks asked once.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fixture, importClean } from './helpers.ts';

const path = fixture('import/travel-loops-zh.qsf');
const original = () => JSON.parse(readFileSync(path, 'utf8'));
type Block = { ID: string; Options: Record<string, unknown> };
const blockOf = (qsf: { SurveyElements: { Element: string; Payload: unknown }[] }, id: string) =>
  (qsf.SurveyElements.find((e) => e.Element === 'BL')!.Payload as Block[]).find((b) => b.ID === id)!;
const questionOf = (qsf: { SurveyElements: { Element: string; Payload: unknown; PrimaryAttribute: string }[] }, qid: string) =>
  qsf.SurveyElements.find((e) => e.Element === 'SQ' && e.PrimaryAttribute === qid)!.Payload as Record<string, unknown>;
const members = 'BL_9cWv2kRt';
const modes = 'BL_3nYb7mZa';

describe('Qualtrics loop and merge (travel-loops-zh.qsf)', () => {
  it('imports a loop on a number answer as `for` that question, with the loop number piped as the position', async () => {
    const { text, result } = await importClean(path);
    expect(text).toContain('repeat members_loop for hh_size {');
    expect(text).toContain('number member_age "第{members_loop}位家庭成员多大年龄?"');
    expect(text).toContain('en: "How old is household member {members_loop}?"');
    const group = result.survey?.rosters.find((r) => r.id === 'members_loop');
    expect(group?.count).toEqual({ kind: 'answer', source: 'hh_size' });
    expect(group?.questions.map((q) => q.id)).toEqual(['member_age', 'member_works']);
  });

  it('imports a loop over the chosen options as `for each`, with field 1 piped as the option', async () => {
    const { text } = await importClean(path);
    expect(text).toContain('repeat modes_2_loop for each modes {');
    expect(text).toContain('number trips "上周您乘坐{modes_2_loop}出行了几次?"');
    expect(text).toContain('en: "How satisfied are you with the {modes_2_loop}?"');
    // An earlier answer piped with ${q://QID1/ChoiceTextEntryValue}.
    expect(text).toContain('en: "What is the hardest part of getting around for your household of {hh_size}?"');
  });

  it('imports a fixed loop list as a counted group and reports the row values it cannot pipe', async () => {
    const { text, problems } = await importClean(path);
    expect(text).toContain('repeat days_loop 3 {');
    expect(text).toContain('// block BL_0kDq4wFs: loop fields by row: 1: 周一 | Monday; 2: 周三 | Wednesday; 3: 周六 | Saturday');
    expect(text).toContain('number travel_min "[lm://Field/1]您在路上一共花了多少分钟?"');
    expect(problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      "QID7 (travel_min): ${lm://Field/1}: piped loop field 1 kept as text: a counted group pipes its position, not its rows' values",
      "QID7 (travel_min): ${lm://Field/2}: piped loop field 2 kept as text: a counted group pipes its position, not its rows' values",
    ]);
  });

  it('bounds a loop on a number without a maximum by the rows Qualtrics offers', async () => {
    const qsf = original();
    const v = (questionOf(qsf, 'QID1').Validation as { Settings: { ValidNumber: { Max: string } } }).Settings.ValidNumber;
    v.Max = '';
    const { text } = await importClean('nomax.qsf', JSON.stringify(qsf));
    expect(text).toContain('repeat members_loop for hh_size max 8 {');
    // A cap below the question's own maximum is kept too.
    const capped = original();
    (blockOf(capped, members).Options.LoopingOptions as { Locator: string }).Locator = 'q://QID1/LoopAndMerge/MergeOnNumericResponse?v=5';
    expect((await importClean('capped.qsf', JSON.stringify(capped))).text).toContain('repeat members_loop for hh_size max 5 {');
  });

  it('reports a loop over a single-choice answer or the options not chosen, and asks the block once', async () => {
    const qsf = original();
    questionOf(qsf, 'QID2').Selector = 'SAVR';
    const notChosen = original();
    const lo = blockOf(notChosen, modes).Options.LoopingOptions as { Locator: string };
    lo.Locator = 'q://QID2/ChoiceGroup/NotSelectedChoices';
    for (const [name, file, why] of [
      ['single.qsf', qsf, 'the SelectedChoices of QID2 (single modes)'],
      ['notchosen.qsf', notChosen, 'the NotSelectedChoices of QID2 (multi modes)'],
    ] as const) {
      const { text, problems } = await importClean(name, JSON.stringify(file));
      expect(text).not.toContain('modes_2_loop');
      expect(text).toMatch(/section modes_2 "Modes" \{\n\s+\/\/ block BL_3nYb7mZa: loop over .* not imported/);
      expect(problems.map((p) => `${p.where}: ${p.message}`)).toContain(
        `block BL_3nYb7mZa: loop over ${why} not imported: only the chosen options of an earlier multiple-choice question or an earlier number map`,
      );
      // Outside a loop, field 1 has nothing to stand for.
      expect(text).toContain('number trips "上周您乘坐[lm://Field/1]出行了几次?"');
    }
  });

  it("reports the loop's random order", async () => {
    const qsf = original();
    (blockOf(qsf, modes).Options.LoopingOptions as { Randomization: string }).Randomization = 'All';
    const { text, problems } = await importClean('random.qsf', JSON.stringify(qsf));
    expect(text).toContain('repeat modes_2_loop for each modes {');
    expect(problems.map((p) => `${p.where}: ${p.message}`)).toContain("block BL_3nYb7mZa: the loop's random order (All) not imported");
  });
});
