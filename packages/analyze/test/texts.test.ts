// Open answers in the result: counted over analysed responses only, a fixed-size random
// sample (the same every run) in file order, and the respondents' text kept verbatim —
// escaping is the renderers' job (the browser test shows hostile answers inert).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleInput, run, tempFiles } from './helpers/survey.ts';

const instant = exampleInput('instant-feedback/instant.survey');
const line = (_row: number, text: string, durationSeconds = 30) =>
  JSON.stringify({
    format: 'survey-response/1',
    survey: 'instant_feedback',
    language: 'zh',
    durationSeconds,
    answers: { experience: 5, recommend: 9, pleased: text },
  });

describe('open answers', async () => {
  const lines = Array.from({ length: 50 }, (_, i) => line(i, `回答 ${i + 1}`));
  lines.push(line(50, '太快的答卷', 3)); // excluded by the duration rule: its text is not shown
  lines.push(line(51, '<script>alert(1)</script>'));
  const dir = tempFiles({ 'r.jsonl': lines.join('\n') + '\n' });
  const file = join(dir, 'r.jsonl');
  const r = await run(instant, [file], { baseDir: dir });
  const pleased = r.texts!.find((t) => t.variable === 'pleased')!;

  it('counts answered texts of analysed responses only', () => {
    expect(r.counts.excluded).toBe(1);
    expect(pleased.answered).toBe(51);
    expect(pleased.label.zh).toBe('本次购物中,最让您满意的是什么?');
    expect(r.texts!.map((t) => t.variable)).toEqual(['pleased', 'displeased.other.text', 'displeased_detail']);
    expect(r.texts!.find((t) => t.variable === 'displeased.other.text')!.label.en).toBe(
      'Which part of this purchase displeased you most? — Other (please specify)',
    );
  });
  it('keeps a random sample of 20, in file order, with file and row, the same on every run', async () => {
    expect(pleased.sample).toHaveLength(20);
    const rows = pleased.sample.map((s) => s.row);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
    expect(new Set(rows).size).toBe(20);
    // not simply the first 20 answers
    expect(rows.some((x) => x > 20)).toBe(true);
    for (const s of pleased.sample) {
      expect(s.file).toBe('r.jsonl');
      expect(s.text).toBe(s.row === 52 ? '<script>alert(1)</script>' : `回答 ${s.row}`);
    }
    const again = await run(instant, [file], { baseDir: dir });
    expect(again.texts).toEqual(r.texts);
  });
  it('keeps every answer when the sample is large enough, verbatim', async () => {
    const all = await run(instant, [file], { textSample: 100 });
    const p = all.texts!.find((t) => t.variable === 'pleased')!;
    expect(p.sample).toHaveLength(51);
    expect(p.sample.at(-1)!.text).toBe('<script>alert(1)</script>');
  });
});
