// Categories of diagnostics. A code's thousands digit is its category (SVY4xxx is
// wording), so a code never changes category and the category needs no field of its
// own in each rule. Config files may set a whole category's severity by its id
// (`"rules": { "wording": "off" }`); a code or name set in the same file wins.
export interface DiagnosticCategory {
  /** Kebab-case id, usable as a key of `rules` in survey.config.json. */
  id: string;
  /** The code series: codes SVY<series>xxx. */
  series: string;
  title: string;
}

export const diagnosticCategories: readonly DiagnosticCategory[] = [
  { id: 'internal', series: '0', title: 'Internal' },
  { id: 'syntax', series: '1', title: 'Syntax, configuration and suppressions' },
  { id: 'structure', series: '2', title: 'Structure: names, references, types, scales, choices, scores' },
  { id: 'length', series: '3', title: 'Question count, length and time' },
  { id: 'wording', series: '4', title: 'Wording (English and Chinese)' },
  { id: 'scales', series: '5', title: 'Scales and choices' },
  { id: 'design', series: '6', title: 'Survey level, sampling and scoring' },
];

const bySeries = new Map(diagnosticCategories.map((c) => [c.series, c]));
const byId = new Map(diagnosticCategories.map((c) => [c.id, c]));

/** The category of a code such as `SVY4001`; undefined for a string that is not a code. */
export function categoryOf(code: string): DiagnosticCategory | undefined {
  return /^SVY\d{4}$/.test(code) ? bySeries.get(code[3]) : undefined;
}

export function getDiagnosticCategory(id: string): DiagnosticCategory | undefined {
  return byId.get(id);
}
