// Rules that read some texts, but whose diagnostics cannot change when only the
// content of one question's text (or help) changed in a way the rule does not see.
// After such an edit (check-cache.ts: one text literal, no quote, brace, backslash or
// line break typed or removed) their previous diagnostics are reused with the offsets
// after the edit moved, as the structure rules' are. Each entry says when that holds:
// `questionWording` for rules that never read a question's own text or help (they
// read option, row and scale labels, headers, attributes, expressions, comments), a
// test of the text before and after for the rules that read every text but only a
// property of it (blank or not, has letters, length). The differential fuzz tests
// (incremental-check.test.ts, e2e/fuzz) type words into every kind of text, blank
// texts out and compare every diagnostic with a full check.
import { LIMITS } from '../limits.ts';
import { hasLetter, isNameMemo } from '../rules/methodology/missing-translation.rule.ts';
import { FREE_CHARS, FREE_WORDS, charCount, wordCount } from '../rules/methodology/time-budget.rule.ts';
import { hasRangeWord } from '../rules/range-pair.rule.ts';
import { textPartPhrase } from '../rules/part-exceeds-whole.rule.ts';
import { topicMatches } from '../rules/methodology/sensitive-early.rule.ts';
import { mayAskRecommend } from '../rules/methodology/nps-usage.rule.ts';
import { wholeTextKey } from '../rules/methodology/duplicate-question-text.rule.ts';

/** The one text part an edit changed: what holds it (`Question:text`) and its value before and after. */
export interface EditedText {
  /** `Kind:property` of the node holding the Text (as `allTexts` names it). */
  holder: string;
  before: string;
  after: string;
}

/** The texts of a question itself: what the wording rules read, and what the rules below do not. */
const questionWording = (e: EditedText) => e.holder === 'Question:text' || e.holder === 'Question:help';

const blank = (s: string) => s.trim() === '';

/**
 * The time estimate reads a question's own text (no other), and only the characters
 * past FREE_CHARS and words past FREE_WORDS: a text short before and after costs the same.
 */
const sameReadingTime = (e: EditedText) =>
  e.holder !== 'Question:text' || [e.before, e.after].every((t) => charCount(t) <= FREE_CHARS && wordCount(t) <= FREE_WORDS);

/** Where an acronym or its explanation could start: a capital followed by a capital, digit or `&`. */
const capitals = /[A-Z][A-Z0-9&]/;

export const textEditRules: ReadonlyMap<string, (e: EditedText) => boolean> = new Map([
  // Reads every text, for blankness only.
  ['empty-text', (e: EditedText) => !blank(e.before) && !blank(e.after)],
  // Reads every text's languages (unchanged: no part added or removed), whether a part
  // has a letter and whether every part is a name.
  ['missing-translation', (e: EditedText) => hasLetter(e.before) === hasLetter(e.after) && isNameMemo(e.before) === isNameMemo(e.after)],
  // Reads the all-caps words of every text (acronyms, and those explained in help or
  // parentheses): none in the edited text before or after, nothing changes.
  ['acronym', (e: EditedText) => !capitals.test(e.before) && !capitals.test(e.after)],
  ['time-budget', sameReadingTime],
  ['quality-excludes-everyone', sameReadingTime],
  // Reads every string literal's length, against one limit.
  ['size-limits', (e: EditedText) => e.before.length <= LIMITS.literal && e.after.length <= LIMITS.literal],
  // Read questions' own texts (not help) for a few words; an edit that changes none of
  // what they find there changes nothing they report.
  ['range-pair', (e: EditedText) => e.holder !== 'Question:text' || (!hasRangeWord(e.before) && !hasRangeWord(e.after))],
  ['part-exceeds-whole', (e: EditedText) => e.holder !== 'Question:text' || textPartPhrase(e.before) === textPartPhrase(e.after)],
  ['sensitive-early', (e: EditedText) => e.holder !== 'Question:text' || topicMatches(e.before) === topicMatches(e.after)],
  ['nps-usage', (e: EditedText) => e.holder !== 'Question:text' || (!mayAskRecommend(e.before) && !mayAskRecommend(e.after))],
  // Compares question and matrix row texts in their normal form: the same before and after
  // (a space or punctuation typed), the same groups of equal texts.
  [
    'duplicate-question-text',
    (e: EditedText) =>
      (e.holder !== 'Question:text' && e.holder !== 'Row:text') ||
      (wholeTextKey(e.before) !== undefined && wholeTextKey(e.before) === wholeTextKey(e.after)),
  ],
  ...[
    'scale-grid',
    'language-tag',
    'header-values',
    'fieldwork-counts',
    'unsafe-pattern',
    'invalid-date',
    'text-format',
    'file-size',
    'file-accept',
    'option-image-source',
    'option-image-alt',
    'option-image-size',
    'shared-list-filter',
    'roster-size',
    'roster-count-outside',
    // Reads the pipes of texts: the edited literal has none, before or after.
    'pipe-unanswered',
    'always-true-condition',
    'instrument-directive',
    'scale-balance',
    'label-value',
    'other-specify',
    'missing-code-in-score',
    'reverse-items',
    'numeric-ranges',
    // Reads option, scale and matrix row labels (`Row:text`), not questions' texts.
    'duplicate-label',
    'attention-check',
    'scale-direction',
    'exclusive-none',
    'survey-intro',
    'sample-sanity',
    'target-range',
    'target-scale',
    'score-scales',
    // Reads the option labels of single-choice questions (their order), never a question's text.
    'option-order',
  ].map((name) => [name, questionWording] as const),
]);
