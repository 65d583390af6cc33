// ECharts' server-side SVG rendering (no DOM), made fit for a page with a strict CSP
// and for byte-identical output:
// - zrender numbers its instances and CSS classes from process-wide counters, so the
//   same chart rendered twice differs; classes, the hover <style> block and the
//   ecmeta_* attributes only serve interactivity, which a static chart has none of,
//   so they are removed, and clip-path ids are renamed after the chart (unique in
//   the page, the same on every run);
// - text styles come as style="" attributes, which a hash-only style-src blocks; they
//   become SVG presentation attributes (font-size="12px" ...);
// - the root <svg> gets role="img", an aria-label and an id, and no fixed size so it
//   scales with the page (the viewBox keeps the aspect ratio).
// Survey text inside the SVG is escaped by zrender (&lt; &gt; &quot; &amp;), so tags
// and attribute quotes seen by the regular expressions below are always zrender's.
import * as echarts from 'echarts';
import { esc } from '../escape.ts';
import type { ChartSpec } from './spec.ts';

const presentation = new Set(['font-size', 'font-family', 'font-weight', 'font-style', 'fill', 'opacity', 'stroke']);

function styleToAttributes(style: string): string {
  const out: string[] = [];
  for (const decl of style.split(';')) {
    const colon = decl.indexOf(':');
    if (colon < 0) continue;
    const name = decl.slice(0, colon).trim();
    const value = decl.slice(colon + 1).trim();
    if (presentation.has(name) && value) out.push(`${name}="${value.replace(/"/g, "'")}"`);
  }
  return out.join(' ');
}

/** Rewrites one zrender tag (never text: zrender escapes `<` in text, so every `<...>` is a tag). */
function cleanTag(tag: string, id: string): string {
  return tag
    .replace(/\s(?:class|ecmeta_[a-z_]+)="[^"]*"/g, '')
    .replace(/\sstyle="([^"]*)"/g, (_, s: string) => {
      const attrs = styleToAttributes(s);
      return attrs ? ` ${attrs}` : '';
    })
    .replace(/(id="|url\(#|href="#)zr\d+-/g, `$1${id}-`);
}

function cleanSvg(svg: string, id: string, label: string, standalone = false): string {
  const root = standalone
    ? (_: string, w: string, h: string) => `<svg width="${w}" height="${h}" role="img" aria-label="${esc(label)}"`
    : (_: string, w: string, h: string) =>
        `<svg id="${esc(id)}" role="img" aria-label="${esc(label)}" data-width="${w}" data-height="${h}"`;
  return svg
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>\s*/g, '')
    .replace(/<[^>]+>/g, (tag) => cleanTag(tag, id))
    .replace(/^<svg width="(\d+)" height="(\d+)"/, root)
    .replace(/\n+/g, '\n')
    .trim();
}

/** The chart as a static, self-contained, deterministic SVG element (or file, when standalone). */
export function renderSvg(spec: ChartSpec, standalone = false): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: spec.width, height: spec.height });
  try {
    chart.setOption(spec.option);
    return cleanSvg(chart.renderToSVGString(), `chart-${spec.id}`, spec.description, standalone);
  } finally {
    chart.dispose();
  }
}
