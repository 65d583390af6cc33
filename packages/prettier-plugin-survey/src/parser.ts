// The prettier parser: the syntax package's `parse`, nothing re-parsed here. Input
// with syntax errors is refused with a located error, never printed half-understood.
import type { Parser } from 'prettier';
import { parse, type Document, type SyntaxDiagnostic } from '@survey/syntax';
import { registerContext, SourceContext, type PrintableComment } from './context.ts';

/** The root prettier works on: the document, plus the comments prettier checks were all printed. */
export interface SurveyRoot extends Document {
  comments?: PrintableComment[];
}

interface Loc {
  line: number;
  column: number;
}

/** Thrown for input with syntax errors; `loc` is 1-based, as prettier's code frame expects. */
export class SurveySyntaxError extends SyntaxError {
  readonly loc: { start: Loc; end: Loc };
  constructor(
    message: string,
    readonly diagnostics: SyntaxDiagnostic[],
    start: Loc,
    end: Loc,
  ) {
    super(message);
    this.name = 'SurveySyntaxError';
    this.loc = { start, end };
  }
}

export function parseSurvey(text: string): SurveyRoot {
  const result = parse(text);
  if (result.diagnostics.length > 0) {
    const first = result.diagnostics[0];
    const at = (offset: number): Loc => {
      const p = result.lineMap.position(offset);
      return { line: p.line + 1, column: p.character + 1 };
    };
    const start = at(first.range.start);
    const more =
      result.diagnostics.length > 1
        ? ` (and ${result.diagnostics.length - 1} more syntax error${result.diagnostics.length > 2 ? 's' : ''})`
        : '';
    const message = `${first.code}: ${first.message}${more} (${start.line}:${start.column}). Fix syntax errors before formatting.`;
    throw new SurveySyntaxError(message, result.diagnostics, start, at(first.range.end));
  }
  const comments: PrintableComment[] = result.comments.map((c) => ({ ...c, value: c.text }));
  const root: SurveyRoot = { ...result.ast, comments };
  registerContext(root, new SourceContext(text, result.tokens, comments));
  return root;
}

type Ranged = { range?: { start: number; end: number } };

export const surveyParser: Parser<SurveyRoot> = {
  parse: (text) => parseSurvey(text),
  astFormat: 'survey-ast',
  locStart: (node: Ranged) => node.range?.start ?? 0,
  locEnd: (node: Ranged) => node.range?.end ?? 0,
};
