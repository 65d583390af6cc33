// The round trip through LimeSurvey's .lss: the original survey renamed the way the
// export renames codes (LimeSurvey's codes are letters and digits; answer codes at most
// 5; matrix rows are named <matrix>_<row>; the last option with a text box becomes
// LimeSurvey's "Other"), and what the format cannot carry. Shared by the export test
// and the corpus test.
import { SurveyIndex, type SurveyDoc } from '../src/index.ts';
import { lssCodesOf } from '../src/export/lss/emit.ts';
import { Notes } from '../src/export/notes.ts';
import type { ExprJson, QuestionDoc } from '../src/model.ts';
import type { FieldDiff } from './roundtrip.ts';

/** The original survey as LimeSurvey names it: its codes renamed the way the export does. */
export function asLimeSurveyNames(doc: SurveyDoc): SurveyDoc {
  const ix = new SurveyIndex(doc);
  const codes = lssCodesOf(ix, new Notes('lss'));
  const out = structuredClone(doc) as SurveyDoc;
  const rowName = new Map<string, string>();
  for (const q of ix.questions) for (const r of q.rows ?? []) rowName.set(r.id, `${codes.question(q.id)}_${codes.row(r.id)}`);
  const lastSpecify = (q: QuestionDoc) => {
    const opts = ix.options(q);
    const specify = opts.filter((o) => o.specify);
    return (q.kind === 'single' || q.kind === 'multi') && specify.length === 1 && opts.at(-1) === specify[0] ? String(specify[0].code) : '';
  };
  const code = (q: QuestionDoc | undefined, v: string): string => {
    if (!q) return v;
    if (v === lastSpecify(q)) return 'other';
    if (q.kind === 'multi') return codes.sub(q.id, v);
    if (q.kind === 'single' || q.kind === 'ranking') return codes.answer(q.id, v);
    return v;
  };
  const expr = (e: ExprJson): ExprJson => {
    switch (e.type) {
      case 'var':
        return { type: 'var', name: rowName.get(e.name) ?? codes.question(e.name) };
      case 'unary':
        return { ...e, operand: expr(e.operand) };
      case 'call':
        return { ...e, args: e.args.map(expr) };
      case 'binary': {
        const v = e.left.type === 'var' ? ix.byId.get(e.left.name) : e.right.type === 'var' ? ix.byId.get(e.right.name) : undefined;
        const lit = (x: ExprJson): ExprJson => (x.type === 'code' ? { type: 'code', value: code(v, x.value) } : expr(x));
        return { ...e, left: lit(e.left), right: lit(e.right) };
      }
      default:
        return e;
    }
  };
  // A piped `{q}` names the question by its LimeSurvey code (`{q.shown}` in the .lss).
  const pipes = (t: Record<string, string> | undefined) => {
    if (t)
      for (const k of Object.keys(t))
        t[k] = t[k].replace(/\{([A-Za-z_]\w*)\}/g, (w, n: string) => (ix.byId.has(n) ? `{${codes.question(n)}}` : w));
  };
  for (const s of out.sections) {
    if (s.when) s.when = expr(s.when);
    for (const q of s.questions) {
      pipes(q.text);
      pipes(q.help);
      const original = ix.byId.get(q.id)!;
      if (q.kind === 'single' || q.kind === 'multi' || q.kind === 'ranking') {
        // Only LimeSurvey's "Other" keeps its text box.
        q.options = ix.options(original).map(({ specify, ...o }) => ({
          ...o,
          code: code(original, String(o.code)),
          ...(specify && String(o.code) === lastSpecify(original) ? { specify } : {}),
        }));
        delete q.choices;
      }
      if (q.when) q.when = expr(q.when);
      for (const r of q.rows ?? []) r.id = rowName.get(r.id)!;
      q.id = codes.question(q.id);
    }
  }
  return out;
}

/** What LimeSurvey cannot carry (noted by the export, documented in the package README). */
export const lssCarriesNot = (d: FieldDiff) =>
  // Text answers have a longest length (maximum_chars), not a shortest one.
  d.field === 'bounds' && d.kind === 'text';
