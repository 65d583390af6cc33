// Accessible tables: a caption, column headers with scope="col", the first cell of
// each row a row header with scope="row", numbers right-aligned. Cells are escaped
// here, so callers pass plain text.
import { esc } from '../escape.ts';

export interface TableInput {
  caption: string;
  head: string[];
  rows: string[][];
  /** Column indexes holding numbers (right-aligned). */
  numeric?: number[];
}

const NUMBER = /^[-+]?(?:[\d.]+%?|–|\[.*\])$/;

export function table(t: TableInput): string {
  const numeric = new Set(t.numeric ?? t.head.map((_, i) => i).filter((i) => i > 0 && t.rows.every((r) => NUMBER.test(r[i] ?? ''))));
  const cls = (i: number) => (numeric.has(i) ? ' class="num"' : '');
  const head = t.head.map((h, i) => `<th scope="col"${cls(i)}>${esc(h)}</th>`).join('');
  const body = t.rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${bdi(c)}</th>` : `<td${cls(i)}>${bdi(c)}</td>`)).join('')}</tr>`)
    .join('\n');
  return `<div class="table" role="region" tabindex="0" aria-label="${esc(t.caption)}"><table>
<caption>${bdi(t.caption)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table></div>`;
}

/** User text, escaped and isolated for direction (RTL marks cannot reorder the page). */
export function bdi(text: string): string {
  return `<bdi>${esc(text)}</bdi>`;
}
