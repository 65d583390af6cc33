// The survey's flow in the semantic model: page breaks inside sections, screen-outs
// (end the survey early with a message), end screens, randomised sections and `shuffle`
// groups of sections with anchored (`fixed`) members. Built by binder/flow.ts.
import type * as A from '@survey/syntax';
import type { LText, Located } from './model.ts';

/** `page`: the questions of `section` from index `before` on start a new page. */
export interface PageBreak extends Located<A.PageDecl> {
  /** The section it splits; undefined for a `page` between sections (it splits nothing). */
  section?: string;
  /** Index in the section's questions of the first question after it. */
  before: number;
}

/** Where a screen-out or page break sits among the survey's questions. */
export interface FlowPosition {
  /** The section it is written in (or the implicit section it follows). */
  section?: string;
  /** How many of the survey's questions come before it. */
  after: number;
}

/** `screenout id "message" when condition`: ends the survey with the message when the condition holds here. */
export interface ScreenOut extends Located<A.ScreenOutDecl>, FlowPosition {
  id: string;
  message: LText;
  when?: A.Expr;
  /** Question and row ids the condition reads (through calculated values too). */
  items: string[];
}

/** `end id "text" [when condition]`: the first end screen whose condition holds is shown after submitting. */
export interface EndScreen extends Located<A.EndDecl> {
  id: string;
  text: LText;
  when?: A.Expr;
  items: string[];
}

/** A section whose questions are shown in random order; `fixed` questions keep their place. */
export interface RandomSection {
  section: string;
  fixed: string[];
}

/** `shuffle id { section … }`: its sections in random order; `fixed` sections keep their place. */
export interface ShuffleGroup extends Located<A.ShuffleDecl> {
  id: string;
  sections: string[];
  fixed: string[];
}

export interface SurveyFlow {
  pageBreaks: PageBreak[];
  screenOuts: ScreenOut[];
  ends: EndScreen[];
  randomSections: RandomSection[];
  groups: ShuffleGroup[];
}

export function emptyFlow(): SurveyFlow {
  return { pageBreaks: [], screenOuts: [], ends: [], randomSections: [], groups: [] };
}

/** True when the survey uses any flow feature that the response records (outcome or order). */
export function recordsFlow(f: SurveyFlow): boolean {
  return f.screenOuts.length > 0 || f.ends.length > 0 || f.randomSections.length > 0 || f.groups.length > 0;
}

/**
 * Each section's pages: the question index where each page starts (always 0 first).
 * Breaks at the start or end of a section, or repeated, add no page.
 */
export function pageStarts(flow: SurveyFlow, section: string, questionCount: number): number[] {
  const starts = new Set([0]);
  for (const b of flow.pageBreaks) if (b.section === section && b.before > 0 && b.before < questionCount) starts.add(b.before);
  return [...starts].sort((a, b) => a - b);
}
