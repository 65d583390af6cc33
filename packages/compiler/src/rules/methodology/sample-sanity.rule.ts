// Sampling sanity, from the plan the sampling module computes (sampling/plan.ts:
// Cochran sizes, allocation with take-all strata, caps and minimums, invitations).
// SVY6006: a value outside its range (response rate in (0, 1], confidence in (0, 1) …).
// SVY6007: strata that do not add up to the declared population.
// SVY6004: n_h above N_h (declared stratum completes), or more completes than the
// population holds. SVY6005: a declared margin of error the declared completes cannot
// reach. SVY6008: at the response rate, a stratum (or the population) cannot yield
// its planned completes.
import type * as A from '@survey/syntax';
import { defineRule, type RuleContext } from '../rule.ts';
import type { Sample } from '../../model.ts';
import { cochranMean, cochranProportion, planSample } from '../../sampling/index.ts';

type Check = { ok: (v: number) => boolean; range: string; percentFix?: boolean };

const settingRanges: Partial<Record<A.SampleKey, Check>> = {
  population: { ok: (v) => v > 0 && Number.isInteger(v), range: 'a whole number above 0' },
  completes: { ok: (v) => v > 0 && Number.isInteger(v), range: 'a whole number above 0' },
  response_rate: { ok: (v) => v > 0 && v <= 1, range: 'in (0, 1]', percentFix: true },
  confidence: { ok: (v) => v > 0 && v < 1, range: 'in (0, 1), e.g. 0.95', percentFix: true },
  proportion: { ok: (v) => v > 0 && v < 1, range: 'in (0, 1)', percentFix: true },
  sd: { ok: (v) => v > 0, range: 'above 0' },
  margin: { ok: (v) => v > 0, range: 'above 0' },
};

export default defineRule({
  name: 'sample-sanity',
  diagnostics: [
    {
      code: 'SVY6004',
      name: 'stratum-overflow',
      severity: 'error',
      message: {
        stratum:
          "Stratum '{id}' asks for {completes, plural, one {# complete} other {# completes}} but has only {size, plural, one {# member} other {# members}} (N_h). Lower its completes, or use `take_all`.",
        total:
          'The sample asks for {completes, plural, one {# complete} other {# completes}} but the population has only {population, plural, one {# member} other {# members}}. Lower `completes` (or take everyone: {population}).',
      },
      docs: {
        summary:
          "A sample that asks for more completes than there are people: a stratum's n_h above its N_h, or a total above the population.",
        rationale:
          'Without replacement a stratum cannot yield more interviews than it has members (Cochran 1977; methodology.md keeps 2 <= n_h <= N_h).',
        bad: 'sample {\n  strata size { large 100 completes 150  small 700 }\n}',
        good: 'sample {\n  strata size { large 100 take_all  small 700 }\n}',
      },
    },
    {
      code: 'SVY6005',
      name: 'unreachable-margin',
      severity: 'warning',
      message: {
        simple:
          'With {n, plural, one {# complete} other {# completes}} the margin of error is ±{achieved} at {confidence}% confidence, not the ±{margin} declared. Plan {needed, plural, one {# complete} other {# completes}}, or declare the margin the sample reaches.',
        designed:
          "With {n, plural, one {# complete} other {# completes}} the margin of error is ±{achieved} (design effect {deff} from the allocation's weights) at {confidence}% confidence, not the ±{margin} declared. Plan about {needed, plural, one {# complete} other {# completes}}, or declare the margin the sample reaches.",
      },
      docs: {
        summary:
          "Declared `completes` too few for the declared `margin` (Cochran's formula with the finite-population correction, times Kish's design effect of the allocation's weights).",
        rationale:
          'Cochran: n0 = z² p(1−p) / e² for a proportion, z² S² / e² for a mean, then n = n0 / (1 + (n0 − 1) / N). p = 0.5, 95%, e = 0.05 needs 385 (PracTools); N = 300 needs 169 (samplingbook). A stratified plan with unequal weights is less precise: its margin is the simple-random-sampling margin × √deff, deff = n Σw² / (Σw)² (Kish 1965), so it needs about deff times the completes.',
        bad: 'sample {\n  population 2000\n  completes 100\n  margin 0.05\n}',
        good: 'sample {\n  population 2000\n  completes 323\n  margin 0.05\n}',
      },
    },
    {
      code: 'SVY6006',
      name: 'sample-value-out-of-range',
      severity: 'error',
      message: {
        percent: '{setting} {value} is not {range}. Did you mean {fraction} ({value}%)?',
        outOfRange: '{setting} {value} is not {range}. Correct it: the sample plan cannot be computed.',
      },
      docs: {
        summary:
          'A sample setting outside its range: response rate not in (0, 1], confidence or proportion not in (0, 1), a size, SD, cost or oversampling factor not above 0.',
        rationale:
          'These values enter the sample-size and allocation formulas; a response rate of 80 (meant as 80%) plans 1/80 of the invitations needed.',
        bad: 'sample {\n  response_rate 80\n  confidence 95\n}',
        good: 'sample {\n  response_rate 0.8\n  confidence 0.95\n}',
      },
    },
    {
      code: 'SVY6007',
      name: 'strata-total',
      severity: 'error',
      message:
        "Strata of '{id}' add up to {sum}, not the population {population}. Fix the stratum sizes (N_h) or the population, so that design weights add up.",
      docs: {
        summary: 'A stratification whose stratum sizes N_h do not add up to the declared `population`.',
        rationale:
          'Design weights N_h / n_h and stratum weights W_h = N_h / N assume the strata partition the population (Lohr, Sampling: Design and Analysis, ch. 3).',
        bad: 'sample {\n  population 1200\n  strata size { large 100  medium 400  small 600 }\n}',
        good: 'sample {\n  population 1200\n  strata size { large 100  medium 400  small 700 }\n}',
      },
    },
    {
      code: 'SVY6008',
      name: 'response-shortfall',
      severity: 'error',
      message: {
        stratum:
          "Stratum '{id}' needs {completes, plural, one {# complete} other {# completes}}, but inviting all {size, plural, one {# member} other {# members}} at a response rate of {rate} yields about {expected}. Lower its share (or raise the expected response rate with reminders and incentives).",
        total:
          '{completes, plural, one {# complete} other {# completes}} at a response rate of {rate} need {invitations, plural, one {# invitation} other {# invitations}}, more than the population of {population}. Expect about {expected, plural, one {# complete} other {# completes}}, or lower `completes`.',
        totalFromMargin:
          'The margin of error {margin} needs {completes, plural, one {# complete} other {# completes}}; at a response rate of {rate} that takes {invitations, plural, one {# invitation} other {# invitations}}, more than the population of {population}. Expect about {expected, plural, one {# complete} other {# completes}}: widen `margin`, or plan for a higher response rate.',
      },
      docs: {
        summary:
          'At the declared response rate a stratum (or the whole population) cannot yield its planned completes: ceil(n_h / rate) > N_h. Take-all strata are exempt.',
        rationale:
          'Invitations = completes / response rate (methodology.md); when there are not enough people to invite, the stratum will be short and its weight unstable.',
        bad: 'sample {\n  population 10\n  completes 9\n  response_rate 0.5\n}',
        good: 'sample {\n  population 10\n  completes 5\n  response_rate 0.5\n}',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    const sample = s?.sample;
    if (!s || !sample) return;
    const file = sample.file;
    // Numbers lost to a syntax error (reported by the parser) stop the arithmetic here.
    if (!allFinite(sample)) return;
    const valid = checkValues(ctx, sample);
    checkTotals(ctx, sample);
    // n_h above N_h: declared per-stratum completes.
    for (const strat of sample.stratifications) {
      for (const h of strat.strata) {
        if (h.completes !== undefined && h.completes > h.size && h.node.completes) {
          ctx.report({
            code: 'SVY6004',
            file,
            range: h.node.completes.range,
            messageId: 'stratum',
            args: { id: h.id, completes: h.completes, size: h.size },
          });
        }
      }
    }
    if (!valid) return;
    const setting = (key: A.SampleKey) => sample.node.settings.find((x) => x.key === key);
    const anchor = (key: A.SampleKey) => setting(key)?.range ?? sample.node.range;

    const main = sample.stratifications.find((x) => x.strata.length > 0);
    const population = sample.population ?? (main ? main.strata.reduce((a, h) => a + h.size, 0) : undefined);
    if (sample.completes !== undefined && population !== undefined && sample.completes > population) {
      ctx.report({
        code: 'SVY6004',
        file,
        range: anchor('completes'),
        messageId: 'total',
        args: { completes: sample.completes, population },
      });
      return;
    }

    const plan = planSample(sample);
    const confidence = sample.confidence ?? 0.95;
    if (
      sample.completes !== undefined &&
      sample.margin !== undefined &&
      plan.marginAchieved !== undefined &&
      plan.marginAchieved > sample.margin * (1 + 1e-9)
    ) {
      const srsNeeded =
        sample.sd !== undefined
          ? cochranMean({ sd: sample.sd, margin: sample.margin, confidence, population }).n
          : cochranProportion({ p: sample.proportion, margin: sample.margin, confidence, population }).n;
      // Unequal weights cost precision: about deff times the simple-random-sampling size.
      const deff = plan.allocation?.deff ?? 1;
      const designed = deff > 1 + 1e-9;
      const needed = designed ? Math.min(Math.ceil(srsNeeded * deff - 1e-9), population ?? Infinity) : srsNeeded;
      const args = {
        n: plan.completes ?? sample.completes,
        achieved: round(plan.marginAchieved),
        confidence: round(confidence * 100),
        margin: sample.margin,
      };
      ctx.report({
        code: 'SVY6005',
        file,
        range: anchor('margin'),
        ...(designed
          ? { messageId: 'designed', args: { ...args, needed, deff: round(deff) } }
          : { messageId: 'simple', args: { ...args, needed } }),
      });
    }

    if (sample.responseRate !== undefined) {
      if (plan.allocation) {
        for (const h of plan.allocation.strata) {
          if (!h.invitationsCapped || h.reason === 'take-all') continue;
          const node = main?.strata.find((x) => x.id === h.id)?.node;
          const expected = Math.floor(h.size * sample.responseRate);
          ctx.report({
            code: 'SVY6008',
            file,
            range: node?.id.range ?? anchor('response_rate'),
            messageId: 'stratum',
            args: { id: h.id, completes: h.completes, size: h.size, rate: sample.responseRate, expected },
          });
        }
      } else if (
        plan.completes !== undefined &&
        population !== undefined &&
        Math.ceil(plan.completes / sample.responseRate - 1e-9) > population
      ) {
        const args = {
          completes: plan.completes,
          rate: sample.responseRate,
          invitations: Math.ceil(plan.completes / sample.responseRate - 1e-9),
          population,
          expected: Math.floor(population * sample.responseRate),
        };
        const at = { code: 'SVY6008', file, range: anchor('response_rate') } as const;
        // Completes derived from a margin of error: the fix is the margin, not `completes`.
        if (sample.completes === undefined && sample.margin !== undefined)
          ctx.report({ ...at, messageId: 'totalFromMargin', args: { ...args, margin: sample.margin } });
        else ctx.report({ ...at, messageId: 'total', args });
      }
    }
  },
});

function allFinite(sample: Sample): boolean {
  const lits: Array<A.NumberLit | undefined> = [
    ...sample.node.settings.map((x) => x.value),
    ...sample.node.strata.flatMap((x) => x.strata.flatMap((h) => [h.size, h.sd, h.proportion, h.cost, h.completes])),
    ...sample.node.oversample.map((o) => o.factor),
  ];
  return lits.every((l) => l === undefined || Number.isFinite(l.value));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** SVY6006 for settings, strata and oversampling factors; false when the plan cannot be computed. */
function checkValues(ctx: RuleContext, sample: Sample): boolean {
  let ok = true;
  const file = sample.file;
  const bad = (what: string, lit: A.NumberLit, check: Check) => {
    ok = false;
    const value = lit.value;
    const fixable = check.percentFix && !lit.percent && value > 1 && value <= 100;
    const at = { code: 'SVY6006', file, range: lit.range } as const;
    const args = { setting: what, value: lit.raw || String(value), range: check.range };
    if (!fixable) ctx.report({ ...at, messageId: 'outOfRange', args });
    else
      ctx.report({
        ...at,
        messageId: 'percent',
        args: { ...args, fraction: value / 100 },
        fixes: [{ title: `Change to ${value / 100}`, edits: [{ file, range: lit.range, newText: String(value / 100) }] }],
      });
  };
  for (const st of sample.node.settings) {
    const check = settingRanges[st.key];
    if (!check || !st.value) continue;
    if (!check.ok(st.value.value)) bad(`\`${st.key}\``, st.value, check);
  }
  // A proportion margin is a fraction: 5 means 5 points, i.e. 0.05.
  const margin = sample.node.settings.find((x) => x.key === 'margin');
  if (margin?.value && sample.sd === undefined && margin.value.value >= 1 && margin.value.value <= 100) {
    bad('`margin`', margin.value, {
      ok: () => false,
      range: 'a fraction below 1 for a proportion (or give `sd` for a mean)',
      percentFix: true,
    });
  }
  const positive: Check = { ok: (v) => v > 0, range: 'above 0' };
  const fraction: Check = { ok: (v) => v > 0 && v < 1, range: 'in (0, 1)', percentFix: true };
  for (const strat of sample.stratifications) {
    for (const h of strat.strata) {
      const n = h.node;
      if (n.size && !(n.size.value >= 0 && Number.isInteger(n.size.value)))
        bad(`The size of stratum '${h.id}'`, n.size, { ok: () => false, range: 'a whole number' });
      if (n.sd && !positive.ok(n.sd.value)) bad(`The sd of stratum '${h.id}'`, n.sd, positive);
      if (n.cost && !positive.ok(n.cost.value)) bad(`The cost of stratum '${h.id}'`, n.cost, positive);
      if (n.proportion && !fraction.ok(n.proportion.value)) bad(`The proportion of stratum '${h.id}'`, n.proportion, fraction);
    }
  }
  for (const o of sample.node.oversample) {
    if (o.factor && !positive.ok(o.factor.value)) bad(`The oversampling factor of '${o.stratum?.name ?? '?'}'`, o.factor, positive);
  }
  return ok;
}

function checkTotals(ctx: RuleContext, sample: Sample): void {
  if (sample.population === undefined) return;
  for (const strat of sample.stratifications) {
    if (!strat.strata.length || !strat.node.id) continue;
    const sum = strat.strata.reduce((a, h) => a + h.size, 0);
    if (Math.abs(sum - sample.population) > 1e-9) {
      ctx.report({
        code: 'SVY6007',
        file: sample.file,
        range: strat.node.id.range,
        args: { id: strat.id, sum, population: sample.population },
      });
    }
  }
}
