// A chart as a figure: the caption, the static SVG (role="img" with the chart's
// description as its accessible name) and its data as a table in a <details>.
import type { ChartSpec } from '../charts/spec.ts';
import { renderSvg } from '../charts/svg.ts';
import type { UiStrings } from '../ui-strings.ts';
import { esc } from '../escape.ts';
import { bdi, table } from './table.ts';

export function figure(spec: ChartSpec, ui: UiStrings): string {
  return `<figure id="fig-${esc(spec.id)}">
<figcaption>${bdi(spec.title)}</figcaption>
${renderSvg(spec)}
<details><summary>${esc(ui.dataTable)}</summary>
${table({ caption: spec.title, head: spec.table.head, rows: spec.table.rows })}
</details>
</figure>`;
}
