// Repeat groups in the other formats (the emitters' household fixture: members counted by
// an answer, a job loop nested in each member, a loop over chosen brands, three visits).
// XLSForm writes begin/end repeat with repeat_count and the instance's option or position
// as calculate rows; SurveyJS writes dynamic panels that survey-core runs; formats without
// repeats note each group (REDCap: its repeats are instrument-level) and their labels
// carry a readable stand-in instead of a roster placeholder.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Model } from 'survey-core';
import { compileFile } from '@survey/compiler';
import { documentOf, exportSurvey } from '../src/index.ts';
import { SurveyIndex } from '../src/model.ts';
import { Notes } from '../src/export/notes.ts';
import { xlsformOf } from '../src/export/xlsform/rows.ts';

const result = compileFile(join(import.meta.dirname, '../../emitters/test/roster/household.survey'));
const doc = documentOf(result);

describe('exporting repeat groups', () => {
  it('XLSForm: begin repeat with repeat_count, the option or position as calculate rows, a `let` as a calculate row', () => {
    const notes = new Notes('xlsform');
    const form = xlsformOf(new SurveyIndex(doc), notes);
    const rows = form.survey.map((r) => [r.type, r.name, r.repeat_count ?? r.calculation ?? r.relevant ?? ''].join(' ').trim());
    expect(rows).toEqual(
      expect.arrayContaining([
        'begin repeat members ${size}',
        'calculate members_index position(..)',
        // `max 2`: XLSForm has no maximum column, so the count is capped.
        'begin repeat job_loop if(count-selected(${jobs}) > 2, 2, count-selected(${jobs}))',
        'calculate job_loop_option selected-at(${jobs}, position(..) - 1)',
        "calculate job_loop_label jr:choice-name(${job_loop_option}, '${jobs}')",
        'end repeat job_loop',
        'end repeat members',
        'begin repeat visits 3',
        "select_multiple jobs jobs ${age} != '' and ${age} >= 16",
        'calculate oldest max(${age})',
        'text care ${oldest} >= 65 and count(${members}) >= 2',
      ]),
    );
    // Nesting: the job loop inside the member, the hours inside the job loop.
    const at = (s: string) => rows.indexOf(s);
    expect(at('begin repeat members ${size}')).toBeLessThan(
      at('begin repeat job_loop if(count-selected(${jobs}) > 2, 2, count-selected(${jobs}))'),
    );
    expect(at('end repeat job_loop')).toBeLessThan(at('end repeat members'));
    const hours = form.survey.find((r) => r.name === 'hours')!;
    expect(hours.label?.zh).toBe('${name}每周做“${job_loop_label}”多少小时?');
    expect(form.survey.find((r) => r.name === 'visited')!.label?.en).toBe('When was visit ${visits_index}?');
    expect(notes.list.filter((n) => n.message.startsWith('repeat group'))).toEqual([]);
  });

  it('SurveyJS: dynamic panels that survey-core runs: panels per member, per chosen job and brand, three visits', async () => {
    const { files, notes } = await exportSurvey(doc, ['surveyjs']);
    const json = JSON.parse(String(files[0].contents));
    expect(JSON.stringify(json)).not.toContain('{brand_loop}');
    const m = new Model(json);
    const members = m.getQuestionByName('members');
    expect(members.getType()).toBe('paneldynamic');
    m.setValue('size', 2);
    expect(members.panelCount).toBe(2);
    const first = members.panels[0];
    first.getQuestionByName('name').value = '王芳';
    first.getQuestionByName('age').value = 40;
    members.panels[1].getQuestionByName('age').value = 10;
    expect(first.getQuestionByName('age').locTitle.renderedHtml).toBe('王芳今年多大?');
    expect(first.getQuestionByName('jobs').isVisible).toBe(true);
    expect(members.panels[1].getQuestionByName('jobs').isVisible).toBe(false);
    first.getQuestionByName('jobs').renderedValue = ['employed', 'own'];
    expect(first.getQuestionByName('job_loop').panelCount).toBe(2);
    expect(m.getQuestionByName('visits').panelCount).toBe(3);
    m.getQuestionByName('brands').renderedValue = ['a', 'c'];
    const brands = m.getQuestionByName('brand_loop');
    expect(brands.panelCount).toBe(2);
    expect(brands.panels[1].getQuestionByName('liking').locTitle.renderedHtml).toBe('您对“品牌 C”的满意程度如何?');
    // The `let` over every member's age, and the number of members, decide the care question.
    expect(m.getQuestionByName('care').isVisible).toBe(false);
    members.panels[1].getQuestionByName('age').value = 70;
    expect(m.getVariable('oldest')).toBe(70);
    expect(m.getQuestionByName('care').isVisible).toBe(true);
    expect(notes.filter((n) => n.message.startsWith('repeat group'))).toEqual([]);
    expect(notes.filter((n) => n.message.includes('loops over')).map((n) => n.element)).toEqual(['jobs', 'brands']);
  });

  it.each([['redcap'], ['ddi'], ['spss'], ['stata'], ['r']])('%s: one variable per question, a note per group', async (kind) => {
    const { files, notes } = await exportSurvey(doc, [kind]);
    expect(notes.filter((n) => n.message.startsWith('repeat group')).map((n) => n.element)).toEqual([
      'members',
      'job_loop',
      'brand_loop',
      'visits',
    ]);
    if (kind === 'redcap') expect(notes.find((n) => n.element === 'members')!.message).toContain('instruments');
    const text = String(files[0].contents);
    expect(text).not.toMatch(/\{(brand_loop|job_loop|visits)\}/);
  });

  it('R, SPSS and Stata labels say "[each selected option]" where a loop option was piped', async () => {
    const { files } = await exportSurvey(doc, ['spss', 'stata', 'r']);
    const [spss, stata, r] = files.map((f) => String(f.contents));
    expect(spss).toContain("/liking '您对“[每个所选项]”的满意程度如何?'");
    expect(stata).toContain('label variable liking `"您对“[每个所选项]”的满意程度如何?"\'');
    // R writes non-ASCII characters as escapes.
    expect(r).toContain('en = "How satisfied are you with \\u201c[each selected option]\\u201d?"');
  });
});
