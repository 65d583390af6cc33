// File upload (`accept …`, `max 5 MB`), image options (`image "…" alt "…"`), geopoint and
// signature: parsed into the question and the option; `file`, `image`, `alt` … stay usable as ids.
import { describe, expect, it } from 'vitest';
import { parse, type QuestionDecl } from '../src/index.ts';

const source = `survey s {
  languages zh, en
  file photo "门店照片" en: "Photo of the shop" accept "image/*", ".pdf" max 5 MB optional
  geopoint place "您在哪里?" en: "Where are you?"
  signature sign "请签名" en: "Please sign"
  single logo "哪个标志?" en: "Which logo?" {
    red "红色" en: "Red" image "logos/red.png" alt "红色圆形标志" en: "A red round logo"
    image "图片" en: "Picture" image "logos/pic.png" fixed
    alt "其他" en: "Other" specify
  }
  number n "数量" en: "How many?" max 5
  rating file "文件" en: "File" on sat5
  text signature "签名说明" en: "About the signature" when answered(sign)
}
`;

function question(id: string): QuestionDecl {
  const r = parse(source);
  expect(r.diagnostics).toEqual([]);
  const q = r.ast.surveys[0].members.find((m): m is QuestionDecl => m.kind === 'Question' && m.id?.name === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
}

describe('answer types', () => {
  it('parses a file question with its types and a size with a unit', () => {
    const q = question('photo');
    expect(q.questionKind).toBe('file');
    expect(q.accept?.map((s) => s.value)).toEqual(['image/*', '.pdf']);
    expect([q.max?.value?.kind === 'Number' && q.max.value.value, q.max?.unit?.name]).toEqual([5, 'MB']);
    expect(q.required).toBe(false);
  });

  it('does not take the next question (a contextual keyword) as a size unit', () => {
    expect(question('n').max?.unit).toBeUndefined();
    expect(question('file').questionKind).toBe('rating');
  });

  it('parses geopoint and signature questions, and the new words as ids', () => {
    expect(question('place').questionKind).toBe('geopoint');
    expect(question('sign').questionKind).toBe('signature');
    expect(question('signature').questionKind).toBe('text');
  });

  it('parses option images with and without alt text, and codes named image or alt', () => {
    const opts = question('logo').options;
    expect(opts.map((o) => (o.code?.kind === 'Identifier' ? o.code.name : ''))).toEqual(['red', 'image', 'alt']);
    expect(opts[0].image?.source?.value).toBe('logos/red.png');
    expect(opts[0].image?.alt?.parts.map((p) => p.value)).toEqual(['红色圆形标志', 'A red round logo']);
    expect([opts[1].image?.source?.value, opts[1].image?.alt, opts[1].fixed]).toEqual(['logos/pic.png', undefined, true]);
    expect([opts[2].image, opts[2].specify]).toEqual([undefined, true]);
  });
});
