// option-image-source (SVY2123): images are read at build time.
import { describe, expect, it } from 'vitest';
import { PNG_1PX, codesOf, compileWith, png } from '../answer-types-kit.ts';
import { compileText } from '../../src/index.ts';
import { survey } from '../helpers.ts';

const logos = (red: string, blue: string) => `  single logo "您最喜欢哪个标志?" en: "Which logo do you like best?" {
    red "红色" en: "Red" ${red}
    blue "蓝色" en: "Blue" ${blue}
  }`;

describe('option-image-source (SVY2123)', () => {
  it('embeds a file relative to the survey and an inline data: URL as data URLs', () => {
    const r = compileWith(
      logos(
        'image "logos/red.png" alt "红色圆形标志" en: "A red round logo"',
        `image "data:image/png;base64,${PNG_1PX}" alt "蓝色" en: "Blue square"`,
      ),
      { 'logos/red.png': png() },
    );
    expect(codesOf(r, ['SVY2123', 'SVY2124', 'SVY2125'])).toEqual([]);
    const images = r.survey!.questions[0].choices!.options.map((o) => o.image);
    expect(images.map((i) => i?.dataUrl)).toEqual([`data:image/png;base64,${PNG_1PX}`, `data:image/png;base64,${PNG_1PX}`]);
    expect(images[0]?.alt).toEqual({ zh: '红色圆形标志', en: 'A red round logo' });
  });

  it('reports a missing file and bytes that are not an image (SVY2123)', () => {
    const r = compileWith(logos('image "logos/none.png" alt "红" en: "Red"', 'image "notes.txt" alt "蓝" en: "Blue"'), {
      'notes.txt': new TextEncoder().encode('not an image'),
    });
    expect(codesOf(r, ['SVY2123'])).toEqual(['12:30 SVY2123 \'"logos/none.png"\'', '13:32 SVY2123 \'"notes.txt"\'']);
    expect(r.diagnostics.find((d) => d.code === 'SVY2123')?.message).toContain('/virtual/logos/none.png');
  });

  it('reads an image of a shared list relative to the file that declares the list', () => {
    const r = compileText(`import "shared/lists.survey"\n${survey('  single logo "标志" en: "Logo" from logos')}`, {
      binaries: { 'shared/img/a.png': png(), 'shared/img/b.png': png() },
      files: {
        'shared/lists.survey': `choices logos {\n  a "甲" en: "A" image "img/a.png" alt "甲标志" en: "Logo A"\n  b "乙" en: "B" image "img/b.png" alt "乙标志" en: "Logo B"\n}\n`,
      },
    });
    expect(codesOf(r, ['SVY2123', 'SVY2124'])).toEqual([]);
    expect(r.survey!.questions[0].choices!.options.every((o) => o.image?.dataUrl)).toBe(true);
  });
});
