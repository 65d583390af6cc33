// The Markdown report: the same sections and tables as the HTML one in GitHub
// Flavoured Markdown, each chart as an image link to its own SVG file written beside
// the report (`<survey>.<chart>.svg`), or a note when charts are not written.
import { reportCharts, type ReportCharts } from './charts/index.ts';
import { fileSafe, type ChartSpec } from './charts/spec.ts';
import { status } from './charts/targets.ts';
import { importance } from './charts/drivers.ts';
import { mdCell } from './escape.ts';
import { DASH, fixed, integer, interval, percent } from './format.ts';
import { uiStrings, type UiStrings } from './ui-strings.ts';
import { textCount, type ReportView } from './view.ts';
import { screenOutRows } from './screen-outs.ts';

function mdTable(head: string[], rows: string[][], numeric: number[] = []): string {
  const align = head.map((_, i) => (numeric.includes(i) ? '---:' : '---'));
  return [head, align, ...rows].map((r, k) => `| ${r.map((c) => (k === 1 ? c : mdCell(c))).join(' | ')} |`).join('\n');
}

export function svgFileName(surveyId: string, spec: ChartSpec): string {
  return `${fileSafe(surveyId)}.${spec.id}.svg`;
}

function chart(view: ReportView, spec: ChartSpec | null | undefined, withCharts: boolean): string {
  if (!spec || !withCharts) return '';
  return `![${mdCell(spec.description)}](${encodeURI(svgFileName(view.surveyId, spec))})`;
}

function blocks(view: ReportView, c: ReportCharts, ui: UiStrings, withCharts: boolean): string[] {
  const out: string[] = [];
  const section = (title: string, ...parts: string[]) => out.push(`## ${mdCell(title)}`, ...parts.filter(Boolean));
  section(
    ui.summary,
    view.targets.length
      ? mdTable(
          [ui.targets, ui.target, ui.estimate, ui.interval, ui.status],
          view.targets.map((t) => [
            t.label,
            `${t.op} ${fixed(t.value)}${t.unit}`,
            `${fixed(t.estimate)}${t.unit}`,
            interval(t.interval, 2, t.unit),
            status(t, ui),
          ]),
          [2, 3],
        )
      : ui.none,
    chart(view, c.targets, withCharts),
  );
  const n = view.counts;
  section(
    ui.responses,
    mdTable(
      [ui.responses, ui.count],
      [
        [ui.received, integer(n.received)],
        [ui.invalid, integer(n.invalid)],
        [ui.excluded, integer(n.excluded)],
        ...screenOutRows(view, ui),
        [ui.analysed, integer(n.analysed)],
      ],
      [1],
    ),
    view.quality.length
      ? `### ${mdCell(ui.qualityRules)}\n\n${mdTable(
          [ui.rule, ui.method, ui.excluded],
          view.quality.map((q) => [q.rule, q.method, String(q.excluded)]),
          [2],
        )}`
      : '',
    view.exclusions.length
      ? `### ${mdCell(ui.exclusions)} (${view.exclusions.length})\n\n${mdTable(
          [ui.id, ui.source, ui.rule, ui.detail],
          view.exclusions.map((e) => [e.id, e.source, e.rule, e.detail]),
        )}`
      : '',
    view.invalid.length
      ? `### ${mdCell(ui.invalidResponses)}\n\n${mdTable(
          [ui.file, ui.row, ui.reason],
          view.invalid.map((e) => [e.file, e.row === null ? DASH : String(e.row), e.reason]),
          [1],
        )}`
      : '',
  );
  if (view.scores.length || view.nps.length)
    section(
      ui.scores,
      view.scores.length
        ? mdTable(
            [ui.score, ui.n, ui.mean, ui.sd, ui.estimate, ui.interval],
            view.scores.map((s) => [s.label, String(s.n), fixed(s.mean), fixed(s.sd), fixed(s.estimate), interval(s.interval)]),
            [1, 2, 3, 4, 5],
          )
        : '',
      c.nps ? mdTable(c.nps.table.head, c.nps.table.rows, [1, 2, 3, 4, 5]) : '',
      chart(view, c.nps, withCharts),
    );
  if (view.items.length)
    section(
      ui.items,
      mdTable(
        [ui.item, ui.n, ui.mean, ui.sd, ui.top2],
        view.items.map((i) => [i.label, String(i.n), fixed(i.mean), fixed(i.sd), percent(i.top2)]),
        [1, 2, 3, 4],
      ),
      ...c.distributions.map((d) =>
        `### ${mdCell(d.title)}\n\n${mdTable(d.table.head, d.table.rows, [1, 2])}\n\n${chart(view, d, withCharts)}`.trim(),
      ),
    );
  if (c.top.length)
    section(
      ui.top,
      ...c.top.map((t) =>
        `### ${mdCell(t.title)}\n\n${mdTable(t.table.head, t.table.rows, [2, 3, 4])}\n\n${chart(view, t, withCharts)}`.trim(),
      ),
    );
  if (view.drivers.length)
    section(
      ui.drivers,
      ...view.drivers.map((d, i) =>
        `### ${mdCell(d.outcome)}${d.r2 === null ? '' : ` (${ui.r2} = ${fixed(d.r2, 3)})`}\n\n${mdTable(
          [ui.driver, ui.correlation, ui.beta, ui.importance, ui.performance, ui.quadrantColumn],
          d.rows.map((r) => [
            r.label,
            fixed(r.correlation, 3),
            fixed(r.beta, 3),
            fixed(importance(r), 3),
            fixed(r.performance),
            r.quadrant ?? '',
          ]),
          [1, 2, 3, 4],
        )}\n\n${chart(view, c.drivers[i], withCharts)}`.trim(),
      ),
    );
  if (view.breakdowns.length)
    section(
      ui.breakdowns,
      ...view.breakdowns.map((b, i) =>
        `### ${mdCell(b.by)}\n\n${mdTable(
          [ui.group, ui.n, ...b.measures],
          b.rows.map((r) => [r.group, String(r.n), ...r.values.map((v) => fixed(v))]),
          b.measures.map((_, k) => k + 2).concat(1),
        )}\n\n${chart(view, c.breakdowns[i], withCharts)}`.trim(),
      ),
    );
  if (view.responseRates.length)
    section(
      ui.responseRates,
      mdTable(
        [ui.stratum, ui.invited, ui.completed, ui.analysed2, ui.rate],
        view.responseRates.map((r) => [r.stratum, integer(r.invited), String(r.completed), String(r.analysed), percent(r.rate)]),
        [1, 2, 3, 4],
      ),
    );
  if (view.alphas.length)
    section(
      ui.alpha,
      mdTable(
        [ui.battery, ui.itemCount, ui.n, 'α'],
        view.alphas.map((a) => [a.label, String(a.items), String(a.n), fixed(a.alpha, 3)]),
        [1, 2, 3],
      ),
    );
  if (view.ratios.length)
    section(
      ui.ratios,
      mdTable(
        [ui.ratio, ui.estimate, ui.interval],
        view.ratios.map((r) => [r.label, fixed(r.estimate, 3), interval(r.interval, 3)]),
        [1, 2],
      ),
    );
  if (view.waves && view.waves.waves.length > 1)
    section(
      ui.waves,
      c.trend ? mdTable(c.trend.table.head, c.trend.table.rows, c.trend.table.head.map((_, i) => i).slice(1)) : '',
      chart(view, c.trend, withCharts),
      view.waves.changes.length
        ? mdTable(
            [ui.score, ui.from, ui.to, ui.change, ui.p],
            view.waves.changes.map((x) => [x.label, x.from, x.to, fixed(x.change), fixed(x.p, 4)]),
            [3, 4],
          )
        : '',
    );
  if (view.texts.length)
    section(
      ui.openAnswers,
      ...view.texts.map((t) =>
        [
          `### ${mdCell(t.label)}`,
          t.answers.length
            ? `${mdCell(textCount(t, ui, integer))}\n\n${mdTable(
                ['#', ui.answer],
                t.answers.map((a, i) => [String(i + 1), a]),
                [0],
              )}`
            : mdCell(ui.noAnswers),
        ].join('\n\n'),
      ),
    );
  if (view.notes.length || view.warnings.length)
    section(
      ui.notes,
      view.notes.map((x) => `- ${mdCell(x)}`).join('\n'),
      view.warnings.length ? `### ${mdCell(ui.warnings)}\n\n${view.warnings.map((x) => `- ${mdCell(x)}`).join('\n')}` : '',
    );
  return out;
}

export function renderMarkdown(view: ReportView, withCharts = true): string {
  const ui = uiStrings(view.language);
  const c = reportCharts(view, ui);
  const head = [`# ${mdCell(view.title)}`, `${mdCell(ui.report)} · ${mdCell(view.surveyId)}`];
  if (!withCharts) head.push(`_${mdCell(ui.chartsOmitted)}_`);
  return `${[...head, ...blocks(view, c, ui, withCharts)].join('\n\n')}\n`;
}
