// A quick fix that rewrites a whole question (split it in two, change its answer
// format) is built once per question, from all of that question's findings in its own
// text, and then offered on each of its diagnostics.
import type { Question } from '../model.ts';
import type { TextSite } from './texts.ts';

export function fixPerQuestion<P extends { site: TextSite }, F>(
  pending: readonly P[],
  build: (q: Question, own: P[]) => F,
): (q: Question) => F {
  const own = new Map<Question, P[]>();
  for (const p of pending) {
    if (p.site.role !== 'question') continue;
    const list = own.get(p.site.question);
    if (list) list.push(p);
    else own.set(p.site.question, [p]);
  }
  const fixes = new Map<Question, F>();
  return (q) => {
    if (!fixes.has(q)) fixes.set(q, build(q, own.get(q) ?? []));
    return fixes.get(q) as F;
  };
}
