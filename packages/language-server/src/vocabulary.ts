// Words completion offers. Modes and allocations are the compiler's own lists;
// attribute keywords come from the vocabulary table of @survey/syntax.
import { allocationMethods, surveyModes } from '@survey/compiler';
import { modifiersAfter, statementStarts, wordsWithRole } from '@survey/syntax';

export const vocabulary = {
  modes: surveyModes,
  allocations: allocationMethods,
} as const;

/** Language codes offered after `languages`; any BCP 47 primary tag is accepted. */
export const languageCodes = ['zh', 'en', 'ja', 'ko', 'fr', 'de', 'es', 'pt', 'ru', 'ar', 'it', 'nl', 'vi', 'th', 'id', 'ms'];

/** Keywords that continue a statement, by its head (or by block for list entries), from the vocabulary table. */
export const attributeKeywords: Record<string, readonly string[]> = {
  question: wordsWithRole('question-attribute'),
  section: wordsWithRole('section-attribute'),
  scale: [...wordsWithRole('scale-attribute'), ...wordsWithRole('scale-point')],
  limit: wordsWithRole('limit-unit'),
  score: wordsWithRole('score-attribute'),
  row: wordsWithRole('row-attribute'),
  choices: wordsWithRole('choice-flag'),
  options: [...wordsWithRole('choice-flag'), ...statementStarts('options')],
  strata: wordsWithRole('stratum-setting'),
  hidden: wordsWithRole('hidden-attribute'),
  answers: wordsWithRole('answers-default'),
  exclude: wordsWithRole('exclusion-criterion'),
  breakdown: modifiersAfter('breakdown'),
  chart: modifiersAfter('chart'),
  drivers: modifiersAfter('drivers'),
};
