// Features of a modern extension on one zh/en clinic survey: signature help for the
// built-in functions (facts from the compiler's function table), document highlight,
// selection ranges, code lens.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { functions } from '@survey/compiler';
import { DocumentHighlightKind, type SelectionRange } from 'vscode-languageserver';
import { codeLenses, documentHighlights, selectionRanges, signatureHelp } from '../../src/index.ts';
import { Fourslash } from './harness.ts';
import { Workspace, pathToUri } from '../../src/index.ts';

const f = new Fourslash('modern');
const clinic = '/fourslash/modern/clinic.survey';

const help = (marker: string) => signatureHelp(f.ws, f.spot(marker).path, f.position(marker));
/** The active parameter's text in the label. */
const active = (marker: string) => {
  const h = help(marker)!;
  const sig = h.signatures[0];
  const p = sig.parameters![h.activeParameter!];
  return p && Array.isArray(p.label) ? sig.label.slice(p.label[0], p.label[1]) : undefined;
};

describe('modern: the fixture', () => {
  it('compiles without errors', () => {
    expect(f.ws.result(clinic).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('modern: signature help', () => {
  it('shows the innermost call and the argument the cursor is in', () => {
    expect(help('mean0')!.signatures[0].label).toBe('mean(value, …)');
    expect(help('rescale0')!.signatures[0].label).toBe('rescale(value, scale)');
    expect(active('rescale0')).toBe('value');
    expect(active('rescale1')).toBe('scale');
  });
  it('keeps the last argument of a variadic function active', () => {
    expect(help('mean1')!.activeParameter).toBe(0);
  });
  it('works for nps( although nps is also a keyword, and marks optional arguments', () => {
    expect(help('nps0')!.signatures[0].label).toBe('nps(item)');
    expect(help('topbox1')!.signatures[0].label).toBe('topbox(item, number?)');
    expect(active('topbox1')).toBe('number?');
  });
  it("documents each function with the table's own text", () => {
    const doc = help('nps0')!.signatures[0].documentation;
    expect(typeof doc === 'object' && doc.value).toBe(functions.nps.doc);
  });
  it('is silent outside a call', () => {
    expect(help('afterCall')).toBeNull();
    expect(help('waitUse')).toBeNull();
  });
});

describe('modern: document highlight', () => {
  const highlights = (marker: string) =>
    documentHighlights(f.ws, clinic, f.position(marker)).map((h) => ({
      text: f.texts.get(clinic)!.slice(f.offsetAt(clinic, h.range.start), f.offsetAt(clinic, h.range.end)),
      line: h.range.start.line,
      kind: h.kind,
    }));
  it('marks the declaration as written and every use in the file as read', () => {
    const hs = highlights('waitUse');
    expect(hs.map((h) => h.text)).toEqual(['wait', 'wait', 'wait', 'wait', 'wait']);
    expect(hs.filter((h) => h.kind === DocumentHighlightKind.Write)).toEqual([
      { text: 'wait', line: f.position('waitDecl').line, kind: DocumentHighlightKind.Write },
    ]);
    expect(highlights('waitDecl')).toEqual(hs);
  });
  it('highlights a scale declared in another file only where this file names it', () => {
    const hs = highlights('rescale1');
    expect(hs.map((h) => [h.text, h.kind])).toEqual([
      ['sat5', DocumentHighlightKind.Read],
      ['sat5', DocumentHighlightKind.Read],
      ['sat5', DocumentHighlightKind.Read],
    ]);
  });
  it('highlights nothing off a name', () => {
    expect(highlights('afterCall').length).toBe(1); // the score's own name
    expect(documentHighlights(f.ws, clinic, { line: 0, character: 3 })).toEqual([]);
  });
});

describe('modern: selection ranges', () => {
  const texts = (marker: string): string[] => {
    const [r] = selectionRanges(f.ws, clinic, [f.position(marker)]);
    const out: string[] = [];
    for (let s: SelectionRange | undefined = r; s; s = s.parent)
      out.push(f.texts.get(clinic)!.slice(f.offsetAt(clinic, s.range.start), f.offsetAt(clinic, s.range.end)));
    return out;
  };
  it('grows from the name through the calls, the score and the survey to the file', () => {
    const t = texts('mean0');
    expect(t[0]).toBe('wait');
    expect(t).toContain('mean(wait, doctor)');
    expect(t).toContain('rescale(mean(wait, doctor), sat5)');
    expect(t.some((x) => x.startsWith('score care "就诊指数"'))).toBe(true);
    expect(t.some((x) => x.startsWith('survey clinic_visit {'))).toBe(true);
    expect(t[t.length - 1]).toBe(f.texts.get(clinic));
  });
  it('each range strictly holds the one before', () => {
    for (const m of ['mean0', 'waitUse', 'waitDecl', 'linkScales', 'topbox1']) {
      const t = texts(m);
      for (let i = 1; i < t.length; i++) {
        expect(t[i]).toContain(t[i - 1]);
        expect(t[i].length).toBeGreaterThan(t[i - 1].length);
      }
    }
  });
  it('answers one range per position asked', () => {
    expect(selectionRanges(f.ws, clinic, [f.position('mean0'), f.position('waitUse')])).toHaveLength(2);
  });
});

describe('modern: code lens', () => {
  it('sits on the survey line and tells questions, minutes and the planned sample', () => {
    const lenses = codeLenses(f.ws, clinic);
    expect(lenses.map((l) => l.range.start.line)).toEqual([3, 3, 3]);
    expect(f.texts.get(clinic)!.split('\n')[3]).toMatch(/^survey clinic_visit/);
    // Two ratings and an nps at ~10 s, an optional text at ~20 s (the SVY3002 time model).
    expect(lenses.map((l) => l.command!.title)).toEqual([
      '4 questions',
      'about 50 s on the longest path (4 questions)',
      'sample: 400 completes, 1,600 invitations',
    ]);
  });
  it('follows the time model of survey.config.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'survey-lens-'));
    try {
      writeFileSync(join(dir, 'survey.config.json'), JSON.stringify({ options: { 'over-time-budget': { closed: 30 } } }));
      const ws = new Workspace({ disk: { readFile: (p) => f.texts.get(p) }, roots: [dir], configPath: 'survey.config.json' });
      ws.set(pathToUri(clinic), f.texts.get(clinic)!, 1);
      expect(codeLenses(ws, clinic)[1].command!.title).toBe('about 1.8 min on the longest path (4 questions)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('gives a shared file no lens', () => {
    expect(codeLenses(f.ws, '/fourslash/modern/scales.survey')).toEqual([]);
  });
});
