// Repeat groups (rosters) in exports. XLSForm/XForm write them as repeats and SurveyJS
// as dynamic panels, both from the tree `nestRosters` makes of a section's questions.
// Formats without repeats (REDCap, DDI, SPSS, Stata, R) get one variable per question
// and a note per group; their labels never keep a roster placeholder such as
// `{brand_loop}`: it becomes a readable stand-in ("[each selected option]").
import type { QuestionDoc, RosterDoc, SurveyDoc, Text } from '../model.ts';
import type { Notes } from './notes.ts';

export function rostersOf(doc: SurveyDoc): RosterDoc[] {
  return doc.rosters ?? [];
}

/** A section's questions with their repeat groups: a question, or a group and what is asked in it. */
export type RosterItem = { q: QuestionDoc } | { roster: RosterDoc; items: RosterItem[] };

/** The repeat groups a question is asked in, outermost first. */
function rosterChain(q: QuestionDoc, byId: Map<string, RosterDoc>): RosterDoc[] {
  const chain: RosterDoc[] = [];
  for (let r = q.roster ? byId.get(q.roster) : undefined; r; r = r.parent ? byId.get(r.parent) : undefined) chain.unshift(r);
  return chain;
}

/** Questions in order, nested into the repeat groups they are asked in. */
export function nestRosters(questions: QuestionDoc[], doc: SurveyDoc): RosterItem[] {
  const byId = new Map(rostersOf(doc).map((r) => [r.id, r]));
  const top: RosterItem[] = [];
  const open: { roster: RosterDoc; items: RosterItem[] }[] = [];
  for (const q of questions) {
    const chain = rosterChain(q, byId);
    let keep = 0;
    while (keep < open.length && keep < chain.length && open[keep].roster === chain[keep]) keep++;
    open.length = keep;
    for (const r of chain.slice(keep)) {
      const block = { roster: r, items: [] as RosterItem[] };
      (open.length ? open[open.length - 1].items : top).push(block);
      open.push(block);
    }
    (open.length ? open[open.length - 1].items : top).push({ q });
  }
  return top;
}

/** Readable stand-ins for a roster's name piped into a text, per language. */
const standIn: Record<string, { each: string; index: string; count: string }> = {
  zh: { each: '[每个所选项]', index: '[第几次]', count: '[次数]' },
  en: { each: '[each selected option]', index: '[instance number]', count: '[number of instances]' },
};

/** The text with every piped roster name replaced by a readable stand-in (unchanged without rosters). */
function rosterStandIns(t: Text, doc: SurveyDoc): Text;
function rosterStandIns(t: Text | undefined, doc: SurveyDoc): Text | undefined;
function rosterStandIns(t: Text | undefined, doc: SurveyDoc): Text | undefined {
  const byId = new Map(rostersOf(doc).map((r) => [r.id, r]));
  if (!t || byId.size === 0) return t;
  return Object.fromEntries(
    Object.entries(t).map(([lang, s]) => [
      lang,
      s.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name: string) => {
        const r = byId.get(name);
        if (!r) return whole;
        const words = standIn[lang.split('-')[0]] ?? standIn.en;
        return 'each' in r.count ? words.each : words.index;
      }),
    ]),
  );
}

/** The document for a format without repeats: roster names in texts replaced by stand-ins. */
export function flattenRosters(doc: SurveyDoc): SurveyDoc {
  if (rostersOf(doc).length === 0) return doc;
  return {
    ...doc,
    sections: doc.sections.map((s) => ({
      ...s,
      questions: s.questions.map((q) => ({
        ...q,
        text: rosterStandIns(q.text, doc),
        help: rosterStandIns(q.help, doc),
        rows: q.rows?.map((r) => ({ ...r, text: rosterStandIns(r.text, doc) })),
      })),
    })),
  };
}

/** Formats that write a repeat group as a repeat. */
const repeating = new Set(['xlsform', 'xform', 'surveyjs']);

export function rosterNotes(doc: SurveyDoc, n: Notes): void {
  if (repeating.has(n.format)) return;
  for (const r of rostersOf(doc))
    n.add(
      r.id,
      n.format === 'redcap'
        ? r.parent
          ? `repeat group '${r.id}' is not exported as a repeat: REDCap repeats whole instruments, not groups inside one; its questions are one field each in the instrument of the group it is nested in.`
          : `repeat group '${r.id}' is its own instrument '${r.id.toLowerCase() === doc.id.toLowerCase() ? `${doc.id.toLowerCase()}_repeat` : r.id.toLowerCase()}': make it a repeating instrument in REDCap's Project Setup (REDCap repeats whole instruments; the data dictionary does not say which); its number of instances is not carried, as REDCap adds instances one by one.`
        : `repeat group '${r.id}' is not exported as a repeat: its questions are one variable each, for one instance (the response's long table per group is not described).`,
    );
}
