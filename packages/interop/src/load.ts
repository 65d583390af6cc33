// The exporters' input: the canonical compiled survey JSON of a compile result
// (the same document `survey build --only json` writes), never the .survey text.
import type { CompileResult } from '@survey/compiler';
import { surveyDocument } from '@survey/emitters';
import type { SurveyDoc } from './model.ts';

export function documentOf(result: CompileResult): SurveyDoc {
  if (!result.survey || !result.ok) throw new Error('documentOf() needs a compiled survey without errors; check result.ok first');
  return JSON.parse(JSON.stringify(surveyDocument(result.survey, result.binding))) as SurveyDoc;
}
