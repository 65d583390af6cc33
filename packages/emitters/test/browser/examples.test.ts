// Every example and fixture in the browser: no error or CSP violation, no WCAG A/AA
// violation found by axe, and filled in by clicking and typing, the downloaded
// response is exactly what the respondent gave and the emitted schema accepts it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { allCases } from '../support/load.ts';
import { makeAjv } from '../support/ajv.ts';
import { hiddenValues } from '../support/respond.ts';
import { respondAsForm } from '../support/respond-flow.ts';
import { axeViolations, buildPages, cspViolations, useSite, watch } from './harness.ts';
import { fillAndSubmit } from './fill.ts';

const cases = allCases();
const { pages, schemas } = buildPages(cases);

const site = useSite(pages);

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const survey = c.result.survey!;
  // The link a respondent gets: hidden values in the query (none for most surveys).
  const link = (style: 'low' | 'high') =>
    `${site.origin}/${survey.id}.html?` +
    new URLSearchParams(Object.entries(hiddenValues(survey, style)).map(([k, v]) => [k, String(v)])).toString();

  it('opens without errors and passes axe (WCAG 2 A/AA), before and after validation messages', async () => {
    const page = await site.browser.newPage();
    const problems = await watch(page);
    await page.goto(link('low'));
    expect(await page.locator('h1').textContent()).not.toBe('');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#next:visible, #submit:visible');
    await page.locator('.error:not(:empty)').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems()).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);

  // Files, locations and signatures need a device: answer-types.test.ts fills those (set files,
  // a mocked position, a drawn signature); the generic filler here types and clicks only.
  const needsDevice = c.result.survey?.questions.some((q) => q.kind === 'file' || q.kind === 'geopoint' || q.kind === 'signature');
  it.skipIf(needsDevice).each(['low', 'high'] as const)(
    'filled in (%s answers), the downloaded response is the one given and the schema accepts it',
    async (style) => {
      // A survey with screen-outs ends where one holds: the answers stop there.
      const { answers: expected, screenout } = respondAsForm(survey, c.result.binding, style);
      const context = await site.browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      const problems = await watch(page);
      await page.goto(link(style));
      const downloaded = page.waitForEvent('download');
      await fillAndSubmit(page, survey, expected);
      const file = await (await downloaded).path();
      const response = JSON.parse(readFileSync(file, 'utf8'));
      expect(response.answers).toEqual(expected);
      expect(response.screenout).toBe(screenout);
      expect(response).toMatchObject({ format: 'survey-response/1', survey: survey.id, language: survey.defaultLanguage });
      const validate = makeAjv().compile(schemas.get(survey.id)!);
      expect(validate(response) ? '' : JSON.stringify(validate.errors)).toBe('');
      await page.locator('#done').waitFor();
      // A download is not a confirmed delivery: the answers stay saved until the respondent clears them.
      const key = `survey:${survey.id}:${survey.version ?? ''}`;
      expect(await page.evaluate((k) => localStorage.getItem(k), key)).not.toBeNull();
      await page.click('#forget');
      expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
      expect(problems()).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      await context.close();
    },
    90_000,
  );
});
