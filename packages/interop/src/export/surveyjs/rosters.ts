// Repeat groups as SurveyJS dynamic panels (`paneldynamic`): a fixed count is the panel
// count, a count from a number question is bound to it (`bindings.panelCount`), and a
// loop over the options chosen in a multi question shares that question's value
// (`valueName`, with `valuePropertyName` on the checkbox: SurveyJS's loop and merge), so
// there is one panel per chosen option. Inside a panel, piped names read the same
// instance (`{panel.q}`), the group's name its option or position.
import type { QuestionDoc, RosterDoc, SurveyIndex, Text } from '../../model.ts';
import type { Notes } from '../notes.ts';
import { nestRosters, type RosterItem } from '../rosters.ts';
import { questionElement, type SjContext } from './questions.ts';
import { localized } from './texts.ts';

type Json = Record<string, unknown>;

/** The elements of a run of questions, repeat groups as dynamic panels. */
export function elementsOf(questions: QuestionDoc[], ix: SurveyIndex, notes: Notes, ctx: SjContext): Json[] {
  return nestRosters(questions, ix.doc).map((it) => element(it, ix, notes, ctx));
}

function element(it: RosterItem, ix: SurveyIndex, notes: Notes, ctx: SjContext): Json {
  if ('q' in it) {
    if (!ctx.open.length) return questionElement(it.q, ix, notes, ctx);
    const q = { ...it.q, text: panelPipes(it.q.text, ix, ctx.open)!, help: panelPipes(it.q.help, ix, ctx.open) };
    return questionElement(q, ix, notes, ctx);
  }
  const r = it.roster;
  const inner: SjContext = { ...ctx, open: [...ctx.open, r] };
  const title = r.title ? localized(suffix(r.title, ' {panelIndex}'), ix) : undefined;
  return {
    type: 'paneldynamic',
    name: r.id,
    ...(r.title ? { title: localized(r.title, ix), templateTitle: title } : {}),
    ...count(r),
    allowAddPanel: false,
    allowRemovePanel: false,
    templateElements: it.items.map((x) => element(x, ix, notes, inner)),
  };
}

function count(r: RosterDoc): Json {
  if ('fixed' in r.count) return { panelCount: r.count.fixed, minPanelCount: r.count.fixed, maxPanelCount: r.count.fixed };
  const max = r.max !== undefined ? { maxPanelCount: r.max } : {};
  if ('from' in r.count) return { bindings: { panelCount: r.count.from }, ...max };
  return { valueName: r.count.each, ...max };
}

const suffix = (t: Text, s: string): Text => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v + s]));

/** `{q}` of the same instance as `{panel.q}` (`{parentpanel.q}` one group out); the group's name as its option or position. */
function panelPipes(t: Text | undefined, ix: SurveyIndex, open: readonly RosterDoc[]): Text | undefined {
  if (!t) return undefined;
  const depth = (id: string) => open.length - 1 - open.findIndex((r) => r.id === id);
  const ref = (whole: string, name: string) => {
    const r = open.find((o) => o.id === name);
    if (r) return depth(name) === 0 ? ('each' in r.count ? `{panel.${name}}` : '{panelIndex}') : whole;
    const q = ix.questionOfVar(name);
    if (!q?.roster || !open.some((o) => o.id === q.roster)) return whole;
    const d = depth(q.roster);
    return d === 0 ? `{panel.${name}}` : d === 1 ? `{parentpanel.${name}}` : whole;
  };
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, ref)]));
}

/** The checkbox a loop goes over stores its answer as objects keyed by the loop's name (SurveyJS's loop and merge). */
export function loopSources(pages: Json[], ix: SurveyIndex, notes: Notes): void {
  const loops = (ix.doc.rosters ?? []).filter((r): r is RosterDoc & { count: { each: string } } => 'each' in r.count);
  if (!loops.length) return;
  const walk = (elements: Json[]) => {
    for (const el of elements) {
      const loop = loops.find((r) => r.count.each === el.name && el.type === 'checkbox');
      if (loop) {
        el.valuePropertyName = loop.id;
        notes.add(
          String(el.name),
          `SurveyJS loops over the options chosen here by storing them as objects ({ "${loop.id}": code }), not as a list of codes.`,
        );
      }
      walk((el.templateElements ?? el.elements ?? []) as Json[]);
    }
  };
  walk(pages);
}
