// Hover on flow statements, which declare no symbol: a screen-out's or end screen's id
// shows its text in every language, its condition and the answers it reads (and where a
// screen-out is tested); a `page` break says which page of its section it starts; a
// `shuffle` group's id lists its sections and the fixed ones.
import { pageStarts, type Survey } from '@survey/compiler';
import { conditionText, exprToJson } from '@survey/emitters';
import type { Binding } from '@survey/compiler';
import type { TextRange } from '@survey/syntax';

const inside = (r: TextRange | undefined, offset: number) => !!r && r.start <= offset && offset <= r.end;

function texts(t: Record<string, string>, languages: string[]): string[] {
  return languages.filter((l) => t[l] !== undefined).map((l) => `- ${l}: ${t[l]}`);
}

export function flowHover(survey: Survey, binding: Binding, path: string, offset: number): { value: string; range: TextRange } | undefined {
  const f = survey.flow;
  const L = survey.languages;
  const cond = (e: Parameters<typeof exprToJson>[0]) => `\`${conditionText(exprToJson(e, binding))}\``;
  for (const x of f.screenOuts) {
    const r = x.node.id?.range;
    if (x.file !== path || !inside(r, offset)) continue;
    const where = x.after ? `after question ${x.after}, when the respondent leaves its page` : 'when the respondent leaves the first page';
    return {
      value: [
        `**screen-out** \`${x.id}\`: ends the survey when ${cond(x.when)}`,
        `tested ${where}; reads ${x.items.map((i) => `\`${i}\``).join(', ') || 'no answer'}`,
        ...texts(x.message, L),
      ].join('\n\n'),
      range: r!,
    };
  }
  for (const [i, x] of f.ends.entries()) {
    const r = x.node.id?.range;
    if (x.file !== path || !inside(r, offset)) continue;
    const when = x.when ? `shown when ${cond(x.when)}` : 'shown when no end screen before it applies';
    return { value: [`**end screen** \`${x.id}\` (${i + 1} of ${f.ends.length}): ${when}`, ...texts(x.text, L)].join('\n\n'), range: r! };
  }
  for (const b of f.pageBreaks) {
    if (b.file !== path || !inside(b.node.range, offset)) continue;
    const sec = survey.sections.find((s) => s.id === b.section);
    const starts = sec ? pageStarts(f, sec.id, sec.questions.length) : [];
    const k = starts.indexOf(b.before);
    return {
      value:
        sec && k > 0
          ? `**page break**: page ${k + 1} of ${starts.length} of section \`${sec.id}\` starts here`
          : '**page break** that starts no page',
      range: b.node.range,
    };
  }
  for (const g of f.groups) {
    const r = g.node.id?.range;
    if (g.file !== path || !inside(r, offset)) continue;
    const fixed = g.fixed.length ? `; fixed: ${g.fixed.map((s) => `\`${s}\``).join(', ')}` : '';
    return {
      value: `**shuffle group** \`${g.id}\`: sections ${g.sections.map((s) => `\`${s}\``).join(', ')} in random order${fixed}`,
      range: r!,
    };
  }
  return undefined;
}
