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

/** `base` cut to `max` characters (keeping trailing digits: `apple12` → `app12`), made unique in `used`. */
function unique(base: string, used: Set<string>, max: number): string {
  const digits = /\d+$/.exec(base)?.[0] ?? '';
  let code = base.length <= max ? base : digits && digits.length < max ? base.slice(0, max - digits.length) + digits : base.slice(0, max);
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

/**
 * Assigns every code once, in survey order, noting each rename. `short` names the multiple
 * choices whose subquestion codes must also fit an answer code (5), because a list filters
 * its answer options by them (carry-forward).
 */
export function lssCodes(
  ix: SurveyIndex,
  notes: Notes,
  kindOf: (q: QuestionDoc) => 'answers' | 'subs' | 'rows' | 'none',
  short: ReadonlySet<string> = new Set(),
): LssCodes {
  const questions = new Map<string, string>();
  const rows = new Map<string, string>();
  const subs = new Map<string, Map<string, string>>();
  const answers = new Map<string, Map<string, string>>();
  const fitsQuestion = (id: string) => /^[A-Za-z][A-Za-z0-9]{0,19}$/.test(id) && !reserved.has(id.toUpperCase());
  // Ids LimeSurvey accepts as they are keep them; the others are renamed around them.
  const hidden = ix.doc.hidden ?? [];
  const all: { id: string }[] = [...ix.questions, ...hidden];
  const usedQ = new Set<string>(
    all
      .map((q) => q.id)
      .filter(fitsQuestion)
      .map((id) => id.toUpperCase()),
  );
  for (const q of all) {
    if (fitsQuestion(q.id)) {
      questions.set(q.id, q.id);
      continue;
    }
    let base = camel(q.id);
    if (!/^[A-Za-z]/.test(base)) base = `q${base}`;
    if (reserved.has(base.toUpperCase())) base = `${base}Q`;
    const code = unique(base, usedQ, 20);
    questions.set(q.id, code);
    notes.add(q.id, `question code ${q.id} written as ${code} (LimeSurvey codes are letters and digits, at most 20).`);
  }
  // A coded hidden variable is a list: its choice list's codes are answer codes.
  for (const h of hidden)
    if (h.choices)
      answerCodes(
        h.id,
        5,
        (ix.doc.choiceLists.find((l) => l.id === h.choices)?.options ?? []).map((o) => String(o.code)),
        'answer codes',
      );
  for (const q of ix.questions) {
    const kind = kindOf(q);
    if (kind === 'rows') {
      const local = (id: string) => (id.startsWith(`${q.id}_`) ? id.slice(q.id.length + 1) : id);
      const fits = (code: string) => /^[A-Za-z0-9]{1,20}$/.test(code);
      const used = new Set<string>(
        (q.rows ?? [])
          .map((r) => local(r.id))
          .filter(fits)
          .map((c) => c.toUpperCase()),
      );
      const renamed: string[] = [];
      for (const r of q.rows ?? []) {
        const sq = fits(local(r.id)) ? local(r.id) : unique(camel(local(r.id)) || 'SQ', used, 20);
        rows.set(r.id, sq);
        if (sq !== local(r.id)) renamed.push(`${local(r.id)} → ${sq}`);
      }
      if (renamed.length) notes.add(q.id, `row codes renamed for LimeSurvey (letters and digits only): ${renamed.join(', ')}.`);
    }
    if (kind === 'subs' || kind === 'answers') {
      const max = kind === 'subs' && !short.has(q.id) ? 20 : 5;
      const raws = (kind === 'answers' && ix.scale(q) ? scaleCodes(ix, q) : ix.options(q).map((o) => o.code)).map(String);
      answerCodes(q.id, max, raws, kind === 'subs' ? 'option codes' : 'answer codes');
    }
  }

  function answerCodes(id: string, max: number, raws: string[], what: 'option codes' | 'answer codes'): void {
    const fits = (raw: string) => new RegExp(`^[A-Za-z0-9]{1,${max}}$`).test(raw);
    const used = new Set<string>(raws.filter(fits).map((r) => r.toUpperCase()));
    const map = new Map<string, string>();
    const renamed: string[] = [];
    for (const raw of raws) {
      const code = fits(raw) ? raw : unique(spell(raw), used, max);
      map.set(raw, code);
      if (code !== raw) renamed.push(`${raw} → ${code}`);
    }
    (what === 'option codes' ? subs : answers).set(id, map);
    if (renamed.length)
      notes.add(
        id,
        `${what} renamed for LimeSurvey (${max === 20 ? 'letters and digits' : 'at most 5 letters and digits'}): ${renamed.join(', ')}.`,
      );
  }
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
