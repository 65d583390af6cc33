// AnalysisResult → ReportView: every label picked in the report's language (falling
// back to the survey's default language), every number carried unrounded, and what the
// result does not state directly derived here (axis ranges of targets, the measures of
// a breakdown, wave series, rule descriptions, estimator notes in the language).
import type {
  AnalysisResult,
  Breakdown,
  DriversResult,
  Labels,
  QualityRuleRef,
  TargetResult,
  TopResult,
  WaveComparison,
} from '../result.ts';
import { fixed } from './format.ts';
import { pick, uiStrings, type UiStrings } from './ui-strings.ts';
import type { BreakdownView, DriversView, Interval, ReportView, TargetView, TopView, WaveView } from './view.ts';

interface Ctx {
  lang: string;
  fallback: string;
  ui: UiStrings;
  zh: boolean;
  result: AnalysisResult;
}

const MAX_TEXT = 500;

/** A respondent's text as the report shows it: C0/C1 controls (but line breaks) replaced, at most 500 characters. */
export function shown(text: string): string {
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\ufffd').trim();
  const chars = Array.from(clean);
  return chars.length > MAX_TEXT ? `${chars.slice(0, MAX_TEXT).join('')}…` : clean;
}

const num = (x: number | undefined): number | null => (x === undefined || !Number.isFinite(x) ? null : x);

/** A survey label in the report language; a piping placeholder (`{displeased}`) has no single value over many respondents and reads "…". */
function label(c: Ctx, l: Labels | undefined, otherwise: string): string {
  return (pick(l, c.lang, c.fallback) || otherwise).replace(/\{[A-Za-z_][A-Za-z0-9_]*\}/g, '…');
}

/** The label of an item, a score, an NPS result or a group id, else the id itself. */
function subjectLabel(c: Ctx, id: string): string {
  const r = c.result;
  const found =
    r.scores.find((s) => s.id === id)?.label ?? r.items.find((i) => i.variable === id)?.label ?? r.nps.find((n) => n.id === id)?.label;
  return label(c, found, id);
}

/** Engine-written text (English and Chinese): Chinese for any zh-* report, else English. */
function bilingual(c: Ctx, text: Labels): string {
  return pick(text, c.zh ? 'zh' : 'en', 'en');
}

function ruleText(rule: QualityRuleRef, zh: boolean): string {
  switch (rule.kind) {
    case 'answered':
      return zh ? `作答比例 ${rule.op} ${fixed(rule.value * 100, 0)}%` : `answered ${rule.op} ${fixed(rule.value * 100, 0)}%`;
    case 'duration':
      return zh ? `用时 ${rule.op} ${rule.seconds} 秒` : `duration ${rule.op} ${rule.seconds} s`;
    case 'straightline':
      return zh ? `直线作答(${rule.target})` : `straight-lining on ${rule.target}`;
    case 'attention':
      return zh ? `注意力检查 ${rule.question} 应为 ${rule.expected}` : `attention check: ${rule.question} should be ${rule.expected}`;
    case 'when':
      return zh ? `条件 ${rule.condition}` : `condition ${rule.condition}`;
  }
}

function target(c: Ctx, t: TargetResult): TargetView {
  const rate = t.kind === 'response-rate';
  const k = rate ? 100 : 1;
  const est = t.estimate;
  const score = c.result.scores.find((s) => s.id === t.subject);
  const nps = c.result.nps.find((n) => n.id === t.subject);
  const range: Interval = rate
    ? [0, 100]
    : (score?.range ?? (nps ? [-100, 100] : [Math.min(0, t.value, est?.estimate ?? 0), Math.max(t.value, est?.estimate ?? 0) * 1.1 || 1]));
  return {
    label: rate ? label(c, t.label, c.ui.responseRate) : label(c, t.label, subjectLabel(c, t.subject)),
    op: t.op,
    value: t.value * k,
    estimate: est ? est.estimate * k : null,
    interval: est ? [est.ci[0] * k, est.ci[1] * k] : null,
    met: t.status === 'unknown' ? null : t.status === 'met',
    range,
    unit: rate ? '%' : '',
  };
}

function top(c: Ctx, t: TopResult): TopView {
  const cond = t.condition ? ` (${c.zh ? '回答' : 'answering'} ${t.condition.op} ${t.condition.value})` : '';
  const title =
    t.kind === 'items'
      ? c.zh
        ? `${c.ui.topItems} TOP ${t.count}${cond}`
        : `Top ${t.count}: ${c.ui.topItems.toLowerCase()}${cond}`
      : c.zh
        ? `${c.ui.topOptions} TOP ${t.count}:${subjectLabel(c, t.name)}`
        : `Top ${t.count} options: ${subjectLabel(c, t.name)}`;
  return {
    name: t.name,
    title,
    rows: t.entries.map((e) => ({ label: label(c, e.label, e.id), count: e.count, n: e.n, share: e.share })),
  };
}

function drivers(c: Ctx, d: DriversResult): DriversView {
  const quadrant = { strength: c.ui.strength, improve: c.ui.improve, maintain: c.ui.maintain, 'low-priority': c.ui.lowPriority };
  return {
    outcome: label(c, d.label, subjectLabel(c, d.outcome)),
    split: d.split ?? null,
    r2: num(d.rSquared),
    rows: d.drivers.map((r) => ({
      label: label(c, r.label, r.variable),
      correlation: num(r.correlation),
      beta: num(r.beta),
      importance: num(r.importance),
      performance: num(r.performance),
      quadrant: r.quadrant ? quadrant[r.quadrant] : '',
    })),
  };
}

function breakdown(c: Ctx, b: Breakdown): BreakdownView {
  const subjects: Array<{ subject: string; kind: string }> = [];
  for (const g of b.groups)
    for (const cell of g.cells)
      if (!subjects.some((s) => s.subject === cell.subject && s.kind === cell.subjectKind))
        subjects.push({ subject: cell.subject, kind: cell.subjectKind });
  const groupColumn = subjects.every((s) => s.kind === 'group');
  return {
    by: label(c, b.by.label, b.by.id),
    // Tag and section groups hold one cell each (the group's own index): one column.
    measures: groupColumn ? [c.zh ? '指数(0–100)' : 'Index (0–100)'] : subjects.map((s) => subjectLabel(c, s.subject)),
    rows: b.groups.map((g) => ({
      group: label(c, g.label, g.key),
      n: g.n,
      values: groupColumn
        ? [num(g.cells[0]?.estimate?.estimate ?? g.cells[0]?.mean)]
        : subjects.map((s) => {
            const cell = g.cells.find((x) => x.subject === s.subject && x.subjectKind === s.kind);
            return num(cell?.estimate?.estimate ?? cell?.mean);
          }),
    })),
  };
}

/**
 * Waves: the trend lines on one 0–100 axis — scores whose range is 0–100 and rating items
 * as POMP, (mean − min) / (max − min) × 100 — so a 1–5 item and a 0–100 index can share a
 * chart; shares and other scores are in the change table only. The change is the last wave
 * against the one before it, as the engine tests it.
 */
function waves(c: Ctx, w: WaveComparison | undefined): WaveView | null {
  if (!w || w.waves.length < 2) return null;
  const names = w.waves.map((x) => x.label);
  const before = names[names.length - 2];
  const last = names[names.length - 1];
  const title = (ch: WaveComparison['changes'][number]) =>
    `${label(c, ch.label, ch.subject)}${ch.subjectKind === 'top2box' ? ` (${c.ui.top2})` : ''}`;
  const series = w.changes.flatMap((ch) => {
    const range =
      ch.subjectKind === 'score'
        ? c.result.scores.find((s) => s.id === ch.subject)?.range
        : ch.subjectKind === 'item'
          ? c.result.items.find((i) => i.variable === ch.subject && i.type === 'ordinal')?.range
          : undefined;
    if (!range || (ch.subjectKind === 'score' && (range[0] !== 0 || range[1] !== 100))) return [];
    const pomp = (x: number | undefined) => (x === undefined ? x : ((x - range[0]) / (range[1] - range[0])) * 100);
    return [
      {
        label: ch.subjectKind === 'item' ? `${title(ch)} (0–100)` : title(ch),
        values: names.map((n) => num(pomp(ch.values.find((v) => v.wave === n)?.estimate))),
      },
    ];
  });
  return {
    waves: names,
    series,
    changes: w.changes.map((ch) => ({ label: title(ch), from: before, to: last, change: num(ch.change), p: num(ch.p) })),
  };
}

function notes(c: Ctx): string[] {
  const r = c.result;
  const out = r.estimators.map((e) => bilingual(c, e.text)).filter(Boolean);
  const w = r.weighting;
  if (w)
    out.push(
      c.zh
        ? `按 ${w.stratification}(变量 ${w.variable})分层加权:设计权重 N_h / m_h;设计效应 ${fixed(w.deff, 3)},有效样本量 ${fixed(w.effectiveN, 1)};${w.fpc ? '使用' : '不使用'}有限总体校正。`
        : `Weighted by ${w.stratification} (variable ${w.variable}): design weights N_h / m_h; design effect ${fixed(w.deff, 3)}, effective sample size ${fixed(w.effectiveN, 1)}; finite-population correction ${w.fpc ? 'applied' : 'not applied'}.`,
    );
  const scoreNotes = r.scores.map((s) => `${label(c, s.label, s.id)}${c.zh ? ':' : ': '}${bilingual(c, s.missingPolicy)}`);
  return [...out, ...scoreNotes];
}

export function toView(result: AnalysisResult, language?: string): ReportView {
  const lang = language ?? result.survey.defaultLanguage;
  const c: Ctx = {
    lang,
    fallback: result.survey.defaultLanguage,
    ui: uiStrings(lang),
    zh: lang === 'zh' || lang.startsWith('zh-'),
    result,
  };
  const rr = result.responseRates;
  return {
    language: lang,
    surveyId: result.survey.id,
    title: label(c, result.survey.title, result.survey.id),
    targets: result.targets.map((t) => target(c, t)),
    counts: { ...result.counts },
    ...(result.screenOuts ? { screenOuts: result.screenOuts } : {}),
    exclusions: result.excluded.map((e) => ({
      id: e.responseId ?? `${e.file}:${e.row}`,
      source: e.responseId ? `${e.file}:${e.row}` : '',
      rule: ruleText(e.rule, c.zh),
      detail: bilingual(c, e.detail),
    })),
    quality: result.quality.map((q) => ({ rule: ruleText(q.rule, c.zh), method: bilingual(c, q.method), excluded: q.excluded })),
    invalid: result.invalid.map((e) => ({
      file: e.file,
      row: e.row,
      reason: e.reasons.map((x) => (x.path ? `${x.path}: ${x.message}` : x.message)).join('; '),
    })),
    items: result.items.map((i) => ({
      name: i.variable,
      label: label(c, i.label, i.variable),
      n: i.n,
      mean: num(i.mean),
      sd: num(i.sd),
      top2: i.top2Box ? i.top2Box.estimate : null,
      distribution: i.distribution.map((d) => ({
        code: String(d.value),
        // An option offered to only some respondents: its share is of those, said with the label.
        label: `${label(c, d.label, String(d.value))}${d.missingCode ? ` (${c.ui.missingCode})` : ''}${
          d.offeredTo !== undefined ? ` (${c.ui.offeredTo.replace('{n}', String(d.offeredTo))})` : ''
        }`,
        count: d.count,
        share: d.weightedShare ?? d.share,
      })),
    })),
    scores: result.scores
      .filter((s) => !s.aggregate || !result.nps.some((n) => n.id === s.id))
      .map((s) => ({
        id: s.id,
        label: label(c, s.label, s.id),
        n: s.n,
        estimate: num(s.estimate?.estimate),
        mean: num(s.mean),
        sd: num(s.sd),
        interval: s.estimate ? s.estimate.ci : null,
        range: s.range ?? [0, 100],
      })),
    nps: result.nps.map((n) => ({
      id: n.id,
      label: label(c, n.label, n.id),
      n: n.n,
      promoters: n.promoters.count,
      passives: n.passives.count,
      detractors: n.detractors.count,
      nps: n.nps.estimate,
      interval: n.nps.ci,
    })),
    top: result.top.map((t) => top(c, t)),
    drivers: result.drivers.map((d) => drivers(c, d)),
    breakdowns: result.breakdowns.map((b) => breakdown(c, b)),
    responseRates: rr
      ? [
          ...rr.strata.map((s) => ({
            stratum: label(c, s.label, s.id),
            invited: num(s.invited),
            completed: s.received,
            analysed: s.analysed,
            rate: num(s.rate),
          })),
          {
            stratum: c.ui.overall,
            invited: num(rr.overall.invited),
            completed: rr.overall.received,
            analysed: rr.overall.analysed,
            rate: num(rr.overall.rate),
          },
        ].filter((x) => rr.source !== 'none' || x.invited !== null)
      : [],
    alphas: result.alpha.map((a) => ({ label: label(c, a.label, a.subject), items: a.items.length, n: a.n, alpha: num(a.alpha) })),
    ratios: result.ratios.map((r) => ({
      label: label(c, r.label, r.id),
      estimate: num(r.ratio?.estimate),
      interval: r.ratio ? r.ratio.ci : null,
    })),
    waves: waves(c, result.waves),
    texts: (result.texts ?? []).map((t) => ({
      label: label(c, t.label, t.variable),
      answered: t.answered,
      answers: t.sample.map((a) => shown(a.text)),
    })),
    notes: notes(c),
    warnings: result.notes.map((n) => (n.subject ? `${n.subject}: ${n.message}` : n.message)),
  };
}
