import { describe, expect, it } from 'vitest';
import { codes, compile, survey } from '../helpers.ts';

describe('end-never-shown (SVY2142)', () => {
  it('accepts conditional end screens before the default one', () => {
    const text = survey(`  rating overall "总体满意度" en: "Overall" on sat5
  end happy "谢谢您的支持!" en: "Thank you for your support!" when overall >= 4
  end sorry "很抱歉让您失望了。" en: "We are sorry to have let you down." when overall <= 2
  end thanks "谢谢!" en: "Thank you!"`);
    expect(codes(text, { only: ['SVY2142'] })).toEqual([]);
    expect(compile(text).survey!.flow.ends.map((e) => [e.id, e.items, e.text.zh])).toEqual([
      ['happy', ['overall'], '谢谢您的支持!'],
      ['sorry', ['overall'], '很抱歉让您失望了。'],
      ['thanks', [], '谢谢!'],
    ]);
  });

  it('reports an end screen after the default one, and one whose condition no answer meets', () => {
    const text = survey(`  rating overall "Overall" on sat5
  end never "Impossible" when overall > 5
  end thanks "Thank you!"
  end happy "Thank you for your support!" when overall >= 4`);
    expect(codes(text, { only: ['SVY2142'] })).toEqual(["12:7 SVY2142 'never'", "14:7 SVY2142 'happy'"]);
  });
});
