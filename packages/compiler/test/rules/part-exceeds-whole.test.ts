import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { applyFix, diagnostics, en, zhen } from '../methodology/kit.ts';

const household = `  number household "您家共有几口人?" en: "How many people live in your household?" min 1 max 20 integer`;

describe('part-exceeds-whole (SVY2187)', () => {
  it('reports a 其中 count that can exceed the total before it (zh first)', () => {
    const text = zhen(`${household}
  number children "其中 18 岁以下的有几人?" en: "Of them, how many are under 18?" min 0 max 20 integer`);
    expect(codes(text)).toEqual(["9:10 SVY2187 'children'"]);
    expect(diagnostics(text, 'SVY2187')[0]!.message).toBe(
      "'children' asks for a part of 'household' (\"其中\"), but nothing stops it from being larger: 'children' goes up to 20 and 'household' can be as small as 1. Add `check children <= household` with a message, or word 'children' as a count of its own.",
    );
  });

  it('reports an English "of these" count with open bounds', () => {
    const text = en(`  number orders "How many orders did you place last year?" min 0 integer
  number late "Of these, how many were delivered late?" min 0 integer`);
    expect(codes(text)).toEqual(["8:10 SVY2187 'late'"]);
    expect(diagnostics(text, 'SVY2187')[0]!.message).toContain('their ranges overlap without limit');
  });

  it('takes the total from a piped number (en and zh)', () => {
    const text = zhen(`  number orders "去年您下了多少订单?" en: "How many orders did you place last year?" min 0 max 500 integer
  number rooms "您公司有几个仓库?" en: "How many warehouses does your company have?" min 1 max 50 integer
  number late "在这{orders}个订单中,有几个延迟交付?" en: "Of the {orders} orders, how many arrived late?" min 0 max 500 integer`);
    expect(diagnostics(text, 'SVY2187').map((d) => d.message.slice(0, 60))).toEqual([
      "'late' asks for a part of 'orders' (\"{orders}个订单中\"), but not",
    ]);
  });

  it('skips parts when looking for the total', () => {
    const text = zhen(`${household}
  number adults "其中成年人有几人?" en: "Of them, how many are adults?" min 1 max 20 integer
  check adults <= household "成年人数不能超过家庭总人数。" en: "Adults cannot be more than the household size."
  number children "其中 18 岁以下的有几人?" en: "Of them, how many are under 18?" min 0 max 20 integer`);
    expect(diagnostics(text, 'SVY2187').map((d) => d.message.slice(0, 48))).toEqual([
      "'children' asks for a part of 'household' (\"其中\")",
    ]);
  });

  it('adds a check in the survey languages, after the section, and the result is clean', () => {
    const text = zhen(`  section home "家庭" en: "Household" {
  ${household}
    number children "其中 18 岁以下的有几人?" en: "Of them, how many are under 18?" min 0 max 20 integer
  }`);
    const fixed = applyFix(text, 'SVY2187');
    expect(fixed).toContain(
      '  }\n  check children <= household "这个数不能超过前面填写的总数。" en: "This number cannot be more than the total you gave before."\n}',
    );
    expect(codes(fixed)).toEqual([]);
  });

  it('accepts a checked pair, bounds that keep the part within the total, and counts of their own', () => {
    expect(
      codes(
        zhen(`${household}
  number children "其中 18 岁以下的有几人?" en: "Of them, how many are under 18?" min 0 max 20 integer
  check children <= household "18 岁以下的人数不能超过家庭总人数。" en: "The number under 18 cannot be more than the household size."
  number rooms "您家有几个房间?" en: "How many rooms does your home have?" min 1 max 20 integer
  number cars "其中有几个房间朝南?" en: "Of these, how many face south?" min 0 max 1 integer
  number pets "您家养了几只宠物?" en: "How many pets do you have?" min 0 max 20 integer`),
      ),
    ).toEqual([]);
  });
});
