// SVY2056: an empty (or blank) text that a respondent or a report would show: a
// question, its help, an option or row label, a scale label, a section or survey
// title, a check message, in any language. The respondent sees nothing where the
// question or the answer should be.
import type * as A from '@survey/syntax';
import { defineRule } from './rule.ts';

const what: Record<string, (key: string) => string> = {
  Question: (key) => (key === 'help' ? 'help text' : key === 'unit' ? 'unit' : 'question text'),
  Option: () => 'option label',
  Row: () => 'row text',
  ScalePoint: () => 'scale label',
  Section: () => 'section title',
  Header: () => 'survey text',
  Check: () => 'check message',
  Hidden: () => 'hidden variable label',
  GlossaryEntry: () => 'glossary definition',
  Score: () => 'score label',
  Let: () => 'label',
};

export default defineRule({
  name: 'empty-text',
  diagnostics: [
    {
      code: 'SVY2056',
      name: 'empty-text',
      severity: 'error',
      message: {
        default: 'This {what} is empty: respondents would see nothing here. Write the text.',
        translation:
          'This {what} is empty in {lang}: respondents would see nothing here. Write the text, or remove `{lang}: ""` to fall back to the default language.',
      },
      docs: {
        summary:
          'An empty or blank text where something is shown: a question, an option or row label, a scale label, a title, a check message (any language).',
        rationale:
          'A respondent cannot answer a question, or choose an option, that says nothing; a blank translation shows nothing in that language.',
        bad: 'single vendor "您选择了哪家供应商?" en: "" { a "供应商A"  b "" }',
        good: 'single vendor "您选择了哪家供应商?" en: "Which vendor did you choose?" { a "供应商A"  b "供应商B" }',
      },
    },
  ],
  check(ctx) {
    for (const [file, source] of ctx.files) {
      visit(source.parse.ast, undefined, '', (text, parent, key) => {
        const label = what[parent]?.(key);
        if (!label) return;
        for (const part of text.parts) {
          // A recovered text after a syntax error has no literal (SVY1003 says so).
          if (part.value.trim() !== '' || part.valueRange.end - part.valueRange.start < 2) continue;
          ctx.report({
            code: 'SVY2056',
            file,
            range: part.valueRange,
            ...(part.lang
              ? { messageId: 'translation', args: { what: label, lang: part.lang } }
              : { messageId: 'default', args: { what: label } }),
          });
        }
      });
    }
  },
});

const exprKinds = new Set(['Binary', 'Unary', 'Paren', 'Call', 'NameRef', 'Number', 'String']);

/** Every Text node with the kind of the node holding it and the property it is under. */
function visit(
  node: unknown,
  parent: string | undefined,
  key: string,
  onText: (t: A.Text, parent: string, key: string) => void,
  depth = 0,
): void {
  if (depth > 200 || typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    for (const n of node) visit(n, parent, key, onText, depth + 1);
    return;
  }
  const obj = node as { kind?: string; parts?: unknown };
  if (obj.kind && exprKinds.has(obj.kind)) return; // expressions hold no texts
  if (obj.kind === 'Question') {
    // The incremental re-parse keeps unchanged question nodes: their texts are found once.
    let memo = questionMemo.get(obj);
    if (!memo || memo.depth !== depth || memo.parent !== parent || memo.key !== key) {
      const found: Array<[A.Text, string, string]> = [];
      walkObject(obj, parent, key, (t, p, k) => void found.push([t, p, k]), depth);
      questionMemo.set(obj, (memo = { depth, parent, key, found }));
    }
    for (const [t, p, k] of memo.found) onText(t, p, k);
    return;
  }
  walkObject(obj, parent, key, onText, depth);
}

const questionMemo = new WeakMap<
  object,
  { depth: number; parent: string | undefined; key: string; found: Array<[A.Text, string, string]> }
>();

function walkObject(
  obj: { kind?: string; parts?: unknown },
  parent: string | undefined,
  key: string,
  onText: (t: A.Text, parent: string, key: string) => void,
  depth: number,
): void {
  if (obj.kind === 'Text' && parent) {
    onText(obj as A.Text, parent, key);
    return;
  }
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'range' || typeof v !== 'object') continue;
    visit(v, obj.kind ?? parent, k, onText, depth + 1);
  }
}
