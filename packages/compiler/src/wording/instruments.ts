// `// survey-instrument WHO-5 -- WHO-5 Well-Being Index, WHO 1998` right before a
// question or a section declares it a validated instrument used verbatim: the wording
// rules (SVY4001–SVY4009) do not report its texts, since changing them would break the
// instrument's validation. The directive names the instrument and, after `--`, its source.
import { walk, type AnyNode, type TextRange } from '@survey/syntax';
import type { RuleContext } from '../rules/rule.ts';

export interface InstrumentDirective {
  file: string;
  /** The comment. */
  range: TextRange;
  name: string;
  source: string;
  /** The question or section it declares, when one follows the comment directly. */
  target?: { kind: 'Question' | 'Section'; start: number; end: number };
}

const INSTRUMENT_DIRECTIVE = /^\/\/\s*survey-instrument\b(.*)$/;

const cache = new WeakMap<object, InstrumentDirective[]>();

/** Every `survey-instrument` directive of the entry survey and its imports (cached per binding). */
export function instrumentDirectives(ctx: RuleContext): InstrumentDirective[] {
  const hit = cache.get(ctx.binding);
  if (hit) return hit;
  const out: InstrumentDirective[] = [];
  for (const [path, file] of ctx.files) {
    const comments = file.parse.comments.filter((c) => c.kind === 'line' && INSTRUMENT_DIRECTIVE.test(c.text));
    if (!comments.length) continue;
    const blocks: Array<{ kind: 'Question' | 'Section'; start: number; end: number }> = [];
    const roots: AnyNode[] = [...file.parse.ast.declarations, ...file.parse.ast.surveys];
    for (const root of roots)
      walk(root, (n) => {
        if (n.kind === 'Question' || n.kind === 'Section') blocks.push({ kind: n.kind, start: n.range.start, end: n.range.end });
        return n.kind !== 'Question';
      });
    blocks.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const c of comments) {
      const rest = INSTRUMENT_DIRECTIVE.exec(c.text)?.[1] ?? '';
      const cut = rest.indexOf('--');
      const name = (cut < 0 ? rest : rest.slice(0, cut)).trim();
      const source = cut < 0 ? '' : rest.slice(cut + 2).trim();
      // the next question or section, with only blank lines and comments in between
      const next = blocks.find((b) => b.start >= c.range.end);
      const between = next ? file.text.slice(c.range.end, next.start).replace(/\/\/[^\n]*/g, '') : '';
      out.push({ file: path, range: c.range, name, source, target: next && /^\s*$/.test(between) ? next : undefined });
    }
  }
  cache.set(ctx.binding, out);
  return out;
}

/** Is this offset inside a question or section declared a validated instrument? */
export function inInstrument(ctx: RuleContext, file: string, offset: number): boolean {
  return instrumentDirectives(ctx).some((d) => d.file === file && d.target && offset >= d.target.start && offset < d.target.end);
}
