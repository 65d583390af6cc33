// Entry of scripts/build.mjs: the parser's lookahead paths, recorded from this grammar, for
// the bundles to define as `__SURVEY_LOOKAHEAD__` (see lookahead.ts).
import { RecordingLookahead, type LookaheadTable } from './lookahead.ts';
import { SurveyParser } from './parser.ts';

export function recordLookahead(): LookaheadTable {
  const recorder = new RecordingLookahead({ maxLookahead: 3 });
  new SurveyParser({ lookaheadStrategy: recorder });
  return recorder.table;
}
