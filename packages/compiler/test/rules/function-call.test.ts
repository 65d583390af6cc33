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

describe('function-call (SVY2019): the calculation functions', () => {
  const more =
    qs +
    '\n  multi pets "宠物" en: "Pets" {\n    cat "猫" en: "Cat"\n    dog "狗" en: "Dog"\n  }\n  date born "出生日期" en: "Date of birth"';

  it('accepts round, floor, min, max, coalesce, count_selected, length, concat, today, days_between', () => {
    const text = survey(
      more +
        '\n  score s1 = round(mean(a, b), 1) + floor(a / 2) + min(a, b) + max(a, b)\n  score s2 = coalesce(a, b) + count_selected(pets) + length(c)\n  score s3 = days_between(born, today()) + length(concat(c, "!"))',
    );
    expect(codes(text, { only: ['SVY2019'] })).toEqual([]);
  });

  it('reports arguments of the wrong kind and if() branches of different types', () => {
    const text = survey(
      more +
        '\n  score s1 = count_selected(a)\n  score s2 = days_between(a, today())\n  score s3 = length(pets)\n  score s4 = if(a > 3, 1, c)',
    );
    expect(codes(text, { only: ['SVY2019'] })).toEqual([
      "20:29 SVY2019 'a'",
      "21:27 SVY2019 'a'",
      "22:21 SVY2019 'pets'",
      "23:27 SVY2019 'c'",
    ]);
  });
});
