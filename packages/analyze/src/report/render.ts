// The report files of one analysed survey, from its view:
//   html → <id>.report.html (standalone, charts inline) + <id>.charts.json (the ECharts
//          options, to restyle and re-render elsewhere);
//   md   → <id>.report.md + one <id>.<chart>.svg per chart it links to;
//   json → written by renderReport from the result itself (see index.ts).
import { allCharts, reportCharts } from './charts/index.ts';
import { fileSafe } from './charts/spec.ts';
import { renderSvg } from './charts/svg.ts';
import { renderHtml } from './html/page.ts';
import { renderMarkdown, svgFileName } from './markdown.ts';
import { uiStrings } from './ui-strings.ts';
import type { ReportView } from './view.ts';

export interface ReportFile {
  fileName: string;
  contents: string;
}

export const CHARTS_FORMAT = 'survey-report-charts/1';

export function chartsJson(view: ReportView): string {
  const charts = allCharts(reportCharts(view, uiStrings(view.language))).map((c) => ({
    id: c.id,
    title: c.title,
    description: c.description,
    width: c.width,
    height: c.height,
    option: c.option,
  }));
  return `${JSON.stringify({ format: CHARTS_FORMAT, survey: view.surveyId, language: view.language, charts }, null, 2)}\n`;
}

export function renderViewFiles(view: ReportView, format: 'html' | 'md', options: { charts?: boolean } = {}): ReportFile[] {
  if (format === 'html')
    return [
      { fileName: `${fileSafe(view.surveyId)}.report.html`, contents: renderHtml(view) },
      { fileName: `${fileSafe(view.surveyId)}.charts.json`, contents: chartsJson(view) },
    ];
  const withCharts = options.charts ?? true;
  const files: ReportFile[] = [{ fileName: `${fileSafe(view.surveyId)}.report.md`, contents: renderMarkdown(view, withCharts) }];
  if (withCharts)
    for (const spec of allCharts(reportCharts(view, uiStrings(view.language))))
      files.push({
        fileName: svgFileName(view.surveyId, spec),
        contents: `<?xml version="1.0" encoding="UTF-8"?>\n${renderSvg(spec, true)}\n`,
      });
  return files;
}
