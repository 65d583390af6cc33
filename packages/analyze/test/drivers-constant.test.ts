// Key drivers on a sample where a driver does not vary (everyone "fully satisfied" with
// training, as in a small, very satisfied census like seed 004's): no NaN correlation or
// weight in the result, a warning that says which variable does not vary.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleInput, run, tempFiles } from './helpers/survey.ts';

const crm = exampleInput('crm-satisfaction/crm.survey');
const header = 'customer_id,vendor,overall,helpful,training,tech_support,recommend\n';
const rows = [
  ['C1', 'a', 5, 'customers', 5, 4, 'yes'],
  ['C2', 'b', 4, 'pipeline', 5, 3, 'yes'],
  ['C3', 'a', 5, 'service', 5, 5, 'yes'],
  ['C4', 'c', 3, 'customers', 5, 2, 'no'],
  ['C5', 'a', 4, 'teamwork', 5, 4, 'yes'],
];

describe('key drivers with a driver that does not vary', async () => {
  const dir = tempFiles({ 'r.csv': header + rows.map((r) => r.join(',')).join('\n') + '\n' });
  const r = await run(crm, [join(dir, 'r.csv')]);
  const d = r.drivers[0];

  it('gives no correlation or weight instead of NaN', () => {
    expect(r.counts.analysed).toBe(5);
    expect(d.n).toBe(5);
    expect(d.drivers.map((x) => x.variable)).toEqual(['training', 'tech_support']);
    for (const x of d.drivers) {
      expect(x.correlation).toBeUndefined();
      expect(x.beta).toBeUndefined();
    }
  });
  it('says which variable does not vary', () => {
    expect(r.notes.map((n) => n.message)).toContain(
      'key drivers of overall: training does not vary among the 5 complete responses, so no correlation or regression weight can be computed',
    );
  });
});
