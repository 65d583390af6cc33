// Completion in expressions over repeat groups: after `members.` the questions asked in
// that group (and in groups nested in it), for `sum(members.income)` and
// `count(members.age)`; after `count(members ` the `where` that counts the instances that
// meet a condition.
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { pickText, type CompileResult, type Roster } from '@survey/compiler';
import { keywordEntry } from '@survey/syntax';
import { enclosingCall, image, typeName, type CursorContext } from './completion-context.ts';

/** The group named before a dot at the end of `before` (`sum(members.` or `sum(members.in`), if it is one. */
export function rosterPathItems(result: CompileResult, before: string): CompletionItem[] | undefined {
  const m = /\b([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)?$/.exec(before);
  if (!m) return undefined;
  const survey = result.survey;
  const group = survey?.rosters.find((r) => r.id === m[1]);
  if (!survey || !group) return undefined;
  const out: CompletionItem[] = [];
  const add = (r: Roster) => {
    for (const q of r.questions)
      out.push({
        label: q.id,
        kind: CompletionItemKind.Variable,
        detail: `Q${q.number} ${q.kind} · ${pickText(q.text, survey.defaultLanguage)}`,
        documentation: `asked once per instance of repeat group \`${q.roster?.id ?? r.id}\``,
      });
    r.rosters.forEach(add);
  };
  add(group);
  return out;
}

/** `count(members |`: the one argument of count() is a repeat group; `where` may follow. */
export function whereItems(result: CompileResult, ctx: CursorContext): CompletionItem[] | undefined {
  const call = enclosingCall(ctx);
  if (call?.name !== 'count' || call.arg !== 0 || typeName(ctx.prev) !== 'Identifier') return undefined;
  if (!result.survey?.rosters.some((r) => r.id === image(ctx.prev))) return undefined;
  return [{ label: 'where', kind: CompletionItemKind.Keyword, documentation: keywordEntry('where')?.doc }];
}
