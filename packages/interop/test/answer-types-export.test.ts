// Files, geopoints, signatures and option images in the other formats (the emitters' fixture
// answer-types.survey, Chinese and English): SurveyJS gets file, imagepicker and signaturepad
// questions that survey-core loads; XLSForm/XForm image, file, geopoint and a signature image;
// REDCap file fields (a signature validated as signature); what each lacks is noted.
import { describe, expect, it } from 'vitest';
import { Model } from 'survey-core';
import { exportSurvey, exportKinds } from '../src/index.ts';
import { compiled, repoRoot } from './helpers.ts';

const doc = () => compiled(`${repoRoot}packages/emitters/test/fixtures/answer-types.survey`);

describe('answer types in other formats', () => {
  it('SurveyJS: image picker with the embedded images, file with its limits, signature pad; survey-core loads them', async () => {
    const { files, notes } = await exportSurvey(doc(), ['surveyjs']);
    const json = JSON.parse(files[0].contents as string);
    const el = (name: string) =>
      json.pages.flatMap((p: { elements: Array<{ name: string }> }) => p.elements).find((e: { name: string }) => e.name === name);
    expect(el('logo')).toMatchObject({ type: 'imagepicker', multiSelect: false });
    expect(el('logo').choices.map((c: { imageLink: string }) => c.imageLink.slice(0, 22))).toEqual([
      'data:image/png;base64,',
      'data:image/svg+xml;bas',
    ]);
    expect(el('photo')).toMatchObject({ type: 'file', acceptedTypes: 'image/*,.pdf', maxSize: 1048576, storeDataAsText: true });
    expect(el('sign')).toMatchObject({ type: 'signaturepad', dataFormat: 'png' });
    expect(el('place').type).toBe('multipletext');
    const model = new Model(json);
    expect(['logo', 'photo', 'receipt', 'place', 'sign'].map((n) => model.getQuestionByName(n).getType())).toEqual([
      'imagepicker',
      'file',
      'file',
      'multipletext',
      'signaturepad',
    ]);
    model.setValue('place', { lat: 31.2304, lon: 121.4737 });
    expect(model.getQuestionByName('place').items.map((i: { value: unknown }) => i.value)).toEqual([31.2304, 121.4737]);
    expect(notes.map((n) => n.element)).toEqual(['logo', 'place']);
  });

  it('XLSForm and XForm: image, file, geopoint and a signature image; REDCap: file fields', async () => {
    const { files, notes } = await exportSurvey(doc(), exportKinds);
    expect(files.length).toBe(exportKinds.length);
    const xform = files.find((f) => f.fileName.endsWith('.xml'))!.contents as string;
    expect(xform).toMatch(/<bind nodeset="\/[^"]+\/photo" type="binary"/);
    expect(xform).toMatch(/<bind nodeset="\/[^"]+\/place" type="geopoint"/);
    expect(xform).toMatch(/<upload ref="\/[^"]+\/sign" mediatype="image\/\*" appearance="signature">/);
    expect(xform).toMatch(/<upload ref="\/[^"]+\/receipt" mediatype="application\/\*">/);
    const redcap = files.find((f) => f.fileName.endsWith('.redcap.csv'))!.contents as string;
    expect(redcap).toMatch(/\nphoto,[^\n]*,file,/);
    expect(redcap).toMatch(/\nsign,[^\n]*,file,[^\n]*signature/);
    const of = (format: string) => notes.filter((n) => n.format === format).map((n) => `${n.element}: ${n.message}`);
    expect(of('xlsform')).toEqual(
      expect.arrayContaining([
        'photo: XLSForm has no size limit for a file; the limit (1 MB) is not exported.',
        'logo: XLSForm shows option images from files next to the form; the embedded images and their alt text are not exported.',
      ]),
    );
    expect(of('redcap')).toEqual(expect.arrayContaining([expect.stringMatching(/^place: REDCap has no location field/)]));
  });
});
