// Analysis requests resolved against the survey: which variables each statistic
// covers, what a breakdown splits by, which items a top-N ranks.
import type { AnalysisRequest, Survey } from '@survey/compiler';
import { isRow } from '@survey/compiler';
import { compact } from '../common/json.ts';

/** Items that carry a mean: scale items and numbers (matrix rows included). */
function statItems(survey: Survey): string[] {
  return survey.questions.flatMap((q) =>
    q.kind === 'matrix' ? q.rows.map((r) => r.id) : q.kind === 'rating' || q.kind === 'nps' || q.kind === 'number' ? [q.id] : [],
  );
}

/** Items on a labelled satisfaction-type scale (not NPS): what "top N dissatisfied" ranks. */
function ratingItems(survey: Survey): string[] {
  return survey.questions.flatMap((q) => (q.kind === 'matrix' ? q.rows.map((r) => r.id) : q.kind === 'rating' ? [q.id] : []));
}

function tagIndex(survey: Survey): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (tag: string, id: string) => (out[tag] ??= []).push(id);
  for (const q of survey.questions) {
    if (q.kind === 'matrix') for (const r of q.rows) for (const t of r.tags.length ? r.tags : q.tags) add(t, r.id);
    else for (const t of q.tags) add(t, q.id);
  }
  return out;
}

function breakdownBy(name: string, survey: Survey) {
  if (name === 'tag') return { kind: 'tag' as const, tags: tagIndex(survey) };
  const strat = survey.sample?.stratifications.find((s) => s.id === name);
  if (strat) return compact({ kind: 'stratification' as const, id: name, variable: strat.variable, strata: strat.strata.map((h) => h.id) });
  if (survey.hidden.has(name)) return { kind: 'hidden' as const, id: name };
  return { kind: 'question' as const, id: name };
}

function subjectKind(name: string, survey: Survey): string {
  const v = survey.variables.get(name);
  if (v && !isRow(v) && (v.kind === 'matrix' || v.kind === 'multi')) return 'group';
  if (v) return 'variable';
  return survey.scores.some((s) => s.id === name) ? 'score' : 'variable';
}

export function resolveRequest(r: AnalysisRequest, survey: Survey) {
  switch (r.kind) {
    case 'Items':
      return { kind: 'items', stats: r.stats.map((s) => s.name), variables: statItems(survey) };
    case 'Breakdown':
      return { kind: 'breakdown', by: r.by.map((b) => breakdownBy(b.name, survey)) };
    case 'Top': {
      const name = r.name?.name ?? '';
      if (r.op && r.value)
        return {
          kind: 'top',
          count: r.count?.value ?? 0,
          name,
          condition: { op: r.op, value: r.value.value },
          rankBy: 'share of substantive answers meeting the condition',
          items: ratingItems(survey),
        };
      // `top 3 displeased`: the options of a choice question, by how often they are chosen.
      const v = survey.variables.get(name);
      const codes = v && !isRow(v) ? (v.choices?.options ?? []).map((o) => o.code) : [];
      return {
        kind: 'top',
        count: r.count?.value ?? 0,
        name,
        question: name,
        rankBy: 'share of respondents choosing the option',
        options: codes,
      };
    }
    case 'Drivers':
      return {
        kind: 'drivers',
        outcome: r.outcome?.name ?? '',
        drivers: r.drivers.map((d) => d.name),
        methods: ['correlation', 'standardized-regression', 'importance-performance'],
      };
    case 'Chart':
      return compact({
        kind: 'chart',
        chart: r.chartType?.name ?? 'bar',
        subject: r.subject?.name ?? '',
        subjectKind: subjectKind(r.subject?.name ?? '', survey),
        by: r.by?.name,
      });
    case 'Alpha': {
      const v = survey.variables.get(r.subject?.name ?? '');
      const rows = v && !isRow(v) ? v.rows : [];
      return {
        kind: 'alpha',
        subject: r.subject?.name ?? '',
        items: rows.map((x) => x.id),
        reversed: rows.filter((x) => x.reverse).map((x) => x.id),
        missing: 'listwise',
      };
    }
  }
}
