import { describe, expect, it } from 'vitest';
import { codes, compile, structuralCodes, survey } from '../helpers.ts';
import { calcType, rangeOf } from '../../src/index.ts';

const qs = `  rating a "服务" en: "Service" on sat5
  rating b "质量" en: "Quality" on sat5
  number visits "来店次数" en: "Visits" min 0 max 20
  date born "出生日期" en: "Date of birth"
  text name "姓名" en: "Name" optional`;

describe('calculated values (let)', () => {
  it('are usable in conditions, piping and scores, typed and ranged like scores', () => {
    const text = survey(
      qs +
        `
  let overall "总体" en: "Overall" = round(mean(a, b), 1)
  let age = floor(days_between(born, today()) / 365.25)
  let greeting = concat("您好，", name)
  let frequent = visits >= 10 and overall >= 4
  text why "{greeting}，为什么？" en: "{greeting}, why?" optional when frequent
  score csat = rescale(overall, sat5)`,
    );
    const r = compile(text);
    expect(structuralCodes(text)).toEqual([]);
    expect(calcType('overall', r.binding)).toBe('number');
    expect(calcType('age', r.binding)).toBe('number');
    expect(calcType('greeting', r.binding)).toBe('text');
    expect(calcType('frequent', r.binding)).toBe('bool');
    expect(rangeOf(r.survey!, r.survey!.calculations.get('overall')!.expr)).toEqual([1, 5]);
    expect(r.survey!.scores[0].items).toEqual(['a', 'b']);
  });

  it('reports a cycle once, at the first calculated value of it (SVY2034)', () => {
    const text = survey(qs + '\n  let x = y + 1\n  let y = x * 2\n  let z = z');
    expect(codes(text, { only: ['SVY2034'] })).toEqual(["16:7 SVY2034 'x'", "18:7 SVY2034 'z'"]);
  });

  it('reports scores and aggregate functions inside a calculated value (SVY2035)', () => {
    const text = survey(qs + '\n  score s = mean(a, b)\n  let x = s + topbox(a)');
    expect(codes(text, { only: ['SVY2035'] })).toEqual(["17:11 SVY2035 's'", "17:15 SVY2035 'topbox'"]);
  });

  it('a condition that reads a calculated value computed from a later question (SVY2005)', () => {
    const text = survey(
      `  rating a "服务" en: "Service" on sat5 when late > 3\n  let late = b + 1\n  rating b "质量" en: "Quality" on sat5`,
    );
    const r = compile(text);
    expect(codes(text, { only: ['SVY2005'] })).toEqual(["11:44 SVY2005 'late'"]);
    expect(r.diagnostics.find((d) => d.code === 'SVY2005')?.message).toContain("computed from 'b', question 2, after this one (1)");
  });

  it('share the answers’ namespace and are type-checked in conditions', () => {
    const text = survey(qs + '\n  let a = 1\n  let age = visits * 2\n  text t "说明" en: "Note" optional when age == "old"');
    expect(codes(text, { only: ['SVY2001', 'SVY2007'] }).map((c) => c.split(' ')[1])).toEqual(['SVY2001', 'SVY2007']);
  });
});
