// From a compiled survey to what the engine reads: the analysis configuration, the
// response schema and the sections (titles, points). The engine itself sees only
// these JSON documents, so a built `<id>.analysis.json` + `<id>.schema.json` serve too.
import type { CompileResult } from '@survey/compiler';
import { analysisDocument, responseSchema, surveyDocument } from '@survey/emitters';
import type { AnalysisDoc, SectionDoc, SurveyInput } from './config.ts';
import type { Labels } from './result.ts';

export function surveyInputOf(result: CompileResult): SurveyInput {
  const { survey, binding } = result;
  if (!survey || !result.ok) throw new Error('surveyInputOf needs a compiled survey without errors');
  const analysis = JSON.parse(JSON.stringify(analysisDocument(survey, binding))) as AnalysisDoc;
  const schema = JSON.parse(JSON.stringify(responseSchema(survey, binding))) as object;
  const doc = JSON.parse(JSON.stringify(surveyDocument(survey, binding))) as {
    sections?: Array<{ id: string; title?: Labels; points?: number }>;
  };
  return { analysis, schema, sections: sectionsOf(analysis, doc.sections ?? []) };
}

export function sectionsOf(analysis: AnalysisDoc, sections: Array<{ id: string; title?: Labels; points?: number }>): SectionDoc[] {
  return sections.map((s) => ({
    id: s.id,
    title: s.title,
    points: s.points,
    variables: analysis.variables.filter((v) => v.section === s.id && !v.parent && v.source !== 'hidden').map((v) => v.name),
  }));
}
