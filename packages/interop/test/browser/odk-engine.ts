// ODK's form engine (@getodk/xforms-engine) in headless Chromium. Its dist needs a
// DOM (DOMParser, document) and does not load as plain Node ESM, so odk-driver.ts is
// bundled with esbuild for the browser and served from 127.0.0.1 (a secure context:
// the engine needs crypto.randomUUID).
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
let bundle: Promise<string> | undefined;

function driverBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [fileURLToPath(new URL('./odk-driver.ts', import.meta.url))],
    bundle: true,
    format: 'esm', // the engine uses top-level await
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'error',
  }).then((r) => r.outputFiles[0].text);
  return bundle;
}

/** Serves the driver page; close it after the tests. */
export async function serveDriver(): Promise<{ server: Server; origin: string }> {
  const js = await driverBundle();
  const server = createServer((req, res) => {
    if (req.url === '/driver.js') return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(js);
    res
      .writeHead(200, { 'Content-Type': 'text/html' })
      .end('<!doctype html><html><body><script type="module" src="/driver.js"></script></body></html>');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium\``);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface OdkForm {
  fields: string[];
  set(ref: string, value: string | string[]): Promise<void>;
  relevant(ref: string): Promise<boolean>;
  /** Every node's reference and type now (repeat instances included). */
  refs(): Promise<string[]>;
  value(ref: string): Promise<string>;
  valid(ref: string): Promise<boolean>;
  required(ref: string): Promise<boolean>;
  options(ref: string): Promise<string[]>;
  label(ref: string): Promise<string>;
  languages(): Promise<string[]>;
  setLanguage(name: string): Promise<void>;
}

type Odk = Record<string, (...a: unknown[]) => unknown>;

export async function loadInEngine(browser: Browser, origin: string, xml: string): Promise<OdkForm & { page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(origin);
  await page.waitForFunction(() => 'odk' in window);
  const call = <T>(fn: string, ...args: unknown[]) =>
    page.evaluate(([f, a]) => (window as unknown as { odk: Odk }).odk[f as string](...(a as unknown[])), [fn, args] as const) as Promise<T>;
  const fields = await call<string[]>('load', xml);
  return {
    page,
    errors,
    fields,
    set: (r, v) => call('set', r, v),
    relevant: (r) => call('relevant', r),
    refs: () => call('refs'),
    value: (r) => call('value', r),
    valid: (r) => call('valid', r),
    required: (r) => call('required', r),
    options: (r) => call('options', r),
    label: (r) => call('label', r),
    languages: () => call('languages'),
    setLanguage: (n) => call('setLanguage', n),
  };
}
