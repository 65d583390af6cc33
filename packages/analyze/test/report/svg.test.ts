// The static SVG: byte-identical on every render (zrender's global counters
// neutralised), fit for a hash-only CSP (no style attributes or elements), accessible
// (role="img" + aria-label), Chinese text kept, hostile text escaped.
import { describe, expect, it } from 'vitest';
import { allCharts, reportCharts } from '../../src/report/charts/index.ts';
import { renderSvg } from '../../src/report/charts/svg.ts';
import { uiStrings } from '../../src/report/ui-strings.ts';
import { hostileView, zhView } from './views.ts';

const charts = allCharts(reportCharts(zhView(), uiStrings('zh')));

describe('renderSvg', () => {
  it('is deterministic, even with other charts rendered in between', () => {
    const first = charts.map((c) => renderSvg(c));
    const again = [...charts]
      .reverse()
      .map((c) => renderSvg(c))
      .reverse();
    expect(again).toEqual(first);
  });

  it('has no style attribute, <style>, class or zrender ids, and ids unique to the chart', () => {
    for (const c of charts) {
      const svg = renderSvg(c);
      expect(svg).not.toMatch(/\sstyle=|<style|\sclass=|ecmeta_|zr\d+-/);
      for (const m of svg.matchAll(/\sid="([^"]+)"/g)) expect(m[1].startsWith(`chart-${c.id}`)).toBe(true);
    }
  });

  it('is an accessible image with the description as its name and keeps Chinese text', () => {
    const svg = renderSvg(charts.find((c) => c.id.startsWith('nps'))!);
    expect(svg).toMatch(
      /^<svg id="chart-nps-1" role="img" aria-label="净推荐值: 净推荐值 NPS 52.5; 贬损者 10.0%, 中立者 27.5%, 推荐者 62.5%"/,
    );
    expect(svg).toContain('>推荐者</text>');
    expect(svg).toContain("font-family=\"'Noto Sans CJK SC'");
  });

  it('a standalone file keeps its size and namespace', () => {
    const svg = renderSvg(charts[0], true);
    expect(svg).toMatch(/^<svg width="\d+" height="\d+" role="img" aria-label="[^"]*" xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('escapes hostile labels: no tag or attribute comes out of them', () => {
    for (const c of allCharts(reportCharts(hostileView(), uiStrings('zh')))) {
      const svg = renderSvg(c);
      expect(svg).not.toMatch(/<script|<img|<\/style|<svg onload/i);
      for (const [tag, name] of svg.matchAll(/<([a-zA-Z]+)[^>]*>/g)) {
        expect(['svg', 'rect', 'path', 'text', 'g', 'clipPath', 'defs', 'circle', 'polyline', 'polygon', 'tspan']).toContain(name);
        // Every attribute is name="value" with no raw quote inside; no event handler.
        const rest = tag.slice(name.length + 1, -1).replace(/\s[\w:-]+="[^"]*"/g, '');
        expect(rest.trim()).toBe('');
        for (const [, attr] of tag.matchAll(/\s([\w:-]+)="/g)) expect(attr).not.toMatch(/^on/i);
      }
    }
  });
});
