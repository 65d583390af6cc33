// The file and the survey: which printer each statement gets. A statement kind this
// printer does not know (a newer grammar) keeps its tokens, one space apart.
import type { Doc } from 'prettier';
import type { Document, GlossaryDecl, HeaderProperty, SurveyDecl, SurveyMember } from '@survey/syntax';
import type { SourceContext } from '../context.ts';
import { fallbackPiece, piece } from './pieces.ts';
import { nameListPieces } from './leaves.ts';
import { seq } from './seq.ts';
import { printTopLevel } from './block.ts';
import { declaration, statement } from './declaration.ts';
import { printChoices, printScale } from './scales.ts';
import { printLimit, printQuestion, printSection } from './questions.ts';
import { printCheck, printLet, printScore, printTarget } from './scores.ts';
import { printHidden } from './hidden.ts';
import { printRepeat } from './repeat.ts';
import { printSample } from './sample.ts';
import { printAnalysis, printQuality } from './quality.ts';
import { printEnd, printPage, printScreenOut, printShuffle } from './flow.ts';

type TopLevel = Document['imports'][number] | Document['declarations'][number] | SurveyDecl;

export function printDocument(ctx: SourceContext, d: Document): Doc {
  const children: TopLevel[] = [...d.imports, ...d.declarations, ...d.surveys];
  return printTopLevel(ctx, children, (n) => printStatement(ctx, n));
}

function printStatement(ctx: SourceContext, n: TopLevel | SurveyMember): Doc {
  switch (n.kind) {
    case 'Import':
      return statement(ctx, n.range, () => seq(ctx, n.range.start, ['import', n.path]));
    case 'Survey':
      return printSurvey(ctx, n);
    case 'Header':
      return printHeader(ctx, n);
    case 'Limit':
      return printLimit(ctx, n);
    case 'TotalPoints':
      return statement(ctx, n.range, () => seq(ctx, n.range.start, ['points', n.value]));
    case 'Glossary':
      return printGlossary(ctx, n);
    case 'Scale':
      return printScale(ctx, n);
    case 'Choices':
      return printChoices(ctx, n);
    case 'Section':
      return printSection(ctx, n);
    case 'Question':
      return printQuestion(ctx, n);
    case 'Hidden':
      return printHidden(ctx, n);
    case 'Score':
      return printScore(ctx, n);
    case 'Let':
      return printLet(ctx, n);
    case 'Check':
      return printCheck(ctx, n);
    case 'Repeat':
      return printRepeat(ctx, n, (q) => printQuestion(ctx, q));
    case 'Target':
      return printTarget(ctx, n);
    case 'Sample':
      return printSample(ctx, n);
    case 'Quality':
      return printQuality(ctx, n);
    case 'Analysis':
      return printAnalysis(ctx, n);
    case 'Page':
      return printPage(ctx, n);
    case 'ScreenOut':
      return printScreenOut(ctx, n);
    case 'End':
      return printEnd(ctx, n);
    case 'Shuffle':
      return printShuffle(ctx, n, (s) => printSection(ctx, s));
  }
  const unknown = n as { range: { start: number; end: number } };
  return statement(ctx, unknown.range, () => [fallbackPiece(ctx, unknown.range)]);
}

function printSurvey(ctx: SourceContext, s: SurveyDecl): Doc {
  return declaration(
    ctx,
    s,
    () => seq(ctx, s.range.start, ['survey', s.id]),
    s.members,
    (m) => printStatement(ctx, m),
  );
}

/** `title "…" en: "…"`, `languages zh, en`, `frequency quarterly`, `answers optional`. */
function printHeader(ctx: SourceContext, h: HeaderProperty): Doc {
  if (h.key === 'answers')
    return statement(ctx, h.range, () =>
      seq(ctx, h.range.start, [piece(h.key, h.keyRange), h.required === false ? 'optional' : 'required']),
    );
  return statement(ctx, h.range, () => seq(ctx, h.range.start, [piece(h.key, h.keyRange), h.text ?? nameListPieces(ctx, h.names)]));
}

function printGlossary(ctx: SourceContext, g: GlossaryDecl): Doc {
  return declaration(
    ctx,
    g,
    () => seq(ctx, g.range.start, ['glossary']),
    g.entries,
    (e) => statement(ctx, e.range, () => seq(ctx, e.range.start, [e.term, e.text])),
  );
}
