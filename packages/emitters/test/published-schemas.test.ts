// The published schemas (packages/emitters/schemas/) are valid under ajv strict, and
// every compiled survey and analysis configuration we emit validates against them.
import { describe, expect, it } from 'vitest';
import { surveyDocument } from '../src/survey-json/emit.ts';
import { analysisDocument } from '../src/analysis/emit.ts';
import { ANALYSIS_SCHEMA_URL, SURVEY_SCHEMA_URL } from '../src/common/names.ts';
import { allCases } from './support/load.ts';
import { published, publishedAjv } from './support/ajv.ts';

describe('published schemas', () => {
  it('compile under ajv strict and carry the ids the outputs point at', () => {
    const ajv = publishedAjv();
    expect(ajv.getSchema(SURVEY_SCHEMA_URL)).toBeDefined();
    expect(ajv.getSchema(ANALYSIS_SCHEMA_URL)).toBeDefined();
    expect(published('survey').$id).toBe(SURVEY_SCHEMA_URL);
    expect(published('analysis').$id).toBe(ANALYSIS_SCHEMA_URL);
  });
});

describe.each(allCases().map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const ajv = publishedAjv();

  it('<id>.survey.json validates against survey-v1.schema.json', () => {
    const doc = surveyDocument(c.result.survey!, c.result.binding);
    expect(doc.$schema).toBe(SURVEY_SCHEMA_URL);
    const ok = ajv.validate(SURVEY_SCHEMA_URL, JSON.parse(JSON.stringify(doc)));
    expect(ok ? '' : ajv.errorsText()).toBe('');
  });

  it('<id>.analysis.json validates against analysis-v1.schema.json', () => {
    const doc = analysisDocument(c.result.survey!, c.result.binding);
    expect(doc.$schema).toBe(ANALYSIS_SCHEMA_URL);
    const ok = ajv.validate(ANALYSIS_SCHEMA_URL, JSON.parse(JSON.stringify(doc)));
    expect(ok ? '' : ajv.errorsText()).toBe('');
  });
});
