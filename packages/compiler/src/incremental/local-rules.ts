// Rules whose diagnostics about one question depend only on that question's own
// source text and on what lies outside every question (scales, choice lists,
// glossary, languages, config): the wording rules that read `questionTexts` one
// question at a time, and the shape checks of a single question. The check cache
// reruns them only on the questions whose text changed. A rule that reads other
// questions (duplicates, order, conditions, totals) must not be listed; the
// differential fuzz test (incremental-check.test.ts) compares against a full check,
// and a listed rule that reports outside the questions it was given is taken off
// the list at run time.
export const questionLocalRules: ReadonlySet<string> = new Set([
  'question-shape',
  'question-length',
  'double-barreled',
  'leading-question',
  'negation',
  'absolute-term',
  'vague-quantifier',
  'reference-period',
  'jargon',
  'nonresponse-option',
  // A number question's text against its own min and max.
  'implausible-bound',
  // A rating or matrix question's text against the end labels of the scale it uses (declared outside questions).
  'stem-scale',
]);
