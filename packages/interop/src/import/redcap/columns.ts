// The columns of a REDCap data dictionary, found by their header (REDCap's own
// spelling, matched case-insensitively by its start, so older and newer headers
// both work), and one row as a record of those columns.
const redcapKeys = {
  name: 'variable',
  form: 'form name',
  header: 'section header',
  type: 'field type',
  label: 'field label',
  choices: 'choices',
  note: 'field note',
  validation: 'text validation type',
  min: 'text validation min',
  max: 'text validation max',
  identifier: 'identifier',
  logic: 'branching logic',
  required: 'required',
  alignment: 'custom alignment',
  number: 'question number',
  matrix: 'matrix group',
  ranking: 'matrix ranking',
  annotation: 'field annotation',
} as const;

type RedcapKey = keyof typeof redcapKeys;
export type RedcapRow = Record<RedcapKey, string> & { row: number };

/** Rows of a parsed dictionary; throws naming the missing columns. */
export function redcapRows(table: string[][]): RedcapRow[] {
  const [header = [], ...body] = table;
  const norm = header.map((h) => h.trim().toLowerCase());
  const index = {} as Record<RedcapKey, number>;
  for (const [key, start] of Object.entries(redcapKeys) as [RedcapKey, string][]) index[key] = norm.findIndex((h) => h.startsWith(start));
  const required: RedcapKey[] = ['name', 'form', 'type', 'label'];
  const missing = required.filter((k) => index[k] < 0);
  if (missing.length)
    throw new Error(`not a REDCap data dictionary: no column ${missing.map((k) => `'${redcapKeys[k]}…'`).join(', ')} in the header`);
  return body.map((cells, i) => {
    const r = { row: i + 2 } as RedcapRow;
    for (const key of Object.keys(redcapKeys) as RedcapKey[]) r[key] = index[key] >= 0 ? (cells[index[key]] ?? '').trim() : '';
    return r;
  });
}
