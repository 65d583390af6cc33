import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { applyFix, diagnostics, en } from '../methodology/kit.ts';

const sample = (lines: string) => en(`  rating q "How satisfied are you with this service?" on sat5\n  sample {\n${lines}\n  }`);

describe('sample-sanity (SVY6004–SVY6008)', () => {
  it('SVY6005: completes too few for the margin (Cochran with FPC, N = 2000: 323 for ±0.05)', () => {
    const text = sample('    population 2000\n    completes 100\n    margin 0.05');
    expect(codes(text)).toEqual(["11:5 SVY6005 'margin 0.05'"]);
    expect(diagnostics(text, 'SVY6005')[0].message).toBe(
      'With 100 completes the margin of error is ±0.096 at 95% confidence, not the ±0.05 declared. Plan 323 completes, or declare the margin the sample reaches.',
    );
    expect(codes(sample('    population 2000\n    completes 323\n    margin 0.05'))).toEqual([]);
  });

  it('SVY6005: p = 0.5, 95%, e = 0.05 needs 385 without a population (PracTools); N = 300 needs 169 (samplingbook)', () => {
    expect(diagnostics(sample('    completes 384\n    margin 0.05'), 'SVY6005')[0].message).toContain('Plan 385 completes');
    expect(codes(sample('    completes 385\n    margin 0.05'))).toEqual([]);
    expect(diagnostics(sample('    population 300\n    completes 168\n    margin 0.05'), 'SVY6005')[0].message).toContain(
      'Plan 169 completes',
    );
  });

  it('SVY6006: values outside their range, with a fix for percentages', () => {
    const text = sample('    response_rate 80\n    confidence 95\n    margin 5');
    expect(codes(text)).toEqual(["9:19 SVY6006 '80'", "10:16 SVY6006 '95'", "11:12 SVY6006 '5'"]);
    expect(applyFix(text, 'SVY6006')).toContain('response_rate 0.8\n');
    expect(codes(sample('    response_rate 80%\n    confidence 95%\n    margin 5%'))).toEqual([]);
  });

  it('SVY6007: strata that do not add up to the population', () => {
    expect(codes(sample('    population 1200\n    strata size { large 100  medium 400  small 600 }\n    completes 300'))).toEqual([
      "10:12 SVY6007 'size'",
    ]);
  });

  it('SVY6004: a stratum asked for more completes than it has, or a total above the population', () => {
    expect(codes(sample('    population 800\n    strata size { large 100 completes 150  small 700 }\n    completes 300'))).toEqual([
      "10:39 SVY6004 '150'",
    ]);
    expect(codes(sample('    population 300\n    completes 400'))).toEqual(["10:5 SVY6004 'completes 400'"]);
  });

  it('SVY6008: a stratum that cannot yield its completes at the response rate (take-all strata exempt)', () => {
    const text = sample(
      '    population 2000\n    strata size { key 40 take_all  large 60 sd 2  small 1900 sd 0.1 }\n    allocate neyman\n    completes 300\n    response_rate 0.4',
    );
    expect(codes(text)).toEqual(["10:36 SVY6008 'large'"]);
    expect(codes(sample('    population 10\n    completes 9\n    response_rate 0.5'))).toEqual(["11:5 SVY6008 'response_rate 0.5'"]);
  });

  it('SVY6008: completes derived from a margin point at the margin, not at `completes`', () => {
    const d = diagnostics(sample('    population 800\n    margin 0.03 confidence 0.95\n    response_rate 0.5'), 'SVY6008');
    expect(d.map((x) => x.message)).toEqual([
      'The margin of error 0.03 needs 458 completes; at a response rate of 0.5 that takes 916 invitations, more than the population of 800. Expect about 400 completes: widen `margin`, or plan for a higher response rate.',
    ]);
  });

  it('accepts the seed 004 plan: 10 invited, 8 completes at 80%', () => {
    expect(codes(sample('    population 10\n    completes 8\n    response_rate 0.8'))).toEqual([]);
  });
});

describe('the achieved margin includes the design effect (Kish)', () => {
  it('an oversampled design reaches a wider margin than its n under simple random sampling', async () => {
    const { planSample } = await import('../../src/sampling/index.ts');
    const { compile } = await import('../helpers.ts');
    const text = sample('    population 2000\n    completes 400\n    strata size { large 200  small 1800 }\n    oversample large 4');
    const s = compile(text).survey!.sample!;
    const plan = planSample(s);
    const deff = plan.allocation!.deff;
    expect(deff).toBeGreaterThan(1.2);
    expect(plan.marginAchieved!).toBeCloseTo(plan.marginSrs! * Math.sqrt(deff), 12);
    // Proportional allocation: equal weights, deff 1, the margin is the SRS margin.
    const flat = planSample(
      compile(sample('    population 2000\n    completes 400\n    strata size { large 200  small 1800 }')).survey!.sample!,
    );
    expect(flat.allocation!.deff).toBeCloseTo(1, 12);
    expect(flat.marginAchieved).toBe(flat.marginSrs);
  });

  it('SVY6005 reports the design-effect margin and about deff times the completes', () => {
    const text = sample(
      '    population 2000\n    completes 400\n    margin 0.045\n    strata size { large 200  small 1800 }\n    oversample large 4',
    );
    const [d] = diagnostics(text, 'SVY6005');
    expect(d.message).toMatch(
      /^With 400 completes the margin of error is ±0\.0\d+ \(design effect 1\.\d+ from the allocation's weights\) at 95% confidence, not the ±0\.045 declared\. Plan about \d+ completes/,
    );
  });
});
