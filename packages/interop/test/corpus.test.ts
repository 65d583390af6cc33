// Real files written by others (test/fixtures/corpus, sources and licences in its
// README): pyxform's test forms (XLSForm .md and .xlsx) and REDCapR's test data
// dictionaries. Each is imported (no errors, formatted, compiles), exported back to
// its own format, imported again and compared field by field with the first import:
// what the format carries must survive the trip. The share of fields that come back
// exactly is printed for the closing notes.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentOf, exportSurvey } from '../src/index.ts';
import { fixture, importClean } from './helpers.ts';
import { compareSurveys, type FieldDiff } from './roundtrip.ts';

const formats = { xlsform: /\.(md|xlsx)$/, redcap: /\.csv$/ } as const;
const files = Object.entries(formats).flatMap(([format, re]) =>
  readdirSync(fixture(`corpus/${format}`))
    .filter((f) => re.test(f))
    .map((f) => [format as keyof typeof formats, f] as const),
);

/** What each format cannot carry, as in import-roundtrip.test.ts and redcap-import.test.ts. */
const carriesNot: Record<keyof typeof formats, (d: FieldDiff) => boolean> = {
  xlsform: (d) => (d.field === 'randomize' && d.kind === 'matrix') || (d.field === 'bounds' && d.kind === 'ranking'),
  redcap: (d) =>
    (d.field === 'bounds' && ['text', 'multi', 'ranking'].includes(d.kind ?? '')) || (d.field === 'randomize' && d.kind === 'matrix'),
};

const tally: Record<string, { files: number; fields: number; exact: number }> = {};

async function imported(path: string, from: 'xlsform' | 'redcap', data?: Uint8Array) {
  const r = await importClean(path, data ?? readFileSync(path), from);
  return { ...r, doc: documentOf(r.result) };
}

describe.each(files)('%s corpus: %s', (format, name) => {
  it('imports without errors and round-trips through its own format', async () => {
    const first = await imported(fixture(`corpus/${format}/${name}`), format);
    expect(first.doc.sections.flatMap((s) => s.questions).length).toBeGreaterThan(0);
    const { files: out } = await exportSurvey(first.doc, [format]);
    const back = await imported(out[0].fileName, format, out[0].contents as Uint8Array);
    const { fields, diffs } = compareSurveys(first.doc, back.doc);
    const t = (tally[format] ??= { files: 0, fields: 0, exact: 0 });
    t.files++;
    t.fields += fields;
    t.exact += fields - diffs.length;
    expect(diffs.filter((d) => !carriesNot[format](d))).toEqual([]);
  });
});

describe('corpus round-trip share', () => {
  it('prints the share of fields that come back exactly', () => {
    expect(Object.keys(tally).sort()).toEqual(['redcap', 'xlsform']);
    for (const [format, t] of Object.entries(tally))
      console.log(`corpus ${format}: ${t.files} files, ${t.exact}/${t.fields} fields exact (${((100 * t.exact) / t.fields).toFixed(1)}%)`);
  });
});
