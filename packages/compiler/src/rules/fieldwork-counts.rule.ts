// SVY2033: fieldwork counts (`invited N`) that cannot be true: more invited than the
// stratum or population holds, or per-stratum counts that do not add up to the
// survey-level count. The response rate is computed from these numbers.
import { defineRule } from './rule.ts';

export default defineRule({
  name: 'fieldwork-counts',
  diagnostics: [
    {
      code: 'SVY2033',
      name: 'invited-count',
      severity: 'error',
      message: '{problem}',
      docs: {
        summary:
          "An `invited` count exceeds the population it was drawn from, or the strata counts do not add up to the sample's `invited`.",
        rationale: 'The response rate is completes / invited; an impossible invitation count gives a wrong rate without any warning later.',
        bad: 'sample { population 500 strata size { large 100 invited 120  small 400 invited 80 } }',
        good: 'sample { population 500 strata size { large 100 invited 60  small 400 invited 80 } }',
      },
    },
  ],
  check(ctx) {
    const sample = ctx.survey?.sample;
    if (!sample) return;
    const report = (range: { start: number; end: number }, problem: string) =>
      ctx.report({ code: 'SVY2033', file: sample.file, range, args: { problem } });
    const setting = sample.node.settings.find((s) => s.key === 'invited');
    if (setting && sample.invited !== undefined && sample.population !== undefined && sample.invited > sample.population)
      report(setting.range, `${sample.invited} invited, but the population is ${sample.population}. Invite at most ${sample.population}.`);
    for (const strat of sample.stratifications) {
      let sum = 0;
      let all = strat.strata.length > 0;
      for (const h of strat.strata) {
        if (h.invited === undefined) {
          all = false;
          continue;
        }
        sum += h.invited;
        if (h.invited > h.size)
          report(
            h.node.invited?.range ?? h.node.range,
            `Stratum '${h.id}' has N_h = ${h.size} but ${h.invited} invited. Invite at most ${h.size}.`,
          );
      }
      if (all && setting && sample.invited !== undefined && sum !== sample.invited)
        report(
          strat.node.id?.range ?? strat.node.range,
          `The strata of '${strat.id}' invite ${sum} in all, but the sample says \`invited ${sample.invited}\`. Make them agree.`,
        );
    }
  },
});
