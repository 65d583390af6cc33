// Repeat groups (rosters) in exports: no exporter writes them as repeats yet, so each
// group's questions go out once, a group's own name piped into a text (`{brand_loop}`,
// the current option inside a loop) becomes the group's title, and every format gets a
// note naming the groups it flattened.
import type { SurveyDoc, Text } from '../model.ts';
import type { Notes } from './notes.ts';

interface RosterDoc {
  id: string;
  title?: Text;
}

function rostersOf(doc: SurveyDoc): RosterDoc[] {
  return (doc as SurveyDoc & { rosters?: RosterDoc[] }).rosters ?? [];
}

/** The document with roster names in texts replaced by the roster titles (unchanged without rosters). */
export function flattenRosters(doc: SurveyDoc): SurveyDoc {
  const rosters = rostersOf(doc);
  if (rosters.length === 0) return doc;
  const byId = new Map(rosters.map((r) => [r.id, r]));
  const text = (t: Text | undefined): Text | undefined =>
    t &&
    Object.fromEntries(
      Object.entries(t).map(([lang, s]) => [
        lang,
        s.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name: string) => {
          const r = byId.get(name);
          return r ? (r.title?.[lang] ?? r.title?.[doc.defaultLanguage] ?? r.id) : whole;
        }),
      ]),
    );
  return {
    ...doc,
    sections: doc.sections.map((s) => ({
      ...s,
      questions: s.questions.map((q) => ({ ...q, text: text(q.text) ?? q.text, help: text(q.help) })),
    })),
  };
}

export function rosterNotes(doc: SurveyDoc, n: Notes): void {
  for (const r of rostersOf(doc))
    n.add(r.id, `repeat group '${r.id}' is not exported as a repeat: its questions are written once, for one instance`);
}
