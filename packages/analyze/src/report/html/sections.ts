// The report's sections, in reading order: targets first (what a manager asks),
// then counts and exclusions, scores and NPS, items, TOP-N, drivers, breakdowns,
// response rates, reliability, ratios, waves, and the estimator notes. A section
// with nothing to show is left out, except targets and responses.
import type { ReportCharts } from '../charts/index.ts';
import { status } from '../charts/targets.ts';
import { importance } from '../charts/drivers.ts';
import { esc } from '../escape.ts';
import { DASH, fixed, integer, interval, percent } from '../format.ts';
import type { UiStrings } from '../ui-strings.ts';
import { textCount, type ReportView } from '../view.ts';
import { figure } from './figure.ts';
import { bdi, table } from './table.ts';
import { screenOutRows } from '../screen-outs.ts';

export interface Section {
  id: string;
  title: string;
  body: string;
}

function targetCards(view: ReportView, ui: UiStrings): string {
  if (!view.targets.length) return `<p class="empty">${esc(ui.none)}</p>`;
  const cards = view.targets.map((t) => {
    const cls = t.met === null ? '' : t.met ? ' met' : ' missed';
    return `<li class="card${cls}"><span class="name">${bdi(t.label)}</span><span class="value">${esc(fixed(t.estimate))}${esc(t.unit)}</span><span class="detail">${esc(ui.target)} ${esc(t.op)} ${esc(fixed(t.value))}${esc(t.unit)} · ${esc(ui.interval)} ${esc(interval(t.interval, 2, t.unit))}</span><span class="badge${cls}">${esc(status(t, ui))}</span></li>`;
  });
  return `<ul class="cards">\n${cards.join('\n')}\n</ul>`;
}

function summary(view: ReportView, charts: ReportCharts, ui: UiStrings): Section {
  const rows = view.targets.map((t) => [
    t.label,
    `${t.op} ${fixed(t.value)}${t.unit}`,
    `${fixed(t.estimate)}${t.unit}`,
    interval(t.interval, 2, t.unit),
    status(t, ui),
  ]);
  const body = [
    targetCards(view, ui),
    view.targets.length
      ? table({ caption: ui.targets, head: [ui.targets, ui.target, ui.estimate, ui.interval, ui.status], rows, numeric: [2, 3] })
      : '',
    charts.targets ? figure(charts.targets, ui) : '',
  ];
  return { id: 'targets', title: ui.summary, body: body.filter(Boolean).join('\n') };
}

function responses(view: ReportView, ui: UiStrings): Section {
  const c = view.counts;
  const body = [
    table({
      caption: ui.responses,
      head: [ui.responses, ui.count],
      rows: [
        [ui.received, integer(c.received)],
        [ui.invalid, integer(c.invalid)],
        [ui.excluded, integer(c.excluded)],
        ...screenOutRows(view, ui),
        [ui.analysed, integer(c.analysed)],
      ],
    }),
    view.quality.length
      ? table({
          caption: ui.qualityRules,
          head: [ui.rule, ui.method, ui.excluded],
          rows: view.quality.map((q) => [q.rule, q.method, String(q.excluded)]),
          numeric: [2],
        })
      : '',
    view.exclusions.length
      ? table({
          caption: `${ui.exclusions} (${view.exclusions.length})`,
          head: [ui.id, ui.source, ui.rule, ui.detail],
          rows: view.exclusions.map((e) => [e.id, e.source, e.rule, e.detail]),
          numeric: [],
        })
      : '',
    view.invalid.length
      ? table({
          caption: `${ui.invalidResponses} (${view.invalid.length})`,
          head: [ui.file, ui.row, ui.reason],
          rows: view.invalid.map((e) => [e.file, e.row === null ? DASH : String(e.row), e.reason]),
          numeric: [1],
        })
      : '',
  ];
  return { id: 'responses', title: ui.responses, body: body.filter(Boolean).join('\n') };
}

function scores(view: ReportView, charts: ReportCharts, ui: UiStrings): Section | null {
  if (!view.scores.length && !view.nps.length) return null;
  const body = [
    view.scores.length
      ? table({
          caption: ui.scores,
          head: [ui.score, ui.n, ui.mean, ui.sd, ui.estimate, ui.interval],
          rows: view.scores.map((s) => [s.label, String(s.n), fixed(s.mean), fixed(s.sd), fixed(s.estimate), interval(s.interval)]),
          numeric: [1, 2, 3, 4, 5],
        })
      : '',
    charts.nps ? figure(charts.nps, ui) : '',
  ];
  return { id: 'scores', title: ui.scores, body: body.filter(Boolean).join('\n') };
}

function items(view: ReportView, charts: ReportCharts, ui: UiStrings): Section | null {
  if (!view.items.length) return null;
  const rows = view.items.map((i) => [i.label, String(i.n), fixed(i.mean), fixed(i.sd), percent(i.top2)]);
  const body = [
    table({ caption: ui.items, head: [ui.item, ui.n, ui.mean, ui.sd, ui.top2], rows, numeric: [1, 2, 3, 4] }),
    charts.distributions.length ? `<div class="charts">\n${charts.distributions.map((c) => figure(c, ui)).join('\n')}\n</div>` : '',
  ];
  return { id: 'items', title: ui.items, body: body.filter(Boolean).join('\n') };
}

function top(charts: ReportCharts, ui: UiStrings): Section | null {
  if (!charts.top.length) return null;
  return {
    id: 'top',
    title: ui.top,
    body: charts.top.map((c) => table({ caption: c.title, ...c.table }) + '\n' + figure(c, ui)).join('\n'),
  };
}

function drivers(view: ReportView, charts: ReportCharts, ui: UiStrings): Section | null {
  if (!view.drivers.length) return null;
  const body = view.drivers.map((d, i) => {
    const rows = d.rows.map((r) => [
      r.label,
      fixed(r.correlation, 3),
      fixed(r.beta, 3),
      fixed(importance(r), 3),
      fixed(r.performance),
      r.quadrant ?? '',
    ]);
    const caption = `${ui.drivers}: ${d.outcome}${d.r2 === null ? '' : ` (${ui.r2} = ${fixed(d.r2, 3)})`}`;
    const chart = charts.drivers[i];
    return [
      table({
        caption,
        head: [ui.driver, ui.correlation, ui.beta, ui.importance, ui.performance, ui.quadrantColumn],
        rows,
        numeric: [1, 2, 3, 4],
      }),
      chart ? figure(chart, ui) : '',
    ]
      .filter(Boolean)
      .join('\n');
  });
  return { id: 'drivers', title: ui.drivers, body: body.join('\n') };
}

function breakdowns(view: ReportView, charts: ReportCharts, ui: UiStrings): Section | null {
  if (!view.breakdowns.length) return null;
  const body = view.breakdowns.map((b, i) => {
    const chart = charts.breakdowns[i];
    return [
      table({
        caption: `${ui.breakdowns}: ${b.by}`,
        head: [ui.group, ui.n, ...b.measures],
        rows: b.rows.map((r) => [r.group, String(r.n), ...r.values.map((v) => fixed(v))]),
        numeric: b.measures.map((_, k) => k + 2).concat(1),
      }),
      chart ? figure(chart, ui) : '',
    ]
      .filter(Boolean)
      .join('\n');
  });
  return { id: 'breakdowns', title: ui.breakdowns, body: body.join('\n') };
}

function responseRates(view: ReportView, ui: UiStrings): Section | null {
  if (!view.responseRates.length) return null;
  const rows = view.responseRates.map((r) => [r.stratum, integer(r.invited), String(r.completed), String(r.analysed), percent(r.rate)]);
  return {
    id: 'response-rates',
    title: ui.responseRates,
    body: table({
      caption: ui.responseRates,
      head: [ui.stratum, ui.invited, ui.completed, ui.analysed2, ui.rate],
      rows,
      numeric: [1, 2, 3, 4],
    }),
  };
}

function alphas(view: ReportView, ui: UiStrings): Section | null {
  if (!view.alphas.length) return null;
  const rows = view.alphas.map((a) => [a.label, String(a.items), String(a.n), fixed(a.alpha, 3)]);
  return {
    id: 'alpha',
    title: ui.alpha,
    body: table({ caption: ui.alpha, head: [ui.battery, ui.itemCount, ui.n, 'α'], rows, numeric: [1, 2, 3] }),
  };
}

function ratios(view: ReportView, ui: UiStrings): Section | null {
  if (!view.ratios.length) return null;
  const rows = view.ratios.map((r) => [r.label, fixed(r.estimate, 3), interval(r.interval, 3)]);
  return {
    id: 'ratios',
    title: ui.ratios,
    body: table({ caption: ui.ratios, head: [ui.ratio, ui.estimate, ui.interval], rows, numeric: [1, 2] }),
  };
}

function waves(view: ReportView, charts: ReportCharts, ui: UiStrings): Section | null {
  const w = view.waves;
  if (!w || w.waves.length < 2) return null;
  const body = [
    charts.trend ? figure(charts.trend, ui) : '',
    w.changes.length
      ? table({
          caption: ui.change,
          head: [ui.score, ui.from, ui.to, ui.change, ui.p],
          rows: w.changes.map((c) => [c.label, c.from, c.to, fixed(c.change), fixed(c.p, 4)]),
          numeric: [3, 4],
        })
      : '',
  ];
  return { id: 'waves', title: ui.waves, body: body.filter(Boolean).join('\n') };
}

/** Open answers: respondents' own words, escaped and direction-isolated like every user string. */
function texts(view: ReportView, ui: UiStrings): Section | null {
  if (!view.texts.length) return null;
  const body = view.texts.map((t) => {
    const count = textCount(t, ui, integer);
    const list = t.answers.length
      ? `<p class="sub">${esc(count)}</p>\n<ul class="answers">\n${t.answers.map((a) => `<li>${bdi(a)}</li>`).join('\n')}\n</ul>`
      : `<p class="empty">${esc(ui.noAnswers)}</p>`;
    return `<h3>${bdi(t.label)}</h3>\n${list}`;
  });
  return { id: 'open-answers', title: ui.openAnswers, body: body.join('\n') };
}

function notes(view: ReportView, ui: UiStrings): Section | null {
  if (!view.notes.length && !view.warnings.length) return null;
  const list = (cls: string, xs: string[]) => `<ul class="${cls}">\n${xs.map((n) => `<li>${bdi(n)}</li>`).join('\n')}\n</ul>`;
  const body = [
    view.notes.length ? list('notes', view.notes) : '',
    view.warnings.length ? `<h3>${esc(ui.warnings)}</h3>\n${list('warnings', view.warnings)}` : '',
  ];
  return { id: 'notes', title: ui.notes, body: body.filter(Boolean).join('\n') };
}

export function sections(view: ReportView, charts: ReportCharts, ui: UiStrings): Section[] {
  return [
    summary(view, charts, ui),
    responses(view, ui),
    scores(view, charts, ui),
    items(view, charts, ui),
    top(charts, ui),
    drivers(view, charts, ui),
    breakdowns(view, charts, ui),
    responseRates(view, ui),
    alphas(view, ui),
    ratios(view, ui),
    waves(view, charts, ui),
    texts(view, ui),
    notes(view, ui),
  ].filter((s): s is Section => s !== null);
}
