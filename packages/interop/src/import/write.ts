// Prints an ImportedSurvey as .survey text (unformatted; the prettier plugin lays it
// out afterwards). Every note an importer attached becomes a `//` comment above its
// element. A survey whose questions are mostly optional gets `answers optional` in its
// header and `required` on the others. Records where each question's text starts and ends, so that a question
// the checker rejects can be turned into a comment (see check.ts).
import { quoteString } from '@survey/syntax';
import type { Text } from '../model.ts';
import type { ImportedOption, ImportedQuestion, ImportedRoster, ImportedSurvey } from './ir.ts';

export interface Printed {
  text: string;
  spans: { question: ImportedQuestion; start: number; end: number }[];
  /** Where each scale and choice list is, so a list the checker rejects can go too. */
  lists: { id: string; kind: 'scale' | 'choices'; start: number; end: number }[];
  /** Where each repeat group's header line and each `let` is, so one the checker rejects can go too. */
  members: { id: string; kind: 'repeat' | 'let'; start: number; end: number }[];
}

export function printSurvey(s: ImportedSurvey): Printed {
  const out: string[] = [];
  const spans: Printed['spans'] = [];
  const lists: Printed['lists'] = [];
  const members: Printed['members'] = [];
  let length = 0;
  const line = (l = '') => {
    out.push(l + '\n');
    length += l.length + 1;
  };
  const text = (t: Text | undefined) => texts(t, s.languages);
  const comment = (c: string, indent: string) => {
    for (const part of c.split('\n')) line(`${indent}// ${part}`);
  };

  line(`survey ${s.id} {`);
  for (const c of s.comments) comment(c, '  ');
  if (s.title) line(`  title ${text(s.title)}`);
  line(`  languages ${s.languages.join(', ')}`);
  if (s.version) line(`  version ${quoteString(s.version)}`);
  if (s.intro) line(`  intro ${text(s.intro)}`);
  if (s.confidentiality) line(`  confidentiality ${text(s.confidentiality)}`);
  // Most imported questions optional (as peers default): say so once in the header and
  // mark the required ones, instead of `optional` on nearly every question.
  const optionalByDefault = mostlyOptional(s);
  if (optionalByDefault) line('  answers optional');
  for (const sc of s.scales) {
    const start = length;
    line(
      `  scale ${sc.id} ${sc.min}..${sc.max}${sc.step !== 1 ? ` step ${sc.step}` : ''}${sc.points.some((p) => !p.label && !p.missing) ? ' anchored' : ''} {`,
    );
    for (const p of sc.points)
      if (p.label || p.missing) line(`    ${p.missing ? 'missing ' : ''}${p.value} ${text(p.label ?? numberText(p.value, s.languages))}`);
    line('  }');
    lists.push({ id: sc.id, kind: 'scale', start, end: length });
  }
  for (const l of s.choiceLists) {
    const start = length;
    line(`  choices ${l.id} {`);
    for (const o of l.options) line(`    ${option(o, text)}`);
    line('  }');
    lists.push({ id: l.id, kind: 'choices', start, end: length });
  }
  for (const h of s.hidden ?? [])
    line(
      `  hidden ${h.id} ${h.type === 'code' ? `from ${h.from}` : h.type}${h.label ? ` ${text(h.label)}` : ''}${h.required ? '' : ' optional'}`,
    );
  const rosters = new Map((s.rosters ?? []).map((r) => [r.id, r]));
  for (const sec of s.sections) {
    const base = sec.implicit ? '  ' : '    ';
    for (const c of sec.comments) comment(c, '  ');
    if (!sec.implicit) line(`  section ${sec.id}${sec.title ? ` ${text(sec.title)}` : ''}${sec.when ? ` when ${sec.when}` : ''} {`);
    // Repeat groups open and close around runs of their questions.
    const open: ImportedRoster[] = [];
    const close = (keep: number) => {
      while (open.length > keep) {
        open.pop();
        line(`${base}${'  '.repeat(open.length)}}`);
      }
    };
    for (const q of sec.questions) {
      const chain = rosterChain(q.roster, rosters);
      let keep = 0;
      while (keep < open.length && keep < chain.length && open[keep] === chain[keep]) keep++;
      close(keep);
      for (const r of chain.slice(keep)) {
        const indent = base + '  '.repeat(open.length);
        for (const c of r.comments) comment(c, indent);
        members.push({ id: r.id, kind: 'repeat', start: length, end: length });
        line(`${indent}repeat ${r.id}${r.title ? ` ${text(r.title)}` : ''} ${r.count}${r.max !== undefined ? ` max ${r.max}` : ''} {`);
        members[members.length - 1].end = length;
        open.push(r);
      }
      const indent = base + '  '.repeat(open.length);
      for (const c of q.comments) comment(c, indent);
      const start = length;
      line(indent + question(q, text, optionalByDefault));
      spans.push({ question: q, start, end: length });
    }
    close(0);
    for (const c of sec.after ?? []) comment(c, base);
    if (!sec.implicit) line('  }');
  }
  for (const l of s.lets ?? []) {
    for (const c of l.comments) comment(c, '  ');
    const start = length;
    line(`  let ${l.id}${l.label ? ` ${text(l.label)}` : ''} = ${l.expr}`);
    members.push({ id: l.id, kind: 'let', start, end: length });
  }
  line('}');
  return { text: out.join(''), spans, lists, members };
}

/** The repeat groups of a question, outermost first. */
function rosterChain(id: string | undefined, rosters: Map<string, ImportedRoster>): ImportedRoster[] {
  const chain: ImportedRoster[] = [];
  for (let r = id ? rosters.get(id) : undefined; r; r = r.parent ? rosters.get(r.parent) : undefined) chain.unshift(r);
  return chain;
}

function texts(t: Text | undefined, languages: string[]): string {
  if (!t) return '""';
  const [first, ...rest] = languages;
  const main = t[first] ?? Object.values(t)[0] ?? '';
  return [quoteString(main), ...rest.filter((l) => t[l] !== undefined).map((l) => `${l}: ${quoteString(t[l])}`)].join(' ');
}

function numberText(v: number, languages: string[]): Text {
  return Object.fromEntries(languages.map((l) => [l, String(v)]));
}

function option(o: ImportedOption, text: (t: Text) => string): string {
  return `${o.code} ${text(o.label)}${o.specify ? ' specify' : ''}${o.exclusive ? ' exclusive' : ''}`;
}

/** Whether more than half of the questions are optional. */
function mostlyOptional(s: ImportedSurvey): boolean {
  const questions = s.sections.flatMap((sec) => sec.questions);
  return questions.filter((q) => !q.required).length * 2 > questions.length;
}

function question(q: ImportedQuestion, text: (t: Text | undefined) => string, optionalByDefault: boolean): string {
  const parts = [q.kind, q.id, text(q.text)];
  if (q.help) parts.push('help', text(q.help));
  if (q.from) parts.push('from', q.from, ...(q.fromSelected === undefined ? [] : q.fromSelected ? ['selected'] : ['not', 'selected']));
  if (q.scale && q.kind !== 'nps') parts.push('on', q.scale);
  if (optionalByDefault ? q.required : !q.required) parts.push(optionalByDefault ? 'required' : 'optional');
  if (q.min !== undefined) parts.push('min', typeof q.min === 'string' ? quoteString(q.min) : String(q.min));
  if (q.max !== undefined) parts.push('max', typeof q.max === 'string' ? quoteString(q.max) : String(q.max));
  if (q.pattern) parts.push('pattern', quoteString(q.pattern));
  if (q.accept?.length) parts.push('accept', q.accept.map(quoteString).join(', '));
  if (q.integer) parts.push('integer');
  if (q.randomize) parts.push('randomize');
  if (q.when) parts.push('when', q.when);
  let s = parts.join(' ');
  if (q.options) s += ` { ${q.options.map((o) => option(o, text)).join('  ')} }`;
  if (q.rows) s += ` { ${q.rows.map((r) => `row ${r.id} ${text(r.text)}`).join('  ')} }`;
  return s;
}
