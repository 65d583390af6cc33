import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { diagnostics, en, zhen } from '../methodology/kit.ts';

describe('always-true-condition (SVY2186)', () => {
  it('reports a comparison every scale point satisfies (zh)', () => {
    const text = zhen(`  rating overall "您对本次就诊的总体满意度如何?" en: "Overall, how satisfied are you with this visit?" on sat5
  text praise "请告诉我们您满意的地方" en: "Please tell us what you liked" optional when overall >= 1`);
    expect(codes(text)).toEqual(["9:79 SVY2186 'overall >= 1'"]);
    expect(diagnostics(text, 'SVY2186')[0]!.message).toBe(
      "`overall >= 1` holds for every answer to 'overall' (1, 2, 3, 4 or 5), so 'praise' is shown whenever 'overall' is answered: the comparison filters nobody. Compare with a value that separates answers (did you mean the other direction?), or write `answered(overall)` if that is the intent.",
    );
  });

  it('reports a bound a number question always meets, in a section condition and a check (en)', () => {
    const text = en(`  number age "How old are you?" min 18 max 99 integer
  section more "More" when age >= 18 {
    number kids "How many children under 18 live with you?" min 0 max 10 integer
  }
  check kids <= 10 "At most 10 children." `);
    expect(codes(text)).toEqual(["8:28 SVY2186 'age >= 18'", "11:9 SVY2186 'kids <= 10'"]);
  });

  it('accepts comparisons that separate answers (zh and en)', () => {
    expect(
      codes(
        zhen(`  rating overall "您对本次就诊的总体满意度如何?" en: "Overall, how satisfied are you with this visit?" on sat5
  text why "请告诉我们不满意的原因" en: "Please tell us what went wrong" optional when overall <= 2`),
      ),
    ).toEqual([]);
    expect(
      codes(
        en(`  number age "How old are you?" min 0 max 120 integer
  yesno senior "Do you hold a senior card?" when age >= 65
  number spend "In the past month, how much did you spend?" min 0
  text big "What did you buy?" optional when spend > 0`),
      ),
    ).toEqual([]);
  });
});
