// Structural comparison of two compiled surveys for round-trip tests: questions in
// order with kind, texts, required, options (codes and labels), scale points, bounds
// and conditions — field by field, so a test can assert the fields that must
// survive and count the share that survives exactly.
import { SurveyIndex, type SurveyDoc } from '../src/index.ts';

export interface FieldDiff {
  question: string;
  /** The original question's kind. */
  kind?: string;
  field: string;
  before: unknown;
  after: unknown;
}

export function compareSurveys(a: SurveyDoc, b: SurveyDoc): { fields: number; diffs: FieldDiff[] } {
  const A = new SurveyIndex(a);
  const B = new SurveyIndex(b);
  const diffs: FieldDiff[] = [];
  let fields = 0;
  const same = (question: string, field: string, x: unknown, y: unknown) => {
    fields++;
    if (JSON.stringify(x) !== JSON.stringify(y)) diffs.push({ question, kind: A.byId.get(question)?.kind, field, before: x, after: y });
  };
  same(
    '(survey)',
    'question ids',
    A.questions.map((q) => q.id),
    B.questions.map((q) => q.id),
  );
  same(
    '(survey)',
    'repeat groups',
    (a.rosters ?? []).map((r) => [r.id, r.count, r.max, r.parent]),
    (b.rosters ?? []).map((r) => [r.id, r.count, r.max, r.parent]),
  );
  same(
    '(survey)',
    'calculated values',
    (a.calculations ?? []).map((c) => [c.id, c.expr]),
    (b.calculations ?? []).map((c) => [c.id, c.expr]),
  );
  for (const q of A.questions) {
    const r = B.byId.get(q.id);
    if (!r) continue;
    same(q.id, 'kind', q.kind, r.kind);
    same(q.id, 'repeat group', q.roster, r.roster);
    same(q.id, 'text', q.text, r.text);
    same(q.id, 'help', q.help, r.help);
    same(q.id, 'required', q.required, r.required);
    same(
      q.id,
      'options',
      A.options(q).map((o) => [String(o.code), o.label, !!o.specify, !!o.exclusive]),
      B.options(r).map((o) => [String(o.code), o.label, !!o.specify, !!o.exclusive]),
    );
    same(
      q.id,
      'scale points',
      A.scale(q)?.points.map((p) => [p.value, p.missing]),
      B.scale(r)?.points.map((p) => [p.value, p.missing]),
    );
    same(
      q.id,
      'scale labels',
      A.scale(q)?.points.map((p) => p.label),
      B.scale(r)?.points.map((p) => p.label),
    );
    same(
      q.id,
      'rows',
      q.rows?.map((x) => [x.id, x.text]),
      r.rows?.map((x) => [x.id, x.text]),
    );
    same(q.id, 'bounds', [q.min, q.max, q.pattern, q.integer], [r.min, r.max, r.pattern, r.integer]);
    same(q.id, 'when', q.when, r.when);
    same(q.id, 'section when', A.sectionOf.get(q.id)?.when, B.sectionOf.get(r.id)?.when);
    same(q.id, 'randomize', q.randomize, r.randomize);
  }
  return { fields, diffs };
}
