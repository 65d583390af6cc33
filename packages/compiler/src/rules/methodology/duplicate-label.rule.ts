// SVY5022: two options of one list, two rows of one matrix or two points of one scale
// with the same label in some language: the respondent cannot tell them apart, and the
// answer recorded depends on which one they happened to click.
import { defineRule, type RuleContext } from '../rule.ts';
import type { LText } from '../../model.ts';
import type * as A from '@survey/syntax';
import type { TextRange } from '@survey/syntax';
import { memoize } from '../../memo.ts';

interface Labelled {
  label: LText;
  name: string;
  range: TextRange;
  text?: A.Text;
}

/** Labels compared as a respondent reads them: case, spacing and width-insensitive. */
export const sameLabelKey: (text: string) => string = memoize((text) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim());

export default defineRule({
  name: 'duplicate-label',
  diagnostics: [
    {
      code: 'SVY5022',
      name: 'duplicate-label',
      severity: 'error',
      message:
        '{what} {name} has the same {lang}label as {other} ("{label}"): respondents cannot tell them apart. Give each its own wording.',
      docs: {
        summary: 'Two options of one list, two rows of one matrix or two points of one scale with the same label (in any language).',
        rationale:
          'Identical answer options make the recorded code depend on which one the respondent clicked; the distribution of the answers is then meaningless (QAS-99 item 5, response categories).',
        bad: 'choices channel { app "手机应用" en: "App"  web "网站" en: "Website"  mini "手机应用" en: "Mini program" }',
        good: 'choices channel { app "手机应用" en: "App"  web "网站" en: "Website"  mini "小程序" en: "Mini program" }',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const lists = [...s.choiceLists.values(), ...s.questions.flatMap((q) => (q.choices?.inline ? [q.choices] : []))];
    for (const list of lists) {
      const items = list.options.map((o) => ({
        label: o.label,
        name: `'${o.code}'`,
        range: o.node.label?.range ?? o.node.range,
        text: o.node.label,
      }));
      compare(ctx, list.file, 'Option', s.defaultLanguage, items);
    }
    for (const q of s.questions) {
      if (q.kind !== 'matrix') continue;
      compare(
        ctx,
        q.file,
        'Row',
        s.defaultLanguage,
        q.rows.map((r) => ({ label: r.text, name: `'${r.id}'`, range: r.node.text?.range ?? r.node.range, text: r.node.text })),
      );
    }
    for (const scale of s.scales.values()) {
      if (!scale.node) continue;
      const points = scale.node.points;
      compare(
        ctx,
        scale.file,
        'Point',
        s.defaultLanguage,
        scale.points.map((p) => {
          const node = points.find((n) => n.value && (n.negative ? -n.value.value : n.value.value) === p.value);
          return {
            label: p.label,
            name: String(p.value),
            range: node?.label?.range ?? node?.range ?? scale.node!.range,
            text: node?.label,
          };
        }),
      );
    }
  },
});

function compare(ctx: RuleContext, file: string, what: string, defaultLanguage: string, items: Labelled[]): void {
  const reported = new Set<Labelled>();
  for (let i = 1; i < items.length; i++) {
    for (let j = 0; j < i; j++) {
      if (reported.has(items[i])) break;
      for (const [lang, text] of Object.entries(items[i].label)) {
        const other = items[j].label[lang];
        if (!text.trim() || other === undefined || sameLabelKey(text) !== sameLabelKey(other)) continue;
        reported.add(items[i]);
        ctx.report({
          code: 'SVY5022',
          file,
          range: partRange(items[i], lang, defaultLanguage),
          args: {
            what,
            name: items[i].name,
            other: items[j].name,
            label: text,
            lang: Object.keys(items[i].label).length > 1 ? `${lang} ` : '',
          },
          related: [{ file, range: partRange(items[j], lang, defaultLanguage), message: `${items[j].name} has the same label` }],
        });
        break;
      }
    }
  }
}

/** The range of one language's string in a label, or the whole label. */
function partRange(item: Labelled, lang: string, defaultLanguage: string): TextRange {
  const part = item.text?.parts.find((p) => (p.lang ?? defaultLanguage) === lang);
  return part?.valueRange ?? item.range;
}
