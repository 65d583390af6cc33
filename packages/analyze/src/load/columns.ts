// The column format of tabular responses (CSV, Excel, Parquet), documented in the
// package README: one column per variable of the analysis configuration, multi-select
// as `q` (codes separated by ';') or 0/1 indicator columns `q.code`, hidden variables
// by name, and response metadata columns. This file maps a header to those roles and
// turns one row of cells into a response object like the HTML form's.
import type { AnalysisDoc, VariableDoc } from '../config.ts';
import { DataError } from '../errors.ts';

export const METADATA_COLUMNS = [
  'responseId',
  'formVersion',
  'language',
  'startedAt',
  'submittedAt',
  'durationSeconds',
  'format',
  'survey',
] as const;

/** Flow columns: `outcome` (complete / screenout), `screenout` and `end` ids; `order.<section or group>` as ids separated by ';'. */
const FLOW_COLUMNS: readonly string[] = ['outcome', 'screenout', 'end'];

export type Role =
  | { role: 'answer'; variable: VariableDoc }
  | { role: 'indicator'; variable: VariableDoc; code: string }
  | { role: 'hidden'; variable: VariableDoc }
  | { role: 'meta'; name: string }
  | { role: 'ignore' };

export type Cell = string | number | boolean | null | undefined | Cell[];

export interface ColumnMap {
  roles: Role[];
  header: string[];
}

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = t;
    }
  }
  return d[b.length];
}

export function mapColumns(header: string[], analysis: AnalysisDoc, file: string): ColumnMap {
  // `q.code` names both an indicator and the specify text of option `code`: the column is the text.
  const byName = new Map<string, VariableDoc>();
  for (const v of analysis.variables) if (!byName.has(v.name) || byName.get(v.name)!.type === 'binary') byName.set(v.name, v);
  const roles: Role[] = [];
  const seen = new Set<string>();
  const names = header.map((h) =>
    String(h ?? '')
      .replace(/^\uFEFF/, '')
      .trim(),
  );
  names.forEach((name, i) => {
    if (name === '') {
      roles.push({ role: 'ignore' });
      return;
    }
    if (seen.has(name))
      throw new DataError(`column '${name}' appears twice in the header (columns ${names.indexOf(name) + 1} and ${i + 1})`, file, 1);
    seen.add(name);
    if ((METADATA_COLUMNS as readonly string[]).includes(name)) return void roles.push({ role: 'meta', name });
    const v = byName.get(name);
    if (v) {
      if (v.source === 'hidden') return void roles.push({ role: 'hidden', variable: v });
      if (v.parent && v.type === 'binary' && v.code !== undefined) {
        const parent = byName.get(v.parent);
        if (parent?.type === 'multi-response') return void roles.push({ role: 'indicator', variable: parent, code: String(v.code) });
      }
      return void roles.push({ role: 'answer', variable: v });
    }
    // How the response ended and the order shown (surveys with screen-outs, end screens or random order).
    if (analysis.flow && (FLOW_COLUMNS.includes(name) || name.startsWith('order.'))) return void roles.push({ role: 'meta', name });
    const known = analysis.variables.map((x) => x.name).concat(METADATA_COLUMNS);
    const best = known.map((k) => [k, levenshtein(k, name)] as const).sort((a, b) => a[1] - b[1])[0];
    const hint = best && best[1] <= Math.max(2, Math.floor(name.length / 3)) ? ` Did you mean '${best[0]}'?` : '';
    throw new DataError(
      `column ${i + 1} '${shown(name)}' is not a variable of survey '${analysis.survey.id}', a hidden variable or a metadata column (${METADATA_COLUMNS.join(', ')}).${hint}`,
      file,
      1,
    );
  });
  const hasAnswer = roles.some((r) => r.role === 'answer' || r.role === 'indicator');
  if (!hasAnswer) throw new DataError(`no column names an answer variable of survey '${analysis.survey.id}'`, file, 1);
  return { roles, header: names };
}

/** Codes and labels of a variable, to accept a label (in any language) where a code is expected. */
function codeOf(v: VariableDoc, raw: string): number | string | undefined {
  const labels = v.valueLabels ?? [];
  for (const l of labels) if (String(l.value) === raw) return l.value;
  const lower = raw.toLowerCase();
  const hits = new Set<number | string>();
  for (const l of labels) for (const text of Object.values(l.label ?? {})) if (text.trim().toLowerCase() === lower) hits.add(l.value);
  return hits.size === 1 ? [...hits][0] : undefined;
}

function isNumericCoded(v: VariableDoc): boolean {
  if (v.type === 'ordinal' || v.type === 'numeric') return true;
  const labels = v.valueLabels ?? [];
  return labels.length > 0 && labels.every((l) => typeof l.value === 'number');
}

function toNumber(s: string): number | undefined {
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) return undefined;
  return Number(s);
}

/** One cell to the value a response holds; a value that cannot be converted is kept as is so the schema reports it. */
export function convertCell(v: VariableDoc, cell: Cell): unknown {
  if (cell === null || cell === undefined) return undefined;
  if (Array.isArray(cell)) return v.type === 'multi-response' ? cell.map((c) => convertScalar(v, c)) : cell;
  if (typeof cell === 'string' && cell.trim() === '') return undefined;
  if (v.type === 'multi-response') {
    if (typeof cell !== 'string') return [convertScalar(v, cell)];
    return cell
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .map((s) => convertScalar(v, s));
  }
  return convertScalar(v, cell);
}

function convertScalar(v: VariableDoc, cell: Cell): unknown {
  if (typeof cell === 'number' || typeof cell === 'boolean') {
    if (typeof cell === 'number' && !isNumericCoded(v) && v.type !== 'numeric' && (v.valueLabels ?? []).length)
      return codeOf(v, String(cell)) ?? cell;
    return cell;
  }
  const s = String(cell).trim();
  if (v.type === 'text' || v.type === 'date') return s;
  if (v.type === 'numeric' && !(v.valueLabels ?? []).length) return toNumber(s) ?? s;
  if (v.valueLabels?.length) {
    const code = codeOf(v, s);
    if (code !== undefined) return code;
    if (isNumericCoded(v)) return toNumber(s) ?? s;
    return s;
  }
  if (v.type === 'binary') {
    if (/^(true|yes|1)$/i.test(s)) return true;
    if (/^(false|no|0)$/i.test(s)) return false;
  }
  return isNumericCoded(v) ? (toNumber(s) ?? s) : s;
}

/** A metadata cell to its value in the response (undefined when blank). */
export function metaValue(name: string, cell: Cell): unknown {
  if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) return undefined;
  if (name === 'durationSeconds') return (typeof cell === 'number' ? cell : toNumber(String(cell).trim())) ?? cell;
  return typeof cell === 'string' ? cell.trim() : cell;
}

function truthy(cell: Cell): boolean | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell !== 0;
  const s = String(cell).trim().toLowerCase();
  if (s === '') return undefined;
  if (s === '1' || s === 'true' || s === 'yes' || s === 'x') return true;
  if (s === '0' || s === 'false' || s === 'no') return false;
  return undefined;
}

/** A row of cells (in header order) to a response object, or the reasons it cannot be one. */
export function rowToResponse(
  map: ColumnMap,
  cells: Cell[],
  analysis: AnalysisDoc,
): { response: Record<string, unknown> } | { reasons: Array<{ path: string; message: string }> } {
  const answers: Record<string, unknown> = {};
  const hidden: Record<string, unknown> = {};
  const response: Record<string, unknown> = {
    format: 'survey-response/1',
    survey: analysis.survey.id,
    language: analysis.survey.defaultLanguage,
  };
  const indicators = new Map<VariableDoc, Set<string>>();
  const reasons: Array<{ path: string; message: string }> = [];
  map.roles.forEach((r, i) => {
    const cell = cells[i];
    switch (r.role) {
      case 'ignore':
        return;
      case 'meta': {
        const value = metaValue(r.name, cell);
        if (value !== undefined && r.name.startsWith('order.')) {
          const order = (response.order ??= {}) as Record<string, unknown>;
          order[r.name.slice('order.'.length)] = String(value)
            .split(';')
            .map((x) => x.trim())
            .filter(Boolean);
        } else if (value !== undefined) response[r.name] = value;
        return;
      }
      case 'answer': {
        const value = convertCell(r.variable, cell);
        if (value !== undefined) answers[r.variable.name] = value;
        return;
      }
      case 'hidden': {
        const value = convertCell(r.variable, cell);
        if (value !== undefined) hidden[r.variable.name] = value;
        return;
      }
      case 'indicator': {
        const t = truthy(cell);
        if (t === undefined && cell !== null && cell !== undefined && String(cell).trim() !== '')
          reasons.push({ path: `/answers/${r.variable.name}`, message: `column '${map.header[i]}' must be 0 or 1, not '${String(cell)}'` });
        let set = indicators.get(r.variable);
        if (!set) indicators.set(r.variable, (set = new Set()));
        if (t) set.add(r.code);
        return;
      }
    }
  });
  for (const [v, chosen] of indicators) {
    if (answers[v.name] !== undefined) {
      reasons.push({ path: `/answers/${v.name}`, message: `both the column '${v.name}' and its indicator columns are filled` });
      continue;
    }
    if (chosen.size === 0) continue;
    const order = (v.valueLabels ?? []).map((l) => String(l.value));
    answers[v.name] = [...chosen].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }
  if (reasons.length) return { reasons };
  response.answers = answers;
  if (Object.keys(hidden).length) response.hidden = hidden;
  return { response };
}

/** A header cell as a message shows it: a binary file's header is noise, cut short and with its control characters escaped. */
function shown(name: string): string {
  const escaped = name.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped.length > 60 ? `${escaped.slice(0, 60)}…` : escaped;
}
