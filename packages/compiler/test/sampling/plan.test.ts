import { describe, expect, it } from 'vitest';
import { compileText } from '../../src/index.ts';
import { planSample } from '../../src/sampling/index.ts';

function sampleOf(block: string) {
  const r = compileText(`survey s { languages en\n text q "Anything to add?" optional\n ${block} }`);
  const sample = r.survey?.sample;
  if (!sample) throw new Error('no sample: ' + r.diagnostics.map((d) => d.message).join('; '));
  return planSample(sample);
}

describe('planSample', () => {
  it('completes and response rate: invitations = ceil(n / rate) (seed 004: 8 of 10 at 80%)', () => {
    const p = sampleOf('sample { population 10 completes 8 response_rate 0.8 }');
    expect(p).toMatchObject({ basis: 'completes', completes: 8, invitations: 10 });
  });

  it('margin for a mean with take-all and oversampled strata (examples/media-company)', () => {
    const p = sampleOf(`sample {
      population 2000
      strata size { key 40 take_all  large 260 sd 0.9  medium 700 sd 0.8  small 1000 sd 1.1 }
      strata region { north 600 central 500 south 900 }
      allocate neyman margin 0.1 confidence 0.95 sd 1.0 response_rate 0.4
      oversample large 1.5
    }`);
    // n = 1 / (0.01 / 1.96^2 + 1 / 2000) = 322.2 -> 323; key takes 40, the 283 left go
    // Neyman on 260·0.9·1.5 = 351, 700·0.8 = 560, 1000·1.1 = 1100 -> 49.4, 78.8, 154.8.
    expect(p.basis).toBe('margin-mean');
    expect(p.target).toBe(323);
    expect(p.allocation!.strata.map((h) => [h.id, h.completes, h.reason])).toEqual([
      ['key', 40, 'take-all'],
      ['large', 49, 'allocated'],
      ['medium', 79, 'allocated'],
      ['small', 155, 'allocated'],
    ]);
    expect(p.allocation!.strata.map((h) => h.invitations)).toEqual([40, 123, 198, 388]);
    expect(p.allocation!.strata[0].invitationsCapped).toBe(true);
    expect(p.allocation!.strata[3].weight).toBeCloseTo(1000 / 155, 12);
    expect(p.completes).toBe(323);
    expect(p.representation[0].strata.map((h) => h.expected)).toEqual([97, 81, 145]);
    expect(p.allocation!.deff).toBeGreaterThan(1);
  });

  it('margin for a proportion defaults to p = 0.5 and the Cochran FPC', () => {
    const p = sampleOf('sample { population 300 margin 0.05 }');
    expect(p).toMatchObject({ basis: 'margin-proportion', fpc: 'cochran', target: 169, completes: 169 });
    expect(p.marginAchieved!).toBeLessThanOrEqual(0.05);
  });
});
