import { describe, expect, it } from 'vitest';
import { codes, compile, survey } from '../helpers.ts';

const qs =
  '  rating a "服务" en: "Service" on sat5\n  rating b "质量" en: "Quality" on sat5\n  nps rec "推荐" en: "Recommend"\n  text c "意见" en: "Comment" optional';

describe('function-call (SVY2019)', () => {
  it('accepts the documented functions', () => {
    const text = survey(
      qs +
        '\n  score s1 = rescale(mean(a, b), sat5) require 1\n  score s2 = nps(rec)\n  score s3 = topbox(a, 2)\n  score s4 = count(a >= 4, b >= 4)\n  score s5 = if(answered(a), a, b)\n  score s6 = reverse(a) + sum(a, b)',
    );
    expect(codes(text, { only: ['SVY2019'] })).toEqual([]);
  });

  it('reports unknown functions with a suggestion and a fix', () => {
    const text = survey(qs + '\n  score s = maen(a, b)');
    expect(codes(text, { only: ['SVY2019'] })).toEqual(["15:13 SVY2019 'maen'"]);
    expect(compile(text).diagnostics.find((d) => d.code === 'SVY2019')?.fixes?.[0].edits[0].newText).toBe('mean');
  });

  it('reports wrong arity and wrong argument kinds', () => {
    const text = survey(qs + '\n  score s1 = rescale(mean(a, b))\n  score s2 = nps(a)\n  score s3 = rescale(a, b)\n  score s4 = mean(c)');
    expect(codes(text, { only: ['SVY2019'] })).toEqual(["15:14 SVY2019 'rescale(mean(a, b))'", "16:18 SVY2019 'a'", "18:19 SVY2019 'c'"]);
  });
});
