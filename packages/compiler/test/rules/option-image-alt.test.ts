// option-image-alt (SVY2124): images need alternative text.
import { describe, expect, it } from 'vitest';
import { codesOf, compileWith, png } from '../answer-types-kit.ts';

const logos = (red: string, blue: string) => `  single logo "您最喜欢哪个标志?" en: "Which logo do you like best?" {
    red "红色" en: "Red" ${red}
    blue "蓝色" en: "Blue" ${blue}
  }`;

describe('option-image-alt (SVY2124)', () => {
  it('reports an image without alt text or with an empty one (SVY2124)', () => {
    const r = compileWith(logos('image "a.png"', 'image "a.png" alt "蓝色" en: ""'), { 'a.png': png() });
    expect(codesOf(r, ['SVY2124'])).toEqual(['12:24 SVY2124 \'image "a.png"\'', '13:26 SVY2124 \'image "a.png" alt "蓝色" en: ""\'']);
    expect(r.diagnostics.filter((d) => d.code === 'SVY2124')[1].message).toContain('empty in en');
  });
});
