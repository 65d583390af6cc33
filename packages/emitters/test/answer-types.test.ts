// File, geopoint and signature answers and image options (fixture answer-types.survey,
// Chinese and English) in the response schema (ajv strict), the survey JSON and the form.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileFile } from '@survey/compiler';
import { responseSchema } from '../src/json-schema/emit.ts';
import { surveyDocument } from '../src/survey-json/emit.ts';
import { emitHtml, SURVEY_SCHEMA_URL } from '../src/index.ts';
import { fixturesDir } from './support/load.ts';
import { makeAjv, publishedAjv } from './support/ajv.ts';
import { envelope, PNG_DATA_URL } from './support/respond.ts';

const r = compileFile(join(fixturesDir, 'answer-types.survey'));
const validate = makeAjv().compile(responseSchema(r.survey!, r.binding));
const photo = { name: '门店.jpg', type: 'image/jpeg', size: 1000, content: 'data:image/jpeg;base64,/9j/4AAQ' };
const base = { logo: 'red', photo, place: { lat: 31.2304, lon: 121.4737, accuracy: 12.5, source: 'device' }, sign: PNG_DATA_URL };
const valid = (answers: Record<string, unknown>) => validate(envelope(r.survey!, answers as never));

describe('answer types in the response schema', () => {
  it('accepts a photo, a PDF by its extension, a stored reference, typed coordinates and a signature', () => {
    expect(valid(base)).toBe(true);
    expect(
      valid({
        ...base,
        photo: { name: 'plan.PDF', type: 'application/octet-stream', size: 10, content: 'data:application/octet-stream;base64,AAAA' },
      }),
    ).toBe(true);
    expect(valid({ ...base, photo: { name: 'a.png', type: 'image/png', size: 10, ref: 's3://bucket/a.png' } })).toBe(true);
    expect(valid({ ...base, place: { lat: -90, lon: 180 }, receipt: { ...photo, type: 'text/plain', name: 'r.txt' } })).toBe(true);
  });

  it.each([
    ['photo', { ...photo, size: 2 * 1024 * 1024 }],
    ['photo', { ...photo, type: 'text/plain', name: 'notes.txt' }],
    ['photo', { ...photo, ref: 'x' }],
    ['photo', { name: 'a.png', type: 'image/png', size: 1 }],
    ['photo', { ...photo, content: 'not a data url' }],
    ['photo', { ...photo, extra: 1 }],
    ['place', { lat: 91, lon: 0 }],
    ['place', { lat: 0, lon: -180.5 }],
    ['place', { lat: 0 }],
    ['place', { lat: 0, lon: 0, accuracy: -1 }],
    ['sign', 'data:image/jpeg;base64,/9j/'],
    ['sign', ''],
  ])('refuses %s = %j', (name, value) => {
    expect(valid({ ...base, [name]: value })).toBe(false);
  });

  it('carries accepted types, the size limit and option images in the survey JSON, valid against its schema', () => {
    const json = surveyDocument(r.survey!, r.binding) as unknown as { sections: Array<{ questions: Array<Record<string, unknown>> }> };
    const qs = json.sections.flatMap((s) => s.questions);
    const byId = (id: string) => qs.find((q) => q.id === id)!;
    expect([byId('photo').accept, byId('photo').maxBytes, byId('receipt').maxBytes]).toEqual([['image/*', '.pdf'], 1048576, 10485760]);
    const images = (byId('logo').options as Array<{ image: { source: string; src: string; alt: object } }>).map((o) => o.image);
    expect(images.map((i) => [i.source, i.src.slice(0, 22)])).toEqual([
      ['images/red.png', 'data:image/png;base64,'],
      ['images/blue.svg', 'data:image/svg+xml;bas'],
    ]);
    expect(images[0].alt).toEqual({ zh: '红底白字的圆形标志', en: 'A round logo, white on red' });
    const ajv = publishedAjv();
    expect(ajv.validate(SURVEY_SCHEMA_URL, json), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('embeds option images as data URLs with alt text, and allows only data: images in its policy', () => {
    const html = emitHtml(r.survey!, r.binding);
    expect(html).toMatch(/<img src="data:image\/png;base64,[^"]+" alt="红底白字的圆形标志" data-alt="alt\.logo\.red">/);
    expect(html).toContain('img-src data:');
    expect(html).not.toContain('images/red.png');
    expect(html).toContain('<input type="file" id="f-photo" accept="image/*,.pdf"');
  });
});
