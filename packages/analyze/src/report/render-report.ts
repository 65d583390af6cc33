// renderReport: an AnalysisResult to report files in one format and language.
//   html → <id>.report.html + <id>.charts.json   md → <id>.report.md + <id>.<chart>.svg
//   json → <id>.result.json, the result itself with keys sorted (byte-stable)
import type { AnalysisResult } from '../result.ts';
import { fileSafe } from './charts/spec.ts';
import { toView } from './from-result.ts';
import { renderViewFiles, type ReportFile } from './render.ts';
import { stableJson } from './stable-json.ts';

export type ReportFormat = 'html' | 'json' | 'md';

export interface ReportOptions {
  format: ReportFormat;
  /** The report's language; the survey's default language when not given. */
  language?: string;
  /** Markdown only: write the charts as SVG files (default) or leave them out with a note. */
  charts?: boolean;
}

export function renderReport(result: AnalysisResult, options: ReportOptions): ReportFile[] {
  if (options.format === 'json') return [{ fileName: `${fileSafe(result.survey.id)}.result.json`, contents: stableJson(result) }];
  return renderViewFiles(toView(result, options.language), options.format, { charts: options.charts });
}
