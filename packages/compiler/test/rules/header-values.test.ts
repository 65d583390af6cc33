import { describe, expect, it } from 'vitest';
import { isStructural, structuralCodes as codes, compile } from '../helpers.ts';

describe('header-values (SVY2022)', () => {
  it('reports an unknown mode and allocation with fixes', () => {
    const text = 'survey t {\n  languages zh\n  mode onlin\n  sample { population 100 allocate neymann }\n}';
    expect(codes(text, { only: ['SVY2022'] })).toEqual(["3:8 SVY2022 'onlin'", "4:36 SVY2022 'neymann'"]);
    const fixes = compile(text)
      .diagnostics.filter((d) => isStructural(d.code))
      .flatMap((d) => d.fixes ?? [])
      .map((f) => f.edits[0].newText);
    expect(fixes).toEqual(['online', 'neyman']);
  });
  it('reports a header given twice and a bad language code', () => {
    expect(codes('survey t {\n  languages zh, EN\n  title "一"\n  title "二"\n}', { only: ['SVY2022'] })).toEqual([
      "2:17 SVY2022 'EN'",
      '4:3 SVY2022 \'title "二"\'',
    ]);
  });
});
