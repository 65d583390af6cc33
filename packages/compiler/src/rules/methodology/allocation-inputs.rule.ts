// SVY6020: an input the allocation needs and would otherwise assume (S_h for Neyman and
// optimal allocation, c_h for optimal, n_h for fixed, a total for any allocation).
// SVY6021: take-all and fixed strata that alone hold more than the planned completes.
// SVY6022: a stratum the plan leaves without completes: nothing can be estimated for it
// and its design weight N_h / n_h does not exist.
import { defineRule, type RuleContext, type VariantOf } from '../rule.ts';
import type { DiagnosticDef } from '../../diagnostics/types.ts';
import type { Sample, Stratification } from '../../model.ts';
import { planSample } from '../../sampling/index.ts';

const diagnostics = [
  {
    code: 'SVY6020',
    name: 'allocation-input-missing',
    severity: 'error',
    message: {
      spread:
        "{method} allocation needs the spread of stratum '{id}': give it `sd` (or `proportion`), or give the sample an `sd` for strata without one.",
      cost: "Optimal allocation weighs each stratum by its cost per interview: give stratum '{id}' a `cost` (or use `allocate neyman`).",
      fixed: "`allocate fixed` takes each stratum's own `completes`: give stratum '{id}' its completes, or `take_all`.",
      noTotal:
        "The strata of '{id}' cannot be allocated: the sample gives neither `completes` nor `margin`, so there is no total to share. Add `completes n` or `margin e`.",
    },
    docs: {
      summary:
        'An allocation that lacks an input it needs: `sd` or `proportion` per stratum (or `sd` on the sample) for Neyman and optimal allocation, `cost` per stratum for optimal, `completes` per stratum for fixed, `completes` or `margin` for any allocation.',
      rationale:
        'Without the input the compiler would have to assume a value (S_h = 1, c_h = 1, n_h = 0), and the allocation would silently be a different design from the one declared (Cochran 1977, ch. 5; methodology.md, "Allocation").',
      bad: 'sample {\n  completes 300\n  allocate neyman\n  strata size { large 200  small 800 }\n}',
      good: 'sample {\n  completes 300\n  allocate neyman\n  strata size { large 200 sd 1.2  small 800 sd 0.8 }\n}',
    },
  },
  {
    code: 'SVY6021',
    name: 'take-all-exceeds-sample',
    severity: 'error',
    message:
      "The take-all and fixed strata of '{id}' alone need {fixed, plural, one {# complete} other {# completes}}, more than the {total} planned: the other strata get none. Raise `completes` to at least {needed}, or drop `take_all` from the largest of them.",
    docs: {
      summary: 'Take-all strata (and strata with fixed completes) that together need more completes than the whole sample.',
      rationale:
        'The declared total cannot hold them: the plan either breaks the total or leaves other strata empty (methodology.md: take-all strata get n_h = N_h, the rest is reallocated).',
      bad: 'sample {\n  completes 50\n  strata size { key 80 take_all  small 900 }\n}',
      good: 'sample {\n  completes 200\n  strata size { key 80 take_all  small 900 }\n}',
    },
  },
  {
    code: 'SVY6022',
    name: 'stratum-without-completes',
    severity: 'error',
    message: {
      giveCompletes:
        "Stratum '{id}' ({size, plural, one {# member} other {# members}}) gets no completes in this plan: nothing can be estimated for it and its design weight N_h / n_h does not exist. Give it `completes` (at least 2).",
      raiseTotal:
        "Stratum '{id}' ({size, plural, one {# member} other {# members}}) gets no completes in this plan: nothing can be estimated for it and its design weight N_h / n_h does not exist. Raise `completes` so every stratum gets at least 2.",
    },
    docs: {
      summary: 'A stratum with members that the allocation leaves with no completes.',
      rationale:
        'Stratified estimates need every stratum represented: a stratum with n_h = 0 has no weight and biases every total (Lohr, Sampling: Design and Analysis, ch. 3).',
      bad: 'sample {\n  allocate fixed\n  strata size { large 200 completes 50  small 800 completes 0 }\n}',
      good: 'sample {\n  allocate fixed\n  strata size { large 200 completes 50  small 800 completes 150 }\n}',
    },
  },
] as const satisfies readonly DiagnosticDef[];

type Ctx = RuleContext<(typeof diagnostics)[number]>;
type Problem = VariantOf<(typeof diagnostics)[0]>;

export default defineRule({
  name: 'allocation-inputs',
  diagnostics,
  check(ctx) {
    const sample = ctx.survey?.sample;
    if (!sample) return;
    const main = sample.stratifications.find((x) => x.strata.length > 0);
    if (!main) return;
    const reported = checkInputs(ctx, sample, main);
    if (reported) return;
    let plan;
    try {
      plan = planSample(sample);
    } catch {
      return; // values out of range are SVY6006
    }
    const total = plan.target;
    const fixedStrata = main.strata.filter((h) => h.takeAll || h.completes !== undefined);
    const fixed = fixedStrata.reduce((a, h) => a + (h.takeAll ? h.size : (h.completes ?? 0)), 0);
    const open = main.strata.filter((h) => !h.takeAll && h.completes === undefined);
    if (total !== undefined && sample.allocation !== 'fixed' && fixed > total) {
      ctx.report({
        code: 'SVY6021',
        file: sample.file,
        range: main.node.id?.range ?? main.node.range,
        args: { id: main.id, fixed, total, needed: fixed + 2 * open.length },
      });
      return;
    }
    for (const h of plan.allocation?.strata ?? []) {
      if (h.completes > 0 || h.size === 0) continue;
      const st = main.strata.find((x) => x.id === h.id);
      ctx.report({
        code: 'SVY6022',
        file: sample.file,
        range: st?.node.id.range ?? main.node.range,
        messageId: sample.allocation === 'fixed' || st?.completes !== undefined ? 'giveCompletes' : 'raiseTotal',
        args: { id: h.id, size: h.size },
      });
    }
  },
});

/** SVY6020; true when something was reported (the plan then rests on an assumption). */
function checkInputs(ctx: Ctx, sample: Sample, main: Stratification): boolean {
  let reported = false;
  const report = (problem: Problem, range = main.node.id?.range ?? main.node.range) => {
    reported = true;
    ctx.report({ code: 'SVY6020', file: sample.file, range, ...problem });
  };
  const method = sample.allocation;
  const allocateNode = sample.node.settings.find((x) => x.key === 'allocate');
  const open = main.strata.filter((h) => !h.takeAll && h.completes === undefined);
  if (method === 'neyman' || method === 'optimal') {
    const noSd = open.filter((h) => h.sd === undefined && h.proportion === undefined);
    if (noSd.length && sample.sd === undefined) {
      for (const h of noSd)
        report({ messageId: 'spread', args: { method: method === 'neyman' ? 'Neyman' : 'Optimal', id: h.id } }, h.node.id.range);
    }
  }
  if (method === 'optimal') {
    for (const h of open.filter((x) => x.cost === undefined)) report({ messageId: 'cost', args: { id: h.id } }, h.node.id.range);
  }
  if (method === 'fixed') {
    for (const h of open) report({ messageId: 'fixed', args: { id: h.id } }, h.node.id.range);
  }
  if (method !== 'fixed' && open.length > 0 && sample.completes === undefined && sample.margin === undefined) {
    report({ messageId: 'noTotal', args: { id: main.id } }, allocateNode?.range ?? main.node.id?.range ?? main.node.range);
  }
  return reported;
}
