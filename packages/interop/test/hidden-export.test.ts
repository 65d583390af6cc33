// Hidden (preloaded) variables in the other formats, and back: XLSForm `hidden` rows
// (a bind without a widget in the XForm), SurveyJS calculated values the host fills
// with setVariable() — survey-core keeps them in the result — and REDCap @HIDDEN
// fields (a dropdown for a coded variable). Each import gives the variables back.
import { describe, expect, it } from 'vitest';
import { Model } from 'survey-core';
import { compileText } from '@survey/compiler';
import { documentOf, exportSurvey, importSurvey } from '../src/index.ts';
import { parseCsv } from '../src/common/csv.ts';
import { compiled, fixture } from './helpers.ts';

const doc = () => compiled(fixture('clinic-zh.survey'));

async function file(kind: string) {
  const { files, notes } = await exportSurvey(doc(), [kind]);
  return { contents: files[0].contents, fileName: files[0].fileName, notes };
}

async function hiddenBack(kind: string) {
  const f = await file(kind);
  const r = await importSurvey(f.fileName, f.contents as Uint8Array);
  expect(r.errors).toEqual([]);
  const result = compileText(r.text);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { hidden: documentOf(result).hidden ?? [], text: r.text };
}

describe('hidden variables', () => {
  it('XLSForm: hidden rows, bound in the XForm without a widget', async () => {
    const xform = (await file('xform')).contents as string;
    expect(xform).toContain('<bind nodeset="/data/site" type="string"/>');
    expect(xform).toContain('<wave/>');
    expect(xform).not.toMatch(/ref="\/data\/(site|wave)"/);
    const { notes } = await file('xlsform');
    expect(notes.map((n) => `${n.element}: ${n.message}`)).toContain(
      'wave: XLSForm hidden fields hold text: the number type is not exported.',
    );
    const { hidden } = await hiddenBack('xlsform');
    expect(hidden.map((h) => [h.id, h.type, h.label?.zh])).toEqual([
      ['site', 'text', '院区'],
      ['wave', 'text', '调查轮次'],
    ]);
  });

  it('SurveyJS: the host sets them and survey-core keeps them in the result', async () => {
    const json = JSON.parse((await file('surveyjs')).contents as string);
    expect(json.calculatedValues).toEqual([
      { name: 'site', expression: '{site}', includeIntoResult: true },
      { name: 'wave', expression: '{wave}', includeIntoResult: true },
    ]);
    const m = new Model(json);
    m.setVariable('site', 2);
    m.setVariable('wave', 3);
    m.setValue('overall', 4);
    m.doComplete();
    expect(m.data).toMatchObject({ site: 2, wave: 3, overall: 4 });
    const { hidden } = await hiddenBack('surveyjs');
    expect(hidden.map((h) => h.id)).toEqual(['site', 'wave']);
  });

  it('REDCap: @HIDDEN fields, a dropdown for a coded variable, imported with their types', async () => {
    const [header, ...rows] = parseCsv((await file('redcap')).contents as string);
    const by = (v: string) => Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0] === v)![i]]));
    expect(by('site')).toMatchObject({
      'Field Type': 'dropdown',
      'Choices, Calculations, OR Slider Labels': '1, 东院 | 2, 西院',
      'Field Annotation': '@HIDDEN',
    });
    expect(by('wave')).toMatchObject({
      'Field Type': 'text',
      'Text Validation Type OR Show Slider Number': 'number',
      'Field Annotation': '@HIDDEN',
    });
    const { hidden, text } = await hiddenBack('redcap');
    expect(hidden.map((h) => [h.id, h.type])).toEqual([
      ['site', 'code'],
      ['wave', 'number'],
    ]);
    expect(text).toContain('hidden site from site_codes "院区" optional');
  });
});
