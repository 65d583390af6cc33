// Forms of text answers (SVY2076): email, phone, url, time, datetime on text questions only.
import { describe, expect, it } from 'vitest';
import { codes, compile, structuralCodes, survey } from '../helpers.ts';

describe('text-format (SVY2076)', () => {
  it('accepts the five forms on text questions, and keeps `as` usable as an id', () => {
    const text = survey(`  text mail "电子邮箱" en: "E-mail" as email
  text mobile "手机号码" en: "Mobile number" as phone
  text site "网站" en: "Website" as url optional
  text start "开始时间" en: "Start time" as time
  text visit "到访时间" en: "Time of visit" as datetime
  text as "备注" en: "Notes" optional`);
    expect(structuralCodes(text)).toEqual([]);
    expect(compile(text).survey!.questions.map((q) => q.format ?? '-')).toEqual(['email', 'phone', 'url', 'time', 'datetime', '-']);
  });

  it('reports an unknown form (with a fix) and a form on another kind', () => {
    const r = compile(survey(`  text mail "电子邮箱" en: "E-mail" as emial\n  number age "年龄" en: "Age" as phone`));
    expect(
      codes(survey(`  text mail "电子邮箱" en: "E-mail" as emial\n  number age "年龄" en: "Age" as phone`), { only: ['SVY2076'] }),
    ).toEqual(["11:36 SVY2076 'emial'", "12:32 SVY2076 'phone'"]);
    expect(r.diagnostics.find((d) => d.code === 'SVY2076')?.fixes?.[0]?.edits[0].newText).toBe('email');
  });
});
