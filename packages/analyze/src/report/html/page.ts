// The standalone HTML report: one document, no script at all, one <style> allowed by
// hash, nothing loaded from anywhere (default-src 'none'). Charts are inline static SVG.
import { reportCharts } from '../charts/index.ts';
import { sha256 } from '@survey/emitters';
import { esc } from '../escape.ts';
import { uiStrings } from '../ui-strings.ts';
import type { ReportView } from '../view.ts';
import { sections } from './sections.ts';
import { STYLE } from './style.ts';
import { bdi } from './table.ts';

function reportPolicy(style: string): string {
  return ["default-src 'none'", `style-src ${sha256(style)}`, "img-src 'none'", "form-action 'none'", "base-uri 'none'"].join('; ');
}

export function renderHtml(view: ReportView): string {
  const ui = uiStrings(view.language);
  const parts = sections(view, reportCharts(view, ui), ui);
  const toc = parts.map((s) => `<li><a href="#${s.id}">${esc(s.title)}</a></li>`).join('');
  const body = parts
    .map((s) => `<section aria-labelledby="${s.id}">\n<h2 id="${s.id}">${esc(s.title)}</h2>\n${s.body}\n</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="${esc(view.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(reportPolicy(STYLE))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(view.title)} · ${esc(ui.report)}</title>
<style>${STYLE}</style>
</head>
<body>
<main class="wrap">
<header>
<h1>${bdi(view.title)}</h1>
<p class="sub">${esc(ui.report)} · <bdi>${esc(view.surveyId)}</bdi></p>
<nav aria-label="${esc(ui.report)}"><ol>${toc}</ol></nav>
</header>
${body}
</main>
</body>
</html>
`;
}
