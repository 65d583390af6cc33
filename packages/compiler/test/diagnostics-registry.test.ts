// Message rendering: a quoted placeholder holds the survey's own text and is cut so a
// message stays one line (a 2,400-character question quoted by a wording rule printed
// the whole question); paths and unquoted parameters are never cut.
import { describe, expect, it } from 'vitest';
import { messageVariants, parse } from '@survey/syntax';
import { formatMessage, renderMessage } from '../src/diagnostics/registry.ts';
import { allDiagnosticDefs, compileText, parseConfig } from '../src/index.ts';

describe('formatMessage', () => {
  it('cuts quoted survey text to 40 characters, whole characters only', () => {
    const long = '您对本次服务的满意程度如何'.repeat(10);
    expect(formatMessage("'{words}' has {count} negations", { words: long, count: 3 })).toBe(
      `'${[...long].slice(0, 40).join('')}…' has 3 negations`,
    );
    expect(formatMessage('“{text}”', { text: '😀'.repeat(50) })).toBe(`“${'😀'.repeat(40)}…”`);
    expect(formatMessage("'{id}'", { id: 'short' })).toBe("'short'");
  });
  it('never cuts a path or an unquoted parameter', () => {
    const path = `/a/${'very-long-folder/'.repeat(10)}x.survey`;
    expect(formatMessage("Cannot find imported file '{path}'.", { path })).toBe(`Cannot find imported file '${path}'.`);
    const sentence = 'x'.repeat(300);
    expect(formatMessage('{problem}', { problem: sentence })).toBe(sentence);
  });
  it('keeps a wording message short on a very long question', () => {
    const r = compileText(
      `survey s {\n  languages en\n  text q "Do you not agree that the ${'really '.repeat(300)}slow service was not acceptable?" optional\n}\n`,
    );
    const d = r.diagnostics.find((x) => x.code === 'SVY4004');
    expect(d).toBeDefined();
    expect(d!.message.length).toBeLessThan(200);
  });
});

describe('messages rendered through the registry', () => {
  it('gives a parse diagnostic the text its declared template renders', () => {
    const r = compileText('survey s {\n  title "满意度" ；\n  single q "Q?" {\n');
    const texts = r.diagnostics.map((d) => `${d.code} ${d.message}`);
    expect(texts).toContain('SVY1001 Unexpected character \'；\'. Remove it, or put it inside a "string".');
    expect(texts).toContain("SVY1003 Expected '}' but found end of file: 2 blocks are not closed. Add the missing '}'.");
    for (const d of parse('survey s {\n  title "满意度" ；\n  single q "Q?" {\n').diagnostics)
      expect(renderMessage(d.code, d.messageId, d.args)).toBe(d.message);
  });
  it('renders config problems as variants of SVY1006', () => {
    const ds = parseConfig('{ "rules": { "SVY4001": "loud" }, "colour": 1 }', '/x/survey.config.json').diagnostics;
    expect(ds.map((d) => d.message)).toEqual([
      'Invalid survey.config.json: "rules.SVY4001" must be "error", "warning", "info" or "off".',
      'Invalid survey.config.json: unknown key "colour". Remove it, or use one of "$schema", "rules", "profile", "profiles", "options", "requireNonResponseOption".',
    ]);
  });
});

/** A template's own words: what is left without its parameters (a count keeps the words of its branches). */
function ownWords(template: string): string[] {
  const text = template
    .replace(/\{\w+,\s*plural,((?:\s*[\w=]+\s*\{[^{}]*\})+)\s*\}/g, (_, body: string) => body.replace(/[\w=]+\s*\{([^{}]*)\}/g, ' $1 '))
    .replace(/\{\w+\}/g, ' ');
  return text.match(/\p{L}{2,}/gu) ?? [];
}

/** Parameters that carry a whole sentence instead of naming a fact of the survey. */
const passThrough = new Set(['problem', 'message', 'reason', 'details', 'sentence', 'fix', 'hint']);

describe('every code has typed message variants', () => {
  it('flags a pass-through template (the check itself)', () => {
    expect(ownWords('{problem}')).toEqual([]);
    expect(ownWords('{problem}.')).toEqual([]);
    expect(ownWords("'{id}' {n, plural, one {has # option} other {has # options}}")).toEqual(['has', 'option', 'has', 'options']);
  });
  it('gives no code a template that is only a pass-through argument', () => {
    for (const def of allDiagnosticDefs()) {
      for (const [variant, template] of messageVariants(def.message)) {
        const where = `${def.code} ${variant}: ${template}`;
        expect(ownWords(template).length, where).toBeGreaterThanOrEqual(3);
        const params = [...template.matchAll(/\{(\w+)(?:\}|,\s*plural)/g)].map((m) => m[1]);
        // An internal error reports the exception it caught; nothing else passes a sentence through.
        if (def.code !== 'SVY0001')
          expect(
            params.filter((p) => passThrough.has(p)),
            where,
          ).toEqual([]);
      }
    }
  });
  it('renders every variant of every code from its named arguments', () => {
    for (const def of allDiagnosticDefs()) {
      for (const [variant, template] of messageVariants(def.message)) {
        const counts = new Set([...template.matchAll(/\{(\w+),\s*plural/g)].map((m) => m[1]));
        const args: Record<string, string | number> = Object.fromEntries(
          [...template.matchAll(/\{(\w+)\}/g)].map((m) => [m[1], `‹${m[1]}›`]),
        );
        for (const n of counts) args[n] = 2;
        const text = renderMessage(def.code, variant === 'default' && typeof def.message === 'string' ? undefined : variant, args);
        expect(text, `${def.code} ${variant}`).not.toMatch(/\{\w+(\}|,\s*plural)/);
      }
    }
  });
});

describe('categories', () => {
  it('put every code in the category of its series, and no rule name is a category id', async () => {
    const { categoryOf, diagnosticCategories } = await import('../src/index.ts');
    const defs = allDiagnosticDefs();
    for (const d of defs) expect(categoryOf(d.code)?.series, d.code).toBe(d.code[3]);
    const ids = new Set(diagnosticCategories.map((c) => c.id));
    expect(defs.filter((d) => ids.has(d.name))).toEqual([]);
    // Every category holds codes: none is a name without rules behind it.
    for (const c of diagnosticCategories)
      expect(
        defs.some((d) => categoryOf(d.code) === c),
        c.id,
      ).toBe(true);
    expect(categoryOf('SVY4001')?.id).toBe('wording');
    expect(categoryOf('wording')).toBeUndefined();
  });
});
