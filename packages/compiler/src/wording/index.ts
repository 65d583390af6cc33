// Shared helpers of the wording rules: tokens, word lists, matching, source ranges.
export * from './tokenize.ts';
export * from './match.ts';
export * from './lexicon.ts';
export * from './source-map.ts';
export * from './texts.ts';
export * from './polarity.ts';
export * from './instruments.ts';
