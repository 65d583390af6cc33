// The XLSForm survey-sheet columns that hold one value whatever the language: written
// by the exporter in this order, read by the importer.
export const xlsformPlainColumns = [
  'type',
  'name',
  'required',
  'relevant',
  'constraint',
  'appearance',
  'parameters',
  'calculation',
  'default',
  'repeat_count',
] as const;
