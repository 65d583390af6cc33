// Builds the survey's flow (flow-model.ts) once its sections and questions are bound:
// walks the survey block's members in order to know where each page break and
// screen-out sits among the questions, reads `randomize` / `fixed` on sections and
// questions and the `shuffle` groups. Conditions are resolved by the binder afterwards.
import type * as A from '@survey/syntax';
import type * as M from '../model.ts';
import type { FlowPosition, PageBreak, SurveyFlow } from '../flow-model.ts';

type TextOf = (t: A.Text | undefined, file: string) => M.LText | undefined;

export function buildFlow(s: M.Survey, node: A.SurveyDecl, text: TextOf): void {
  const flow = s.flow;
  let ptr = 0;
  let implicit: M.Section | undefined;
  let count = 0;
  /** The model section for a `section` member at the pointer, if it was bound. */
  const take = (m: A.SectionDecl): M.Section | undefined => {
    const sec = s.sections[ptr];
    if (!sec || sec.implicit || !(sec.node === m || (!m.hasBody && sec.id === m.id?.name))) return undefined;
    ptr++;
    return sec;
  };
  const addSection = (m: A.SectionDecl) => {
    implicit = undefined;
    const sec = take(m);
    if (!sec) return;
    const decl = sec.node ?? m;
    for (const f of decl.flow ?? []) {
      const before = sec.questions.filter((q) => decl.questions.indexOf(q.node) < (f.before ?? 0)).length;
      const pos: FlowPosition = { section: sec.id, after: count + before };
      if (f.kind === 'Page') flow.pageBreaks.push({ file: sec.file, node: f, section: sec.id, before });
      else addScreenOut(f, sec.file, pos);
    }
    if (m.randomize || decl.randomize)
      flow.randomSections.push({ section: sec.id, fixed: sec.questions.filter((q) => q.node.fixed).map((q) => q.id) });
    count += sec.questions.length;
    return sec;
  };
  const addScreenOut = (f: A.ScreenOutDecl, file: string, pos: FlowPosition) => {
    flow.screenOuts.push({
      file,
      node: f,
      id: f.id?.name ?? '',
      message: text(f.message, file) ?? {},
      when: f.when,
      items: [],
      ...pos,
    });
  };
  for (const m of node.members) {
    switch (m.kind) {
      case 'Question': {
        if (!implicit) {
          implicit = s.sections[ptr]?.implicit ? s.sections[ptr++] : undefined;
        }
        const i = s.questions.findIndex((q) => q.node === m);
        if (i >= 0) count = i + 1;
        break;
      }
      case 'Section':
        addSection(m);
        break;
      case 'Shuffle': {
        const bound = m.sections.map((d) => [d, addSection(d)] as const).filter((p): p is [A.SectionDecl, M.Section] => !!p[1]);
        flow.groups.push({
          file: s.file,
          node: m,
          id: m.id?.name ?? '',
          sections: bound.map(([, x]) => x.id),
          fixed: bound.filter(([d, x]) => d.fixed || x.node?.fixed).map(([, x]) => x.id),
        });
        implicit = undefined;
        break;
      }
      case 'Page': {
        const b: PageBreak = {
          file: s.file,
          node: m,
          section: implicit?.id,
          before: implicit?.questions.filter((q) => q.number <= count).length ?? 0,
        };
        flow.pageBreaks.push(b);
        break;
      }
      case 'ScreenOut':
        addScreenOut(m, s.file, { section: implicit?.id ?? s.sections[ptr - 1]?.id, after: count });
        break;
      case 'End':
        flow.ends.push({ file: s.file, node: m, id: m.id?.name ?? '', text: text(m.text, s.file) ?? {}, when: m.when, items: [] });
        break;
      default:
        break;
    }
  }
}

/** Resolves the names in screen-out and end-screen conditions and lists the answers they read. */
export function resolveFlow(
  flow: SurveyFlow,
  resolve: (e: A.Expr, file: string) => void,
  itemsOf: (e: A.Expr | undefined) => string[],
): void {
  for (const x of [...flow.screenOuts, ...flow.ends]) {
    if (x.when) resolve(x.when, x.file);
    x.items = itemsOf(x.when);
  }
}
