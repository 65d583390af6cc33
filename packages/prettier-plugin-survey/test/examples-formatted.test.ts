// Every example under examples/ is kept in the canonical layout, so CI notices an
// example edited by hand (or a layout change) that was not run through `survey fmt`:
//   node scripts/build.mjs && node packages/cli/bin/survey.js fmt examples
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@survey/syntax';
import { checkFormatted } from '../src/index.ts';
import { exampleFiles, repoRoot } from './helpers.ts';

describe('examples', () => {
  it('exist', () => {
    expect(exampleFiles().length).toBeGreaterThan(0);
  });

  it.each(exampleFiles())('%s is formatted', async (file) => {
    const text = readFileSync(join(repoRoot, file), 'utf8');
    // An example being written may not parse yet; the formatter refuses such input (tested elsewhere).
    if (parse(text).diagnostics.length > 0) return;
    expect(await checkFormatted(text), `run: node packages/cli/bin/survey.js fmt ${file}`).toBe(true);
  });
});
