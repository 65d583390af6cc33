// What the page's script needs for the flow (types only, shared by the emitter and the
// runtime): screen-outs by the page they stand on, end screens, randomised pages and
// shuffle groups. Texts are keys into the survey texts, so they switch language.
import type { ExprJson } from '../../common/expr.ts';

export interface RuntimeFlow {
  /** Put outcome, screen-out, end screen and order into the response. */
  record: boolean;
  /** Tested, in order, when the respondent leaves page `page` (a page id) or any later one. */
  screenOuts?: Array<{ id: string; page: string; when: ExprJson; message: string }>;
  /** The first whose condition holds (or that has none) is shown after submitting. */
  ends?: Array<{ id: string; when?: ExprJson; text: string }>;
  /** Sections whose questions are shuffled within each of their pages; `fixed` ones stay. */
  randomSections?: Array<{ section: string; fixed: string[] }>;
  /** Shuffle groups: their sections (with all their pages) in random order; `fixed` ones stay. */
  groups?: Array<{ id: string; sections: string[]; fixed: string[] }>;
}

export const flowTextKey = {
  screenOut: (id: string) => `screenout.${id}`,
  end: (id: string) => `end.${id}`,
};
