// The HTML report: a strict CSP whose style hash matches the one <style>, no script,
// every section with its heading, accessible tables, and user text escaped.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html/page.ts';
import { expectOnlyOwnMarkup } from './markup.ts';
import { enView, HOSTILE, hostileView, zhView } from './views.ts';

describe('HTML report', () => {
  const zh = renderHtml(zhView());
  const en = renderHtml(enView());

  it('has a CSP with default-src none and the hash of its one style element, and no script', () => {
    const csp = zh.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)![1];
    const style = zh.match(/<style>([\s\S]*?)<\/style>/)![1];
    const hash = createHash('sha256').update(style, 'utf8').digest('base64');
    expect(csp).toBe(
      `default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; form-action 'none'; base-uri 'none'`.replace(/'/g, '&#39;'),
    );
    expect(zh.match(/<style/g)).toHaveLength(1);
    expect(zh).not.toMatch(/<script|\sstyle=/i);
    expectOnlyOwnMarkup(zh);
    expectOnlyOwnMarkup(en);
  });

  it('renders in the view language with the sections it has', () => {
    expect(zh).toContain('<html lang="zh">');
    expect(en).toContain('<html lang="en">');
    const headings = (html: string) => [...html.matchAll(/<h2 id="([^"]+)">/g)].map((m) => m[1]);
    expect(headings(zh)).toEqual([
      'targets',
      'responses',
      'scores',
      'items',
      'top',
      'drivers',
      'breakdowns',
      'response-rates',
      'ratios',
      'waves',
      'open-answers',
      'notes',
    ]);
    expect(headings(en)).toEqual(['targets', 'responses', 'scores', 'items', 'top', 'drivers', 'response-rates', 'alpha', 'notes']);
    expect(zh).toContain('<h2 id="targets">目标达成情况</h2>');
    expect(en).toContain('<h2 id="alpha">Reliability (Cronbach&#39;s alpha)</h2>');
  });

  it('lists targets met and missed, exclusions with their rule and invalid rows with file and reason', () => {
    expect(zh).toContain('<span class="badge missed">未达成</span>');
    expect(zh).toContain('<span class="badge met">达成</span>');
    expect(zh).toContain(
      '<tr><th scope="row"><bdi>r-0042</bdi></th><td><bdi>responses.csv:42</bdi></td><td><bdi>直线作答(service)</bdi></td><td><bdi>5 题均为 5</bdi></td></tr>',
    );
    expect(zh).toContain(
      '<tr><th scope="row"><bdi>responses.csv</bdi></th><td class="num"><bdi>12</bdi></td><td><bdi>/answers/experience: 7 不在量表 1..5 中</bdi></td></tr>',
    );
    expect(en).toContain(
      '<bdi>Standard deviations use the n − 1 denominator; missing codes never enter a mean; hidden questions count as unanswered.</bdi>',
    );
    expect(en).toContain('<bdi>Teaching quality (0–100): at least 4 of 6 items</bdi>');
  });

  it('gives every table a caption and scoped headers, and every chart an image role, a name and a data table', () => {
    const tables = zh.match(/<table>/g)!.length;
    expect(zh.match(/<caption>/g)).toHaveLength(tables);
    expect(zh).not.toMatch(/<th>/);
    const svgs = [...zh.matchAll(/<svg [^>]*>/g)].map((m) => m[0]);
    expect(svgs.length).toBe(8);
    for (const s of svgs) expect(s).toMatch(/ role="img" aria-label="[^"]+"/);
    expect(zh.match(/<details>/g)).toHaveLength(svgs.length);
  });

  it('escapes every hostile string', () => {
    const html = renderHtml(hostileView());
    const body = html.slice(html.indexOf('<body>'));
    expectOnlyOwnMarkup(html);
    expect(body).not.toMatch(/<script|<img|<\/?style|<svg onload/i);
    expect(body).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(body).toContain('<bdi>&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;</bdi>');
    expect(html).toContain(`<title>${'&lt;script&gt;window.__pwned=1&lt;/script&gt;'} · 分析报告</title>`);
    expect(HOSTILE.length).toBeGreaterThan(5);
  });

  it('is byte-identical for the same view', () => {
    expect(renderHtml(zhView())).toBe(zh);
  });
});
