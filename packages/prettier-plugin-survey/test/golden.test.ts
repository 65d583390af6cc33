// Golden pairs: fixtures/<name>.survey formats to fixtures/<name>.formatted.survey.
// Regenerate after an intended layout change with
//   UPDATE_GOLDEN=1 npx vitest run packages/prettier-plugin-survey
// and review the diff.
import { describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatSurvey } from '../src/index.ts';
import { fixtureNames, fixturesDir, readFixture } from './helpers.ts';

const update = process.env.UPDATE_GOLDEN === '1';

describe.each(fixtureNames())('%s', (name) => {
  const goldenName = name.replace(/\.survey$/, '.formatted.survey');
  const goldenPath = join(fixturesDir, goldenName);

  it(`formats to ${goldenName}`, async () => {
    const formatted = await formatSurvey(readFixture(name));
    if (update) writeFileSync(goldenPath, formatted);
    else if (!existsSync(goldenPath)) throw new Error(`${goldenName} is missing: run with UPDATE_GOLDEN=1 and review it.`);
    expect(formatted).toBe(readFixture(goldenName));
  });

  it(`leaves ${goldenName} unchanged`, async () => {
    const golden = readFixture(goldenName);
    expect(await formatSurvey(golden)).toBe(golden);
  });
});
