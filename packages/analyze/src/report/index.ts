// Public face of the report: render a report view to HTML (+ chart specs) or Markdown
// (+ SVG files). renderReport(result, options), which maps an AnalysisResult onto the
// view first, is added beside it once the result type is on main.
export { renderViewFiles, chartsJson, CHARTS_FORMAT, type ReportFile } from './render.ts';
export { renderHtml } from './html/page.ts';
export { renderMarkdown } from './markdown.ts';
export { reportCharts, allCharts } from './charts/index.ts';
export type { ChartSpec } from './charts/spec.ts';
export type * from './view.ts';
export { renderReport, type ReportFormat, type ReportOptions } from './render-report.ts';
export { toView } from './from-result.ts';
