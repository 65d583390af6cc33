// Candidate: the generated HTML form opened in Debian's Chromium, until it is usable:
// DOMContentLoaded has ended, so the runtime (a synchronous script at the end of the
// body) has laid out every question, restored nothing (fresh profile) and bound its
// handlers. Reference, same process and browser: the same page without its runtime
// script, i.e. what the browser needs just to parse and lay out the HTML.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { compileText } from '@survey/compiler';
import { emitAll } from './_emit.mjs';
import { args, median, report } from './_measure.mjs';

const a = args();
const files = emitAll(compileText(readFileSync(a.file, 'utf8')));
const html = Object.entries(files).find(([k]) => k.endsWith('.html'))?.[1];
if (!html) throw new Error('no HTML form among the outputs');
// The runtime is the one <script> without a type; the survey data (type="application/json") stays.
const bare = html.replace(/<script>[\s\S]*?<\/script>/, '');
if (bare === html) throw new Error('the form has no runtime script to leave out');

const dir = mkdtempSync(join(tmpdir(), 'bench-form-'));
const withScript = join(dir, 'form.html');
const withoutScript = join(dir, 'bare.html');
writeFileSync(withScript, html);
writeFileSync(withoutScript, bare);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
/** Milliseconds from navigation start to the end of DOMContentLoaded, in a fresh context. */
async function open(path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(path).href, { waitUntil: 'load', timeout: 120_000 });
  const ms = await page.evaluate(() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd);
  // Usable means the runtime ran: the first page is shown and the submit/next buttons are wired.
  const started = path === withScript ? await page.evaluate(() => document.querySelector('.page:not([hidden])') !== null) : true;
  await context.close();
  if (errors.length || !started) throw new Error(`the form did not start: ${errors.join('; ') || 'no page shown'}`);
  return ms;
}

const iterations = Number(a.iterations ?? 5);
const times = [];
const refTimes = [];
try {
  await open(withScript); // warm-up: the browser's own start-up is not the form's
  await open(withoutScript);
  for (let i = 0; i < iterations; i++) {
    times.push(await open(withScript));
    refTimes.push(await open(withoutScript));
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
report({ ms: median(times), times, refMs: median(refTimes), refTimes, htmlBytes: Buffer.byteLength(html) });
