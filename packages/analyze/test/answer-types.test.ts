// Files, locations and signatures (the emitters' fixture answer-types.survey) are validated
// with the response but not analysed: the image choice is counted, the others are left out
// of the responses table and of the item statistics.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileFile } from '@survey/compiler';
import { surveyInputOf } from '../src/index.ts';
import { tableColumns } from '../src/sql/table.ts';
import { root, run, tempFiles } from './helpers/survey.ts';

const input = surveyInputOf(compileFile(join(root, 'packages/emitters/test/fixtures/answer-types.survey')));
const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const response = (i: number, place: object) => ({
  format: 'survey-response/1',
  survey: 'answer_types',
  language: i % 2 ? 'zh' : 'en',
  startedAt: '2026-01-01T00:00:00Z',
  submittedAt: '2026-01-01T00:05:00Z',
  durationSeconds: 300,
  answers: { logo: i % 2 ? 'red' : 'blue', photo: { name: '门店.png', type: 'image/png', size: 68, content: png }, place, sign: png },
});

describe('answer types in the analysis', () => {
  it('keeps files, locations and signatures out of the responses table', () => {
    expect(tableColumns(input.analysis).map((c) => c.name)).toEqual(['_file', '_row', 'logo']);
  });

  it('analyses the image choice; a location out of range makes the response invalid', async () => {
    const dir = tempFiles({
      'r.jsonl': [
        response(1, { lat: 31.23, lon: 121.47, source: 'device' }),
        response(2, { lat: 31.23, lon: 121.47 }),
        response(3, { lat: 91, lon: 0 }),
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    });
    const result = await run(input, [join(dir, 'r.jsonl')]);
    expect([result.counts.received, result.counts.invalid, result.counts.analysed]).toEqual([3, 1, 2]);
    expect(result.items.map((i) => i.variable)).toEqual(['logo']);
  });
});
