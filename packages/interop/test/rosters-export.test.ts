// A survey with repeat groups exports to every format without failing: the groups'
// questions are written once (a roster name piped into a text becomes the group's
// title), and each format notes every group it flattened.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileFile } from '@survey/compiler';
import { documentOf, exportKinds, exportSurvey } from '../src/index.ts';

const result = compileFile(join(import.meta.dirname, '../../emitters/test/roster/household.survey'));

describe('exporting repeat groups', () => {
  it.each(exportKinds.map((k) => [k]))('%s: writes the questions once and notes each group', async (kind) => {
    const { files, notes } = await exportSurvey(documentOf(result), [kind]);
    expect(files.length).toBeGreaterThan(0);
    expect(notes.filter((n) => n.message.startsWith('repeat group')).map((n) => n.element)).toEqual([
      'members',
      'job_loop',
      'brand_loop',
      'visits',
    ]);
  });

  it('pipes the group title where a text named the group', async () => {
    const { files } = await exportSurvey(documentOf(result), ['surveyjs']);
    const json = String(files[0].contents);
    expect(json).toContain('您对“品牌评价”的满意程度如何?');
    expect(json).not.toContain('{brand_loop}');
  });
});
