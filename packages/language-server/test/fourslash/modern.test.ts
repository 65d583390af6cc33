// Features of a modern extension on one zh/en clinic survey: signature help for the
// built-in functions (facts from the compiler's function table).
import { describe, expect, it } from 'vitest';
import { functions } from '@survey/compiler';
import { signatureHelp } from '../../src/index.ts';
import { Fourslash } from './harness.ts';

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
