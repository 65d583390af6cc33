// option-image-size (SVY2125): images stay small.
import { describe, expect, it } from 'vitest';
import { codesOf, compileWith, png } from '../answer-types-kit.ts';

const logos = (red: string, blue: string) => `  single logo "您最喜欢哪个标志?" en: "Which logo do you like best?" {
    red "红色" en: "Red" ${red}
    blue "蓝色" en: "Blue" ${blue}
  }`;

describe('option-image-size (SVY2125)', () => {
  it('warns about an image above 512 KB (SVY2125)', () => {
    const big = new Uint8Array(600 * 1024);
    big.set(png());
    const r = compileWith(logos('image "big.png" alt "大" en: "Big"', 'image "small.png" alt "小" en: "Small"'), {
      'big.png': big,
      'small.png': png(),
    });
    expect(codesOf(r, ['SVY2125'])).toEqual(['12:30 SVY2125 \'"big.png"\'']);
  });
});
