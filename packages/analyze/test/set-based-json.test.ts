// The set-based path for the form's JSON and JSON Lines (src/fast/json-source.ts)
// against the row-by-row reference: byte-identical results on the examples' responses
// and on hostile files — wrong types ("4" for 4, a list for a code, null, true), missing
// and extra keys (in answers, in hidden, at the top), blank and padded texts, unicode
// (中文, emoji, bidi controls), numbers such as -0 and 1e300, a response id that is not a
// text, an empty hidden object, lines that are not JSON or not an object, blank lines,
// BOM and CRLF, an array file, an empty file.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.ts';
import { exampleInput, root, tempFiles } from './helpers/survey.ts';
import { bothPaths as both } from './helpers/both-paths.ts';
import { readResponses } from './helpers/responses.ts';

// The path each example's JSON files take; the weighted total's index() has no SQL form that gives the same doubles.
const examples: Array<[string, 'set-based' | 'row-by-row']> = [
  ['course-evaluation/course.survey', 'set-based'],
  ['instant-feedback/instant.survey', 'set-based'],
  ['weighted-assessment/assessment.survey', 'row-by-row'],
];

describe('set-based JSON loading equals the row-by-row path on the examples / 示例数据', () => {
  it.each(examples)('%s', async (path, expected) => {
    const input = exampleInput(path);
    const dir = join(root, 'examples', path.split('/')[0], 'responses');
    const json = readdirSync(dir)
      .sort()
      .filter((f) => !f.endsWith('.csv'))
      .map((f) => join(dir, f));
    expect(json.length).toBeGreaterThan(0);
    const { set, rows, paths, why } = await both(input, json);
    expect(JSON.stringify(set, null, 1)).toBe(JSON.stringify(rows, null, 1));
    expect(set.counts.analysed).toBeGreaterThan(0);
    for (const f of json) expect(paths[f], why[f]).toBe(expected);
  });
});

describe('set-based JSON loading equals the row-by-row path on hostile files / 异常数据', () => {
  const input = exampleInput('instant-feedback/instant.survey');
  const good = readResponses(join(root, 'examples/instant-feedback/responses/2025-06.jsonl'));
  const base = good.slice(0, 60);
  type Response = Record<string, unknown> & { answers: Record<string, unknown>; hidden: Record<string, unknown> };
  const edit = (i: number, f: (r: Response) => void) => {
    const r = structuredClone(base[i]) as Response;
    f(r);
    return r;
  };
  const hostile = [
    ...base.slice(0, 20),
    edit(20, (r) => (r.answers.experience = '4')), // a text where a number is expected
    edit(21, (r) => (r.answers.experience = [4])),
    edit(22, (r) => (r.answers.experience = null)),
    edit(23, (r) => (r.answers.experience = true)),
    edit(24, (r) => (r.answers.experience = 4.5)),
    edit(25, (r) => (r.answers.experience = -0)),
    edit(26, (r) => (r.answers.recommend = 1e300)),
    edit(27, (r) => delete r.answers.experience), // a required answer missing
    edit(28, (r) => (r.answers.unknown = 1)), // an extra answer
    edit(29, (r) => (r.extra = 'x')), // an extra top-level key
    edit(30, (r) => (r.hidden = {})),
    edit(31, (r) => (r.hidden.unknown = 'x')),
    edit(32, (r) => (r.hidden.channel = 'nowhere')),
    edit(33, (r) => (r.responseId = 42)),
    edit(34, (r) => delete r.format),
    edit(35, (r) => (r.language = 'fr')),
    edit(36, (r) => (r.durationSeconds = '55')),
    edit(37, (r) => (r.durationSeconds = 2)), // too fast
    edit(38, (r) => (r.answers.displeased = 'delivery')), // a text where a list is expected
    edit(39, (r) => (r.answers.displeased_detail = '   ')), // a blank text
    edit(40, (r) => (r.answers.displeased_detail = '太慢了 😀 \u202e<script>')), // unicode
    edit(41, (r) => (r.answers.displeased_detail = '\u0001tagged?')), // the tag character itself
    edit(42, (r) => ((r as Record<string, unknown>).answers = [])),
    edit(43, (r) => (r.hidden.order_id = '')),
    edit(44, (r) => (r.answers.displeased = ['delivery', 'delivery'])),
    ...base.slice(45),
  ];
  const lines = hostile.map((r) => JSON.stringify(r));
  const cases: Array<[string, string, string]> = [
    ['JSON Lines', 'r.jsonl', lines.join('\n') + '\n'],
    [
      'BOM, CRLF, blank lines, not JSON, not an object',
      'r.jsonl',
      '\uFEFF' + [...lines.slice(0, 10), '', '{"format": ', '[1, 2]', '  ', 'null', '{}', ...lines.slice(10)].join('\r\n'),
    ],
    ['an array file', 'r.json', JSON.stringify([...hostile, 7, null])],
    ['one response', 'r.json', JSON.stringify(base[0])],
  ];
  it.each(cases)('%s', async (_name, name, text) => {
    const file = join(tempFiles({ [name]: text }), name);
    const { set, rows, paths, why } = await both(input, [file]);
    expect(JSON.stringify(set, null, 1)).toBe(JSON.stringify(rows, null, 1));
    expect(paths[file], why[file]).toBe('set-based');
    if (_name === 'one response') expect(set.counts).toEqual({ received: 1, invalid: 0, excluded: 0, analysed: 1 });
  });

  it('the JSON Lines file exercises invalid, excluded and analysed responses', async () => {
    const file = join(tempFiles({ 'r.jsonl': lines.join('\n') }), 'r.jsonl');
    const { set } = await both(input, [file]);
    expect(set.counts.invalid).toBeGreaterThan(10);
    expect(set.counts.excluded).toBeGreaterThan(0);
    expect(set.counts.analysed).toBeGreaterThan(30);
  });

  it.each([
    ['an empty JSON Lines file', 'e.jsonl', ''],
    ['blank lines only', 'b.jsonl', '\n \n'],
    ['an empty JSON file', 'e.json', ' '],
    ['a JSON file that is not JSON', 'g.json', '{"format": '],
  ])('%s: the same on both paths', async (_name, name, text) => {
    const file = join(tempFiles({ [name]: text }), name);
    const set = await analyze(input, { responses: [file] }).then(JSON.stringify, (e: Error) => e.message);
    const rows = await analyze(input, { responses: [file], rowByRow: true }).then(JSON.stringify, (e: Error) => e.message);
    expect(set).toBe(rows);
  });
});
