// Entry of scripts/build.mjs: the parser's lookahead paths and what follows each repetition,
// recorded from this grammar, for the bundles to define as `__SURVEY_LOOKAHEAD_JSON__`
// (see lookahead.ts and table-analysis.ts).
import { firstAfterRepetitions } from './first-after.ts';
import { RecordingLookahead, type RecordedGrammar } from './lookahead.ts';
import { SurveyParser } from './parser.ts';

export function recordLookahead(): RecordedGrammar {
  const recorder = new RecordingLookahead({ maxLookahead: 3 });
  const parser = new SurveyParser({ lookaheadStrategy: recorder });
  return { lookahead: recorder.table, firstAfter: firstAfterRepetitions(Object.values(parser.getGAstProductions())) };
}
