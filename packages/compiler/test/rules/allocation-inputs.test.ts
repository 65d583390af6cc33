import { describe, expect, it } from 'vitest';
import { codes, compile } from '../helpers.ts';

const only = ['SVY6020', 'SVY6021', 'SVY6022'];
const zh = (lines: string) =>
  `survey t {\n  languages zh\n  title "客户满意度"\n  rating q "您对本次服务满意吗?" on nps\n  sample {\n${lines}\n  }\n}\n`;
const messages = (text: string) =>
  compile(text)
    .diagnostics.filter((d) => only.includes(d.code))
    .map((d) => `${d.severity} ${d.code} ${d.message}`);

describe('allocation-inputs (SVY6020–SVY6022)', () => {
  it('SVY6020: Neyman allocation without the spread of a stratum, at the stratum', () => {
    const text = zh('    completes 300\n    allocate neyman\n    strata size { large 200 sd 1.2  small 800 }');
    expect(codes(text, { only })).toEqual(["8:37 SVY6020 'small'"]);
    expect(messages(text)[0]).toBe(
      "error SVY6020 Neyman allocation needs the spread of stratum 'small': give it `sd` (or `proportion`), or give the sample an `sd` for strata without one.",
    );
    // A sample-level sd is an explicit default.
    expect(
      codes(zh('    completes 300\n    sd 1\n    allocate neyman\n    strata size { large 200 sd 1.2  small 800 }'), { only }),
    ).toEqual([]);
  });

  it('SVY6020: optimal allocation without costs, fixed without completes, any allocation without a total', () => {
    expect(
      codes(zh('    completes 300\n    allocate optimal\n    strata size { large 200 sd 1 cost 4  small 800 sd 1 }'), { only }),
    ).toEqual(["8:42 SVY6020 'small'"]);
    expect(codes(zh('    allocate fixed\n    strata size { large 200 completes 50  small 800 }'), { only })).toEqual([
      "7:43 SVY6020 'small'",
    ]);
    expect(codes(zh('    allocate proportional\n    strata size { large 200  small 800 }'), { only })).toEqual([
      "6:5 SVY6020 'allocate proportional'",
    ]);
  });

  it('SVY6021: take-all strata larger than the sample (en)', () => {
    const text = `survey t {\n  languages en\n  title "Client survey"\n  rating q "How likely are you to recommend us?" on nps\n  sample {\n    completes 50\n    strata size { key 80 take_all  small 900 }\n  }\n}\n`;
    expect(codes(text, { only })).toEqual(["7:12 SVY6021 'size'"]);
    expect(messages(text)[0]).toBe(
      "error SVY6021 The take-all and fixed strata of 'size' alone need 80 completes, more than the 50 planned: the other strata get none. Raise `completes` to at least 82, or drop `take_all` from the largest of them.",
    );
  });

  it('SVY6022: a stratum left with no completes', () => {
    const text = zh('    allocate fixed\n    strata size { large 200 completes 50  small 800 completes 0 }');
    expect(codes(text, { only })).toEqual(["7:43 SVY6022 'small'"]);
    expect(messages(text)[0]).toContain("Stratum 'small' (800 members) gets no completes");
  });

  it('accepts complete plans', () => {
    expect(
      codes(
        zh('    completes 300\n    allocate optimal\n    strata size { key 20 take_all  large 200 sd 1 cost 4  small 800 sd 1 cost 1 }'),
        { only },
      ),
    ).toEqual([]);
    expect(codes(zh('    completes 300\n    strata size { large 200  small 800 }'), { only })).toEqual([]);
  });
});
