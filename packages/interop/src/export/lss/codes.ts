// LimeSurvey's codes, which are stricter than our ids: a question code starts with a
// letter and holds letters and digits only (at most 20, not a reserved word), a
// subquestion code holds letters and digits (at most 20), an answer code at most 5
// letters and digits. Ids that fit are kept; the others are renamed once, the same
// way everywhere (questions, conditions, piping), and every rename is noted.
import type { Code, QuestionDoc, SurveyIndex } from '../../model.ts';
import type { Notes } from '../notes.ts';

// ExpressionScript's own names a question code must not take (LimeSurvey refuses them).
const reserved = new Set(['LANG', 'SID', 'SAVEDID', 'TOKEN', 'QID', 'GID', 'SGQ', 'AID', 'SELF', 'THAT', 'THIS', 'TIME']);

/** `wait_minutes` → `waitMinutes`: underscores and other signs dropped, the next letter upper-cased. */
function camel(id: string): string {
  return id.replace(/[^A-Za-z0-9]+([A-Za-z0-9]?)/g, (_, c: string) => c.toUpperCase());
}

function unique(base: string, used: Set<string>, max: number): string {
  let code = base.slice(0, max);
  for (let i = 2; used.has(code.toUpperCase()); i++) code = `${base.slice(0, max - String(i).length)}${i}`;
  used.add(code.toUpperCase());
  return code;
}

export interface LssCodes {
  /** A question's (or hidden variable's) LimeSurvey code. */
  question(id: string): string;
  /** A matrix row's subquestion code within its matrix. */
  row(rowId: string): string;
  /** A multi-select option's subquestion code. */
  sub(questionId: string, code: Code): string;
  /** A single-choice, ranking or scale answer code of a question. */
  answer(questionId: string, code: Code): string;
}

/** Assigns every code once, in survey order, noting each rename. */
export function lssCodes(ix: SurveyIndex, notes: Notes, kindOf: (q: QuestionDoc) => 'answers' | 'subs' | 'rows' | 'none'): LssCodes {
  const questions = new Map<string, string>();
  const rows = new Map<string, string>();
  const subs = new Map<string, Map<string, string>>();
  const answers = new Map<string, Map<string, string>>();
  const usedQ = new Set<string>();
  for (const q of ix.questions) {
    let base = camel(q.id);
    if (!/^[A-Za-z]/.test(base)) base = `q${base}`;
    if (reserved.has(base.toUpperCase())) base = `${base}Q`;
    const code = unique(base, usedQ, 20);
    questions.set(q.id, code);
    if (code !== q.id) notes.add(q.id, `question code ${q.id} written as ${code} (LimeSurvey codes are letters and digits, at most 20).`);
    const kind = kindOf(q);
    if (kind === 'rows') {
      const used = new Set<string>();
      const renamed: string[] = [];
      for (const r of q.rows ?? []) {
        const local = r.id.startsWith(`${q.id}_`) ? r.id.slice(q.id.length + 1) : r.id;
        const sq = unique(camel(local) || 'SQ', used, 20);
        rows.set(r.id, sq);
        if (sq !== local) renamed.push(`${local} → ${sq}`);
      }
      if (renamed.length) notes.add(q.id, `row codes renamed for LimeSurvey (letters and digits only): ${renamed.join(', ')}.`);
    }
    if (kind === 'subs' || kind === 'answers') {
      const max = kind === 'subs' ? 20 : 5;
      const used = new Set<string>();
      const map = new Map<string, string>();
      const renamed: string[] = [];
      for (const o of kind === 'answers' && ix.scale(q) ? scaleCodes(ix, q) : ix.options(q).map((o) => o.code)) {
        const raw = String(o);
        const fits = new RegExp(`^[A-Za-z0-9]{1,${max}}$`).test(raw);
        const code = fits && !used.has(raw.toUpperCase()) ? (used.add(raw.toUpperCase()), raw) : unique(spell(raw), used, max);
        map.set(raw, code);
        if (code !== raw) renamed.push(`${raw} → ${code}`);
      }
      (kind === 'subs' ? subs : answers).set(q.id, map);
      if (renamed.length)
        notes.add(
          q.id,
          `${kind === 'subs' ? 'option codes' : 'answer codes'} renamed for LimeSurvey (${kind === 'subs' ? 'letters and digits' : 'at most 5 letters and digits'}): ${renamed.join(', ')}.`,
        );
    }
  }
  for (const h of ix.doc.hidden ?? []) questions.set(h.id, unique(camel(h.id), usedQ, 20));
  return {
    question: (id) => questions.get(id) ?? id,
    row: (id) => rows.get(id) ?? id,
    sub: (qid, code) => subs.get(qid)?.get(String(code)) ?? String(code),
    answer: (qid, code) => answers.get(qid)?.get(String(code)) ?? String(code),
  };
}

/** A scale's point values, the codes of its answers. */
function scaleCodes(ix: SurveyIndex, q: QuestionDoc): string[] {
  return (ix.scale(q)?.points ?? []).map((p) => String(p.value));
}

/** A code in letters and digits: `-1` → `N1`, `2.5` → `2d5`, `walk_in` → `walkIn`. */
function spell(raw: string): string {
  return camel(raw.replace(/^-(?=\d)/, 'N').replace(/(\d)\.(\d)/g, '$1d$2')) || 'A';
}
