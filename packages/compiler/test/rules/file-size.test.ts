// SVY2121: `max 5 MB` on a file question: a unit, a known one, a size within the cap.
import { describe, expect, it } from 'vitest';
import { codes, compile, structuralCodes, survey } from '../helpers.ts';

describe('file-size (SVY2121)', () => {
  it('accepts B, KB, MB and GB and binds the size in bytes (default 10 MB)', () => {
    const text = survey(`  file photo "照片" en: "Photo" max 5 MB
  file scan "扫描件" en: "Scan" max 1.5 KB
  file any "附件" en: "Attachment"`);
    expect(structuralCodes(text)).toEqual([]);
    expect(compile(text).survey!.questions.map((q) => q.upload?.maxBytes)).toEqual([5 * 1024 ** 2, 1536, 10 * 1024 ** 2]);
  });

  it('reports a missing or unknown unit (with fixes), a size above the cap and a unit on another kind', () => {
    const text = survey(`  file photo "照片" en: "Photo" max 5 mb
  file scan "扫描件" en: "Scan" max 5
  file video "视频" en: "Video" max 2 GB
  number n "数量" en: "Number" max 5 MB`);
    expect(codes(text, { only: ['SVY2121'] })).toEqual([
      "11:37 SVY2121 'mb'",
      "12:34 SVY2121 '5'",
      "13:35 SVY2121 '2 GB'",
      "14:36 SVY2121 'MB'",
    ]);
    const fixes = compile(text)
      .diagnostics.filter((d) => d.code === 'SVY2121')
      .map((d) => d.fixes?.[0]?.edits[0].newText);
    expect(fixes).toEqual(['MB', ' MB', undefined, undefined]);
  });
});
