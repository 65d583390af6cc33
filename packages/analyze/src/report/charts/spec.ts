// A chart of the report: its ECharts option (plain JSON, written to <id>.charts.json
// so users can restyle it), the words that make it accessible (a caption and a
// one-sentence description for aria-label) and the data table shown beside it.
import type { EChartsOption } from 'echarts';

interface DataTable {
  head: string[];
  rows: string[][];
}

export interface ChartSpec {
  /** Stable and unique within a report; safe in file names and HTML ids. */
  id: string;
  title: string;
  /** What the chart shows, in words (aria-label of the SVG). */
  description: string;
  width: number;
  height: number;
  option: EChartsOption;
  table: DataTable;
}

/** A file- and id-safe chart id from a kind, a position and a survey name. */
export function chartId(kind: string, index: number, name = ''): string {
  const safe = name.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 40);
  return safe ? `${kind}-${index + 1}-${safe}` : `${kind}-${index + 1}`;
}

/** Shortens a label for an axis (the data table keeps the full text). Counts code points. */
export function short(label: string, max = 24): string {
  const chars = Array.from(label.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** A survey id made safe as a file-name part (ids are identifiers already; this is a guard). */
export function fileSafe(name: string): string {
  return name.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^\.+/, '_') || 'survey';
}
