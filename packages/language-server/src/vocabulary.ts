// Words completion offers that are not declared anywhere. Modes and allocations are
// the compiler's own lists; attribute keywords follow the grammar (a test checks
// each is a keyword).
import { allocationMethods, surveyModes } from '@survey/compiler';

export const vocabulary = {
  modes: surveyModes,
  allocations: allocationMethods,
} as const;

/** Language codes offered after `languages`; any BCP 47 primary tag is accepted. */
export const languageCodes = ['zh', 'en', 'ja', 'ko', 'fr', 'de', 'es', 'pt', 'ru', 'ar', 'it', 'nl', 'vi', 'th', 'id', 'ms'];

/** Keywords that continue a statement, by its head (or by block for list entries). */
export const attributeKeywords: Record<string, string[]> = {
  question: [
    'help',
    'optional',
    'required',
    'from',
    'on',
    'min',
    'max',
    'pattern',
    'unit',
    'integer',
    'tag',
    'reverse',
    'randomize',
    'when',
  ],
  section: ['points', 'weight', 'limit', 'when'],
  scale: ['step', 'descending', 'anchored', 'missing'],
  limit: ['questions', 'minutes'],
  score: ['require', 'all'],
  row: ['reverse', 'tag'],
  choices: ['specify', 'exclusive', 'fixed'],
  options: ['specify', 'exclusive', 'fixed', 'row'],
  strata: ['sd', 'proportion', 'cost', 'completes', 'take_all'],
  exclude: ['answered', 'duration', 'straightline', 'attention', 'when'],
  breakdown: ['by'],
  chart: ['by'],
  drivers: ['on'],
};
