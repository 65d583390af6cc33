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
      message: {
        sample: '{invited} invited, but the population is {population}. Invite at most {population}.',
        stratum: "Stratum '{id}' has N_h = {size} but {invited} invited. Invite at most {size}.",
        strataSum: "The strata of '{id}' invite {sum} in all, but the sample says `invited {invited}`. Make them agree.",
      },
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
    const setting = sample.node.settings.find((s) => s.key === 'invited');
    if (setting && sample.invited !== undefined && sample.population !== undefined && sample.invited > sample.population)
      ctx.report({
        code: 'SVY2033',
        messageId: 'sample',
        file: sample.file,
        range: setting.range,
        args: { invited: sample.invited, population: sample.population },
      });
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
          ctx.report({
            code: 'SVY2033',
            messageId: 'stratum',
            file: sample.file,
            range: h.node.invited?.range ?? h.node.range,
            args: { id: h.id, size: h.size, invited: h.invited },
          });
      }
      if (all && setting && sample.invited !== undefined && sum !== sample.invited)
        ctx.report({
          code: 'SVY2033',
          messageId: 'strataSum',
          file: sample.file,
          range: strat.node.id?.range ?? strat.node.range,
          args: { id: strat.id, sum, invited: sample.invited },
        });
    }
  },
});
