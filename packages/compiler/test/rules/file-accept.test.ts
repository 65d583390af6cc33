// SVY2122: `accept` entries are MIME types, type/* patterns or extensions, on file questions.
import { describe, expect, it } from 'vitest';
import { codes, compile, structuralCodes, survey } from '../helpers.ts';

describe('file-accept (SVY2122)', () => {
  it('accepts MIME types, patterns and extensions, lower-cased in the model', () => {
    const text = survey(`  file photo "照片" en: "Photo" accept "image/*", "application/PDF", ".Docx"`);
    expect(structuralCodes(text)).toEqual([]);
    expect(compile(text).survey!.questions[0].upload?.accept).toEqual(['image/*', 'application/pdf', '.docx']);
  });

  it('reports an unknown type (with a fix), an extension without its dot and accept on another kind', () => {
    const text = survey(`  file photo "照片" en: "Photo" accept "imgae/*", "pdf", "image/"
  text note "备注" en: "Note" accept ".txt"`);
    expect(codes(text, { only: ['SVY2122'] })).toEqual([
      '11:38 SVY2122 \'"imgae/*"\'',
      '11:49 SVY2122 \'"pdf"\'',
      '11:56 SVY2122 \'"image/"\'',
      '12:29 SVY2122 \'accept ".txt"\'',
    ]);
    const fixes = compile(text)
      .diagnostics.filter((d) => d.code === 'SVY2122')
      .map((d) => d.fixes?.[0]?.edits[0].newText);
    expect(fixes).toEqual(['"image/*"', '".pdf"', undefined, undefined]);
  });
});
