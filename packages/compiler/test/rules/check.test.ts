import { describe, expect, it } from 'vitest';
import { codes, compile, structuralCodes, survey } from '../helpers.ts';

const qs = `  date started "出发日期" en: "Departure"
  date ended "返回日期" en: "Return"
  number nights "住宿晚数" en: "Nights" min 0 max 60`;

describe('check (SVY2036)', () => {
  it('accepts conditions on answers and calculated values, with the latest question as anchor', () => {
    const text = survey(
      qs +
        '\n  let days = days_between(started, ended)\n  check ended >= started "返回不能早于出发" en: "Return before departure"\n  check nights <= days "晚数过多" en: "Too many nights"',
    );
    expect(structuralCodes(text)).toEqual([]);
    const s = compile(text).survey!;
    expect(s.checks.map((c) => [c.items, c.anchor, c.message.en])).toEqual([
      [['ended', 'started'], 'ended', 'Return before departure'],
      [['nights', 'started', 'ended'], 'nights', 'Too many nights'],
    ]);
  });

  it('reports a check that is not a condition, or reads no answer', () => {
    const text = survey(qs + '\n  check nights + 1 "错" en: "Wrong"\n  check 1 > 0 "错" en: "Wrong"');
    expect(codes(text, { only: ['SVY2036'] })).toEqual(["14:9 SVY2036 'nights + 1'", "15:9 SVY2036 '1 > 0'"]);
  });

  it('type-checks its comparison like a condition (SVY2007)', () => {
    const text = survey(qs + '\n  let days = days_between(started, ended)\n  check days >= "many" "错" en: "Wrong"');
    expect(codes(text, { only: ['SVY2007'] }).length).toBe(1);
  });
});
