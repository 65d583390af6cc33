// Headless Chromium from Debian driven by playwright-core, a local HTTP server that
// serves built forms and collects POSTed responses, and axe-core for WCAG checks.
// Without Chromium these files are left out locally (testing/system-programs.ts) and
// fail under CI=true; browsers are never downloaded.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { compileFile, type CompileResult } from '@survey/compiler';
import { build } from '../../src/index.ts';
import { fixtureCases } from '../support/load.ts';

export const CHROMIUM = '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium\` (browser tests never download browsers)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface Collector {
  /** POST bodies received, in order. */
  received: string[];
  /** Status for the next POSTs (e.g. 500 to simulate a failing endpoint). */
  status: number;
  /** Every POST body that reached the server, whatever its answer. */
  attempts: string[];
  /** Milliseconds the server waits before answering (a slow server). */
  delayMs: number;
}

/** Serves `pages` at /<name> and collects POSTs to /collect (with CORS for other origins). */
export async function serve(pages: Map<string, string>): Promise<{ server: Server; origin: string; collector: Collector }> {
  const collector: Collector = { received: [], status: 200, attempts: [], delayMs: 0 };
  const server = createServer((req, res) => {
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': 'Content-Type',
      'Access-Control-Allow-Methods': 'POST',
    };
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    if (req.method === 'POST' && req.url === '/collect') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (body += c));
      req.on('end', () => {
        collector.attempts.push(body);
        const status = collector.status;
        setTimeout(() => {
          if (status === 200) collector.received.push(body);
          res.writeHead(status, cors).end();
        }, collector.delayMs);
      });
      return;
    }
    const page = pages.get((req.url ?? '/').split('?')[0].slice(1));
    if (page === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}`, collector };
}

/** Records page errors, console errors, CSP violations and dialogs (none expected). */
export async function watch(page: Page): Promise<() => string[]> {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      ((window as unknown as { __csp: string[] }).__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return () => problems;
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core violations of WCAG 2.x A and AA rules on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(o: object): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }> };
      }
    ).axe;
    return axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The HTML pages and response schemas of compiled cases, by file name and survey id. */
export function buildPages(results: Array<{ result: CompileResult }>): { pages: Map<string, string>; schemas: Map<string, object> } {
  const pages = new Map<string, string>();
  const schemas = new Map<string, object>();
  for (const { result } of results) {
    for (const f of build(result)) {
      if (f.fileName.endsWith('.html')) pages.set(f.fileName, f.contents);
      if (f.fileName.endsWith('.schema.json')) schemas.set(result.survey!.id, JSON.parse(f.contents));
    }
  }
  return { pages, schemas };
}

export interface Site {
  browser: Browser;
  origin: string;
  collector: Collector;
}

/** One browser and one local server for a test file, started before its tests and stopped after. */
export function useSite(pages: Map<string, string>): Site {
  const site = {} as Site;
  let server: Server | undefined;
  beforeAll(async () => {
    site.browser = await launch();
    const served = await serve(pages);
    server = served.server;
    site.origin = served.origin;
    site.collector = served.collector;
  }, 60_000);
  afterAll(async () => {
    await site.browser?.close();
    server?.close();
  });
  return site;
}

export interface FormSite extends Site {
  /** The fixture's response schema. */
  schema: object;
}

/**
 * One survey's form, built to POST to the local server's /collect and served as `form.html`,
 * with its response schema: a fixture by name, or a `.survey` file by absolute path.
 */
export function useFormSite(fixture: string): FormSite {
  const pages = new Map<string, string>();
  const site = {} as FormSite;
  let server: Server | undefined;
  beforeAll(async () => {
    site.browser = await launch();
    const served = await serve(pages);
    server = served.server;
    site.origin = served.origin;
    site.collector = served.collector;
    const result = isAbsolute(fixture) ? compileFile(fixture) : fixtureCases().find((x) => x.name.endsWith(fixture))?.result;
    if (!result) throw new Error(`no fixture ${fixture}`);
    for (const f of build(result, { submitUrl: `${site.origin}/collect` })) {
      if (f.fileName.endsWith('.html')) pages.set('form.html', f.contents);
      if (f.fileName.endsWith('.schema.json')) site.schema = JSON.parse(f.contents);
    }
  }, 60_000);
  afterAll(async () => {
    await site.browser?.close();
    server?.close();
  });
  return site;
}
