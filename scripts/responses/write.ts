// Serialises one response file: JSON Lines and JSON arrays as the form writes its
// responses, CSV with the columns of `analysis.json` (the tabular column format of
// packages/analyze/README.md), optionally with code labels instead of codes.
import type { AnalysisDoc, VariableDoc } from '@survey/analyze';
import type { FileSpec } from './profile.ts';
import type { Response } from './simulate.ts';

const META = ['responseId', 'formVersion', 'language', 'startedAt', 'submittedAt', 'durationSeconds'];

export function serialise(file: FileSpec, responses: Response[], analysis: AnalysisDoc): string {
  if (file.format === 'jsonl') return responses.map((r) => JSON.stringify(r)).join('\n') + '\n';
  if (file.format === 'json') return JSON.stringify(responses, null, 2) + '\n';
  return csv(responses, analysis, file.labels === true);
}

function cell(x: unknown): string {
  const s = x === undefined || x === null ? '' : String(x);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function label(v: VariableDoc, code: unknown, language: string): unknown {
  const l = v.valueLabels?.find((x) => x.value === code)?.label;
  return l?.[language] ?? code;
}

function csv(responses: Response[], analysis: AnalysisDoc, labels: boolean): string {
  const meta = META.filter((m) => responses.some((r) => r[m] !== undefined));
  const hidden = analysis.variables.filter((v) => v.source === 'hidden');
  const answers = analysis.variables.filter((v) => v.source !== 'hidden' && !(v.parent && v.type === 'binary'));
  const header = [...meta, ...hidden.map((v) => v.name), ...answers.map((v) => v.name)];
  const rows = responses.map((r) => {
    const lang = String(r.language);
    const show = (v: VariableDoc, x: unknown) => {
      if (Array.isArray(x)) return x.map((c) => (labels ? label(v, c, lang) : c)).join(';');
      return labels && v.type !== 'text' ? label(v, x, lang) : x;
    };
    return [...meta.map((m) => r[m]), ...hidden.map((v) => show(v, r.hidden?.[v.name])), ...answers.map((v) => show(v, r.answers[v.name]))]
      .map(cell)
      .join(',');
  });
  return [header.join(','), ...rows].join('\r\n') + '\r\n';
}
