// How each example is analysed on its committed responses: the survey, the response
// folder, and for the quarterly form one wave per quarter file (the README's commands).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileFile } from '@survey/compiler';
import { analyze, surveyInputOf, type AnalysisResult } from '@survey/analyze';

export interface ExampleRun {
  name: string;
  survey: string;
  /** Waves from the files of the responses folder, labelled by `label(fileName)`. */
  waves?: (file: string) => string;
}

export const runs: ExampleRun[] = [
  { name: 'course-evaluation', survey: 'course.survey' },
  { name: 'crm-satisfaction', survey: 'crm.survey' },
  { name: 'household-listing', survey: 'household.survey' },
  { name: 'instant-feedback', survey: 'instant.survey' },
  {
    name: 'manufacturer-quarterly',
    survey: 'quarterly.survey',
    waves: (f) => f.replace(/^\d+-(q\d)\.csv$/, (_, q: string) => q.toUpperCase()),
  },
  { name: 'media-company', survey: 'media.survey' },
  { name: 'weighted-assessment', survey: 'assessment.survey' },
];

export async function analyzeExample(root: string, run: ExampleRun): Promise<AnalysisResult> {
  const dir = join(root, 'examples', run.name);
  const compiled = compileFile(join(dir, run.survey));
  if (!compiled.ok) throw new Error(`examples/${run.name} does not compile`);
  const responses = join(dir, 'responses');
  const waves = run.waves
    ? readdirSync(responses)
        .sort()
        .map((f) => ({ label: run.waves!(f), files: [join(responses, f)] }))
    : undefined;
  return analyze(surveyInputOf(compiled), { responses: waves ? [] : [responses], waves, baseDir: root });
}
