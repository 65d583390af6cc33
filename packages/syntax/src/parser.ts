// One EmbeddedActionsParser that builds the AST directly (no CST): the fast path
// measured at ~3x chevrotain's CstParser. Built once per process; `parseTokens`
// resets its input. Recovery is on, so rule results may be undefined or partial.
import {
  EmbeddedActionsParser,
  type ILookaheadStrategy,
  type IOrAlt,
  type IToken,
  type LookaheadProductionType,
  type Rule,
  type TokenType,
} from 'chevrotain';
import { PathLookahead, pathLookahead } from './lookahead.ts';
import { adoptGrammar, installFirstAfter, installTableLookahead, noLookahead, type AnalysedParser } from './table-analysis.ts';
import * as T from './tokens.ts';
import { questionKinds as vocabularyKinds } from './vocabulary.ts';
import type * as A from './ast.ts';
import { unescapeString } from './strings.ts';

type Tok = IToken;

/** Defined as true by scripts/build.mjs in bundles. */
declare const __SURVEY_BUNDLED__: boolean | undefined;

const headerTextKeys: Array<[TokenType, A.HeaderKey]> = [
  [T.Title, 'title'],
  [T.Intro, 'intro'],
  [T.Confidentiality, 'confidentiality'],
  [T.Version, 'version'],
  [T.Owner, 'owner'],
];
const headerListKeys: Array<[TokenType, A.HeaderKey]> = [
  [T.Mode, 'mode'],
  [T.Tags, 'tags'],
];
const questionKinds: Array<[TokenType, A.QuestionKind]> = vocabularyKinds.map((k) => [T.keywordToken(k), k]);
const hiddenTypes: Array<[TokenType, A.HiddenValueType]> = [
  [T.Text, 'text'],
  [T.NumberKw, 'number'],
  [T.DateKw, 'date'],
];
const sampleNumberKeys: Array<[TokenType, A.SampleKey]> = [
  [T.Population, 'population'],
  [T.Invited, 'invited'],
  [T.Completes, 'completes'],
  [T.Margin, 'margin'],
  [T.Confidence, 'confidence'],
  [T.Proportion, 'proportion'],
  [T.Sd, 'sd'],
  [T.ResponseRate, 'response_rate'],
];
const comparators: Array<[TokenType, A.Comparator]> = [
  [T.EqEq, '=='],
  [T.NotEq, '!='],
  [T.LtEq, '<='],
  [T.GtEq, '>='],
  [T.Lt, '<'],
  [T.Gt, '>'],
];

function isReal(t: Tok | undefined): t is Tok {
  return !!t && typeof t.startOffset === 'number' && !Number.isNaN(t.startOffset) && !t.isInsertedInRecovery;
}

export class SurveyParser extends EmbeddedActionsParser {
  /** The document being built by the last `document()` call, even if it failed. */
  partialDocument: A.Document | undefined;

  /** `lookahead`: how the LL(k) lookahead is built (lookahead.ts); `{}` for chevrotain's own. */
  constructor(lookahead: { lookaheadStrategy?: ILookaheadStrategy } = pathLookahead(T.allTokens, 3)) {
    // The grammar is validated in the tests (and in every unbundled run); the bundled
    // CLI and server skip that part of start-up.
    super(T.allTokens, {
      recoveryEnabled: true,
      maxLookahead: 3,
      skipValidations: typeof __SURVEY_BUNDLED__ !== 'undefined' && __SURVEY_BUNDLED__,
      ...lookahead,
    });
    const strategy = lookahead.lookaheadStrategy;
    const productions = strategy instanceof PathLookahead ? strategy.recordedProductions() : [];
    if (productions.length === 0 || !(strategy instanceof PathLookahead)) {
      this.performSelfAnalysis();
      return;
    }
    // A recorded lookahead table (bundles): no grammar analysis at start-up (table-analysis.ts).
    const self = this as unknown as AnalysedParser;
    this.recordGrammar = () => {
      this.recordGrammar = undefined;
      adoptGrammar(self, new SurveyParser({ lookaheadStrategy: noLookahead }) as unknown as AnalysedParser);
    };
    installTableLookahead(self, productions, (production, hasPredicates) => {
      const built = strategy.fromTable(production, hasPredicates, self.dynamicTokensEnabled);
      if (built) return built;
      const [ruleName, kind, occurrence] = production.split('|') as [string, LookaheadProductionType, string];
      const rule = this.getGAstProductions()[ruleName]!;
      return kind === 'Alternation'
        ? strategy.buildLookaheadForAlternation({
            rule,
            prodOccurrence: Number(occurrence),
            maxLookahead: 3,
            hasPredicates,
            dynamicTokensEnabled: self.dynamicTokensEnabled,
          })
        : strategy.buildLookaheadForOptional({
            rule,
            prodOccurrence: Number(occurrence),
            maxLookahead: 3,
            prodType: kind,
            dynamicTokensEnabled: self.dynamicTokensEnabled,
          });
    });
    installFirstAfter(self, strategy.firstAfter, (name) => strategy.token(name));
  }

  /** Set while the grammar is not recorded yet (a parser built from the lookahead table). */
  private recordGrammar: (() => void) | undefined;

  // Error recovery and error messages read the recorded grammar and follow sets through these.
  override getGAstProductions(): Record<string, Rule> {
    this.recordGrammar?.();
    return super.getGAstProductions();
  }
  override getSerializedGastProductions(): ReturnType<EmbeddedActionsParser['getSerializedGastProductions']> {
    this.recordGrammar?.();
    return super.getSerializedGastProductions();
  }
  /** chevrotain's (undeclared) accessor of the follow sets (traits/recoverable.ts). */
  getFollowSetFromFollowKey(followKey: unknown): TokenType[] {
    this.recordGrammar?.();
    return (
      EmbeddedActionsParser.prototype as unknown as { getFollowSetFromFollowKey(k: unknown): TokenType[] }
    ).getFollowSetFromFollowKey.call(this, followKey);
  }

  // --- position helpers (tolerant of recovery and of the recording phase) ---
  private startOf(): number {
    const t = this.LA(1);
    if (isReal(t)) return t.startOffset;
    return this.endOfPrev();
  }
  private endOfPrev(): number {
    const t = this.LA(0);
    return isReal(t) ? t.startOffset + t.image.length : 0;
  }
  private range(start: number): A.TextRange {
    const end = this.endOfPrev();
    return { start, end: Math.max(start, end) };
  }
  private tokRange(t: Tok): A.TextRange {
    if (!isReal(t)) {
      const e = this.endOfPrev();
      return { start: e, end: e };
    }
    return { start: t.startOffset, end: t.startOffset + t.image.length };
  }
  private ident(t: Tok): A.Identifier {
    return { kind: 'Identifier', name: t.image ?? '', range: this.tokRange(t) };
  }
  private num(t: Tok): A.NumberLit {
    const raw = t.image ?? '';
    const percent = raw.endsWith('%');
    const n = Number.parseFloat(percent ? raw.slice(0, -1) : raw);
    return { kind: 'Number', value: percent ? n / 100 : n, percent, raw, range: this.tokRange(t) };
  }
  private str(t: Tok): A.StringLit {
    return { kind: 'String', value: unescapeString(t.image ?? ''), range: this.tokRange(t) };
  }
  /** One of several keywords, each meaning a value. `idx` keeps chevrotain's occurrence indexes unique in a rule. */
  private pick<K>(table: Array<[TokenType, K]>, idx: number): { key: K; tok: Tok } {
    // The alternatives are made once per table and index (see "Alternatives made once" below).
    const byIdx = this.pickAlts.get(table) ?? [];
    this.pickAlts.set(table, byIdx);
    const alts = (byIdx[idx] ??= table.map(([tt, key]) => ({ ALT: () => ({ key, tok: this.consume(idx, tt) }) })));
    return this.or(idx, alts as IOrAlt<{ key: K; tok: Tok }>[]);
  }

  // ------------------------------------------------- alternatives made once
  // chevrotain's OR takes an array of alternatives, and an array literal at the call makes
  // the array and one closure per alternative at every call (21 for a survey member, 19 for
  // a question's attribute): most of what a parse allocated. The hot rules keep theirs in
  // these fields, made on first use; their closures read the node being built from a field
  // set by the rule (copied to a local before any subrule, so nesting cannot change it).
  private pickAlts = new Map<unknown, IOrAlt<unknown>[][]>();
  private surveyMemberAlts: IOrAlt<unknown>[] | undefined;
  private sectionMemberAlts: IOrAlt<void>[] | undefined;
  private currentSection: A.SectionDecl | undefined;
  private attributeAlts: IOrAlt<void>[] | undefined;
  private currentAttributeTarget: A.QuestionDecl | undefined;
  private questionBodyAlts: IOrAlt<void>[] | undefined;
  private currentQuestion: A.QuestionDecl | undefined;
  private optionCodeAlts: IOrAlt<A.Identifier | A.NumberLit>[] | undefined;
  private optionFlagAlts: IOrAlt<void>[] | undefined;
  private optionFlags: { GATE: () => boolean; DEF: () => void } | undefined;
  private currentOption: A.ChoiceOption | undefined;
  private rowFlagAlts: IOrAlt<void>[] | undefined;
  private currentRow: A.RowDecl | undefined;
  private textParts: A.TextPart[] = [];
  private textMore: (() => void) | undefined;
  private notAlts: IOrAlt<A.Expr>[] | undefined;
  private compareAlts: IOrAlt<{ key: A.BinaryOp; tok: Tok }>[] | undefined;
  private addAlts: IOrAlt<{ key: A.BinaryOp; tok: Tok }>[] | undefined;
  private mulAlts: IOrAlt<{ key: A.BinaryOp; tok: Tok }>[] | undefined;
  private unaryAlts: IOrAlt<A.Expr>[] | undefined;
  private primaryAlts: IOrAlt<A.Expr>[] | undefined;
  private nameTokAlts: IOrAlt<Tok>[] | undefined;

  // ------------------------------------------------------------------ document
  public document = this.RULE('document', (): A.Document => {
    const doc: A.Document = { kind: 'Document', imports: [], declarations: [], surveys: [], range: { start: 0, end: 0 } };
    // Kept so a parse that fails at the top level still yields what it had read.
    this.partialDocument = doc;
    this.MANY(() => {
      this.OR([
        { ALT: () => pushDef(doc.imports, this.SUBRULE(this.importDecl)) },
        { ALT: () => pushDef(doc.declarations, this.SUBRULE(this.scaleDecl)) },
        { ALT: () => pushDef(doc.declarations, this.SUBRULE(this.choicesDecl)) },
        { ALT: () => pushDef(doc.declarations, this.SUBRULE(this.sectionDecl)) },
        { ALT: () => pushDef(doc.surveys, this.SUBRULE(this.surveyDecl)) },
      ]);
    });
    return doc;
  });

  private importDecl = this.RULE('importDecl', (): A.ImportDecl => {
    const start = this.startOf();
    this.CONSUME(T.Import);
    const path = this.str(this.CONSUME(T.StringLiteral));
    return { kind: 'Import', path, range: this.range(start) };
  });

  private surveyDecl = this.RULE('surveyDecl', (): A.SurveyDecl => {
    const start = this.startOf();
    this.CONSUME(T.Survey);
    const id = this.ident(this.CONSUME(T.Identifier));
    const members: A.SurveyMember[] = [];
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      const m = this.OR(
        (this.surveyMemberAlts ??= [
          { ALT: () => this.SUBRULE(this.headerProperty) },
          { ALT: () => this.SUBRULE(this.limitDecl) },
          { ALT: () => this.SUBRULE(this.totalPointsDecl) },
          { ALT: () => this.SUBRULE(this.glossaryDecl) },
          { ALT: () => this.SUBRULE(this.scaleDecl) },
          { ALT: () => this.SUBRULE(this.choicesDecl) },
          { ALT: () => this.SUBRULE(this.sectionDecl) },
          { ALT: () => this.SUBRULE(this.questionDecl) },
          { ALT: () => this.SUBRULE(this.hiddenDecl) },
          { ALT: () => this.SUBRULE(this.scoreDecl) },
          { ALT: () => this.SUBRULE(this.letDecl) },
          { ALT: () => this.SUBRULE(this.checkDecl) },
          { ALT: () => this.SUBRULE(this.repeatDecl) },
          { ALT: () => this.SUBRULE(this.targetDecl) },
          { ALT: () => this.SUBRULE(this.sampleDecl) },
          { ALT: () => this.SUBRULE(this.qualityDecl) },
          { ALT: () => this.SUBRULE(this.analysisDecl) },
          { ALT: () => this.SUBRULE(this.pageDecl) },
          { ALT: () => this.SUBRULE(this.screenoutDecl) },
          { ALT: () => this.SUBRULE(this.endDecl) },
          { ALT: () => this.SUBRULE(this.shuffleDecl) },
        ]),
      );
      pushDef(members, m as A.SurveyMember | undefined);
    });
    this.CONSUME(T.RBrace);
    return { kind: 'Survey', id, members, range: this.range(start) };
  });

  // -------------------------------------------------------------------- header
  private headerProperty = this.RULE('headerProperty', (): A.HeaderProperty => {
    const start = this.startOf();
    return this.OR([
      {
        ALT: () => {
          const { key, tok } = this.pick(headerTextKeys, 5);
          const text = this.SUBRULE(this.text);
          return { kind: 'Header', key, keyRange: this.tokRange(tok), text, names: [], range: this.range(start) } as A.HeaderProperty;
        },
      },
      {
        ALT: () => {
          const { key, tok } = this.pick(headerListKeys, 6);
          const names = this.SUBRULE(this.nameList);
          return { kind: 'Header', key, keyRange: this.tokRange(tok), names: asArray(names), range: this.range(start) } as A.HeaderProperty;
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(T.Languages);
          const names: A.Identifier[] = [];
          this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => pushDef(names, this.SUBRULE(this.languageCode)) });
          return { kind: 'Header', key: 'languages', keyRange: this.tokRange(tok), names, range: this.range(start) } as A.HeaderProperty;
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(T.Frequency);
          const node: A.HeaderProperty = {
            kind: 'Header',
            key: 'frequency',
            keyRange: this.tokRange(tok),
            names: [],
            range: { start, end: start },
          };
          this.OR2([
            { ALT: () => void (node.text = this.SUBRULE2(this.text)) },
            { ALT: () => void node.names.push(this.ident(this.CONSUME(T.Identifier))) },
          ]);
          node.range = this.range(start);
          return node;
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(T.Answers);
          const node: A.HeaderProperty = {
            kind: 'Header',
            key: 'answers',
            keyRange: this.tokRange(tok),
            names: [],
            range: { start, end: start },
          };
          this.OR3([
            { ALT: () => void (this.CONSUME2(T.Optional), (node.required = false)) },
            { ALT: () => void (this.CONSUME2(T.Required), (node.required = true)) },
          ]);
          node.range = this.range(start);
          return node;
        },
      },
    ]);
  });

  /** `zh`, `en`, `zh-Hant`: a BCP 47 tag, lexed as names joined by '-'. */
  private languageCode = this.RULE('languageCode', (): A.Identifier => {
    const first = this.CONSUME(T.Identifier);
    const id = this.ident(first);
    this.MANY(() => {
      this.CONSUME(T.Minus);
      const part = this.CONSUME2(T.Identifier);
      id.name += '-' + (part.image ?? '');
      id.range = { start: id.range.start, end: this.tokRange(part).end };
    });
    return id;
  });

  private nameList = this.RULE('nameList', (): A.Identifier[] => {
    const names: A.Identifier[] = [];
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => names.push(this.ident(this.CONSUME(T.Identifier))) });
    return names;
  });

  /** `"默认" en: "English" ja: "…"` */
  private text = this.RULE('text', (): A.Text => {
    const start = this.startOf();
    const parts: A.TextPart[] = [];
    const first = this.CONSUME(T.StringLiteral);
    parts.push({ value: unescapeString(first.image ?? ''), valueRange: this.tokRange(first), range: this.tokRange(first) });
    this.textParts = parts;
    this.MANY(
      (this.textMore ??= () => {
        const parts = this.textParts;
        const lt = this.CONSUME(T.LangTag);
        const s = this.CONSUME2(T.StringLiteral);
        const langRange = this.tokRange(lt);
        const valueRange = this.tokRange(s);
        parts.push({
          lang: languageOf(lt.image ?? ''),
          langRange,
          value: unescapeString(s.image ?? ''),
          valueRange,
          range: { start: langRange.start, end: valueRange.end },
        });
      }),
    );
    return { kind: 'Text', parts, range: this.range(start) };
  });

  private limitDecl = this.RULE('limitDecl', (): A.LimitDecl => {
    const start = this.startOf();
    this.CONSUME(T.Limit);
    const unit = this.OR([
      { ALT: () => (this.CONSUME(T.Questions), 'questions' as const) },
      { ALT: () => (this.CONSUME(T.Minutes), 'minutes' as const) },
    ]);
    const value = this.num(this.CONSUME(T.NumberLiteral));
    return { kind: 'Limit', unit, value, range: this.range(start) };
  });

  private totalPointsDecl = this.RULE('totalPointsDecl', (): A.TotalPointsDecl => {
    const start = this.startOf();
    this.CONSUME(T.Points);
    const value = this.num(this.CONSUME(T.NumberLiteral));
    return { kind: 'TotalPoints', value, range: this.range(start) };
  });

  private glossaryDecl = this.RULE('glossaryDecl', (): A.GlossaryDecl => {
    const start = this.startOf();
    const entries: A.GlossaryEntry[] = [];
    this.CONSUME(T.Glossary);
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      const s = this.startOf();
      // A term is a name (CRM) or a string for words that are not names (客服, 售后).
      const term = this.OR([
        { ALT: () => this.ident(this.CONSUME(T.Identifier)) },
        { ALT: () => ({ ...this.ident(this.CONSUME(T.StringLiteral)), quoted: true }) as A.Identifier },
      ]);
      if (term.quoted) term.name = unescapeString(term.name);
      const text = this.SUBRULE(this.text);
      entries.push({ kind: 'GlossaryEntry', term, text, range: this.range(s) });
    });
    this.CONSUME(T.RBrace);
    return { kind: 'Glossary', entries, range: this.range(start) };
  });

  // -------------------------------------------------------------------- scales
  private scaleDecl = this.RULE('scaleDecl', (): A.ScaleDecl => {
    const start = this.startOf();
    this.CONSUME(T.Scale);
    const node: A.ScaleDecl = {
      kind: 'Scale',
      id: this.ident(this.CONSUME(T.Identifier)),
      descending: false,
      anchored: false,
      points: [],
      range: { start, end: start },
    };
    this.OPTION(() => {
      this.OPTION2(() => {
        this.CONSUME(T.Minus);
        node.fromNegative = true;
      });
      node.from = this.num(this.CONSUME(T.NumberLiteral));
      this.CONSUME(T.DotDot);
      this.OPTION3(() => {
        this.CONSUME2(T.Minus);
        node.toNegative = true;
      });
      node.to = this.num(this.CONSUME2(T.NumberLiteral));
    });
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.Step);
            node.step = this.num(this.CONSUME3(T.NumberLiteral));
          },
        },
        { ALT: () => void (this.CONSUME(T.Descending), (node.descending = true)) },
        { ALT: () => void (this.CONSUME(T.Anchored), (node.anchored = true)) },
      ]);
    });
    this.CONSUME(T.LBrace);
    this.MANY2(() => pushDef(node.points, this.SUBRULE(this.scalePoint)));
    this.CONSUME(T.RBrace);
    node.range = this.range(start);
    return node;
  });

  private scalePoint = this.RULE('scalePoint', (): A.ScalePoint => {
    const start = this.startOf();
    let missing = false;
    let negative = false;
    this.OPTION(() => {
      this.CONSUME(T.Missing);
      missing = true;
    });
    this.OPTION2(() => {
      this.CONSUME(T.Minus);
      negative = true;
    });
    const value = this.num(this.CONSUME(T.NumberLiteral));
    const label = this.SUBRULE(this.text);
    return { kind: 'ScalePoint', missing, negative, value, label, range: this.range(start) };
  });

  // ------------------------------------------------------------------- choices
  private choicesDecl = this.RULE('choicesDecl', (): A.ChoicesDecl => {
    const start = this.startOf();
    this.CONSUME(T.Choices);
    const id = this.ident(this.CONSUME(T.Identifier));
    const options: A.ChoiceOption[] = [];
    this.CONSUME(T.LBrace);
    this.MANY(() => pushDef(options, this.SUBRULE(this.choiceOption)));
    this.CONSUME(T.RBrace);
    return { kind: 'Choices', id, options, range: this.range(start) };
  });

  private choiceOption = this.RULE('choiceOption', (): A.ChoiceOption => {
    const start = this.startOf();
    const code = this.OR(
      (this.optionCodeAlts ??= [
        { ALT: () => this.ident(this.CONSUME(T.Identifier)) as A.Identifier | A.NumberLit },
        { ALT: () => this.num(this.CONSUME(T.NumberLiteral)) },
      ]),
    );
    const label = this.SUBRULE(this.text);
    const node: A.ChoiceOption = {
      kind: 'Option',
      code,
      label,
      specify: false,
      exclusive: false,
      fixed: false,
      flagRanges: [],
      range: { start, end: start },
    };
    this.currentOption = node;
    this.MANY(
      (this.optionFlags ??= {
        GATE: () => this.LA(1).tokenType !== T.Image || this.imageFlagAhead(),
        DEF: () => {
          this.OR2(
            (this.optionFlagAlts ??= [
              {
                ALT: () =>
                  void (this.currentOption!.flagRanges.push(this.tokRange(this.CONSUME(T.Specify))), (this.currentOption!.specify = true)),
              },
              {
                ALT: () =>
                  void (
                    this.currentOption!.flagRanges.push(this.tokRange(this.CONSUME(T.Exclusive))),
                    (this.currentOption!.exclusive = true)
                  ),
              },
              {
                ALT: () =>
                  void (this.currentOption!.flagRanges.push(this.tokRange(this.CONSUME(T.Fixed))), (this.currentOption!.fixed = true)),
              },
              {
                ALT: () => {
                  const node = this.currentOption!;
                  const w = this.CONSUME(T.When);
                  node.when = this.SUBRULE(this.expression);
                  node.whenRange = this.range(this.tokRange(w).start);
                },
              },
              // `image "logos/red.png"`: an option whose code is `image` has a label instead, so the flag is
              // taken only for a string that reads as a path or data: URL and has no translation after it.
              {
                ALT: () => {
                  const node = this.currentOption!;
                  node.image = this.SUBRULE(this.optionImage);
                },
              },
            ]),
          );
        },
      }),
    );
    node.range = this.range(start);
    return node;
  });

  private imageFlagAhead(): boolean {
    const source = this.LA(2);
    return (
      source.tokenType === T.StringLiteral && this.LA(3).tokenType !== T.LangTag && /^"(data:|[^"\s]*[./][^"\s]*")/.test(source.image ?? '')
    );
  }

  /** `image "logos/red.png" alt "红色标志" en: "Red logo"` (alt is checked, not required, by the grammar). */
  private optionImage = this.RULE('optionImage', (): A.OptionImage => {
    const start = this.startOf();
    this.CONSUME(T.Image);
    const node: A.OptionImage = { kind: 'OptionImage', source: this.str(this.CONSUME(T.StringLiteral)), range: { start, end: start } };
    this.OPTION(() => void (this.CONSUME(T.Alt), (node.alt = this.SUBRULE(this.text))));
    node.range = this.range(start);
    return node;
  });

  // ------------------------------------------------------------------ sections
  private sectionDecl = this.RULE('sectionDecl', (): A.SectionDecl => {
    const start = this.startOf();
    this.CONSUME(T.Section);
    const node: A.SectionDecl = {
      kind: 'Section',
      id: this.ident(this.CONSUME(T.Identifier)),
      hasBody: false,
      questions: [],
      range: { start, end: start },
    };
    this.OPTION(() => void (node.title = this.SUBRULE(this.text)));
    this.MANY(() => {
      this.OR([
        { ALT: () => void (this.CONSUME(T.Points), (node.points = this.num(this.CONSUME(T.NumberLiteral)))) },
        { ALT: () => void (this.CONSUME(T.Weight), (node.weight = this.num(this.CONSUME2(T.NumberLiteral)))) },
        { ALT: () => void (node.limit = this.SUBRULE(this.limitDecl)) },
        { ALT: () => void (this.CONSUME(T.When), (node.when = this.SUBRULE(this.expression))) },
        { ALT: () => void (this.CONSUME(T.Randomize), (node.randomize = true)) },
        { ALT: () => void (this.CONSUME(T.Fixed), (node.fixed = true)) },
      ]);
    });
    // Without a body, `section id` uses a section declared in an imported file.
    this.OPTION2(() => {
      this.CONSUME(T.LBrace);
      node.hasBody = true;
      this.MANY2(() => {
        this.currentSection = node;
        this.OR2(
          (this.sectionMemberAlts ??= [
            {
              ALT: () => {
                const node = this.currentSection!;
                pushDef(node.questions, this.SUBRULE(this.questionDecl));
              },
            },
            {
              ALT: () => {
                const node = this.currentSection!;
                this.pushFlow(node, this.SUBRULE(this.pageDecl));
              },
            },
            {
              ALT: () => {
                const node = this.currentSection!;
                this.pushFlow(node, this.SUBRULE(this.screenoutDecl));
              },
            },
            {
              ALT: () => {
                const node = this.currentSection!;
                pushDef((node.repeats ??= []), this.SUBRULE(this.repeatDecl));
              },
            },
          ]),
        );
      });
      this.CONSUME(T.RBrace);
    });
    node.range = this.range(start);
    return node;
  });

  // ------------------------------------------------------ repeat groups (rosters)
  private repeatDecl = this.RULE('repeatDecl', (): A.RepeatDecl => {
    const start = this.startOf();
    this.CONSUME(T.Repeat);
    const node: A.RepeatDecl = {
      kind: 'Repeat',
      id: this.ident(this.CONSUME(T.Identifier)),
      each: false,
      members: [],
      range: { start, end: start },
    };
    this.OPTION(() => void (node.title = this.SUBRULE(this.text)));
    this.OR([
      { ALT: () => void (node.count = this.num(this.CONSUME(T.NumberLiteral))) },
      {
        ALT: () => {
          this.CONSUME(T.For);
          this.OPTION2(() => void (this.CONSUME(T.Each), (node.each = true)));
          node.source = this.ident(this.CONSUME2(T.Identifier));
        },
      },
    ]);
    this.OPTION3(() => void (this.CONSUME(T.Max), (node.max = this.num(this.CONSUME2(T.NumberLiteral)))));
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      this.OR2([
        { ALT: () => pushDef(node.members, this.SUBRULE(this.questionDecl)) },
        { ALT: () => pushDef(node.members, this.SUBRULE(this.repeatDecl)) },
      ]);
    });
    this.CONSUME(T.RBrace);
    node.range = this.range(start);
    return node;
  });

  // ----------------------------------------------------------------- questions
  private questionDecl = this.RULE('questionDecl', (): A.QuestionDecl => {
    const start = this.startOf();
    const { key, tok } = this.pick(questionKinds, 7);
    const node: A.QuestionDecl = {
      kind: 'Question',
      questionKind: key,
      kindRange: this.tokRange(tok),
      id: this.ident(this.CONSUME(T.Identifier)),
      options: [],
      rows: [],
      integer: false,
      tags: [],
      reverse: false,
      randomize: false,
      range: { start, end: start },
    };
    node.text = this.SUBRULE(this.text);
    const attributeArgs = { ARGS: [node] as [A.QuestionDecl] };
    this.MANY(() => this.SUBRULE(this.questionAttribute, attributeArgs));
    this.OPTION(() => {
      this.CONSUME(T.LBrace);
      this.MANY2(() => {
        this.currentQuestion = node;
        this.OR3(
          (this.questionBodyAlts ??= [
            {
              ALT: () => {
                const node = this.currentQuestion!;
                pushDef(node.options, this.SUBRULE(this.choiceOption));
              },
            },
            {
              ALT: () => {
                const node = this.currentQuestion!;
                pushDef(node.rows, this.SUBRULE(this.rowDecl));
              },
            },
          ]),
        );
      });
      this.CONSUME(T.RBrace);
    });
    // Attributes may also follow the options: `single q "…" { a "…" b "…" } when x == 1`.
    this.MANY3(() => this.SUBRULE2(this.questionAttribute, attributeArgs));
    node.range = this.range(start);
    return node;
  });

  /** One attribute of a question (help, optional, from, on, min, max, tag, when …). */
  private questionAttribute = this.RULE('questionAttribute', (target: A.QuestionDecl): void => {
    // The recording phase calls rules without arguments.
    this.currentAttributeTarget = target ?? ({ tags: [] } as unknown as A.QuestionDecl);
    this.OR((this.attributeAlts ??= this.attributeAlternatives()));
  });

  /** The alternatives of `questionAttribute`, made once; each reads its question from `currentAttributeTarget`. */
  private attributeAlternatives(): IOrAlt<void>[] {
    const target = () => this.currentAttributeTarget!;
    return [
      { ALT: () => void (this.CONSUME(T.Help), (target().help = this.SUBRULE2(this.text))) },
      { ALT: () => void ((target().requiredRange = this.tokRange(this.CONSUME(T.Optional))), (target().required = false)) },
      { ALT: () => void ((target().requiredRange = this.tokRange(this.CONSUME(T.Required))), (target().required = true)) },
      {
        ALT: () => {
          const node = target();
          this.CONSUME(T.From);
          node.from = this.ident(this.CONSUME2(T.Identifier));
          // `from q3 selected` / `from q3 not selected`: options carried forward from q3.
          this.OPTION(() => {
            let selected = true;
            this.OPTION2(() => void (this.CONSUME(T.Not), (selected = false)));
            this.CONSUME(T.Selected);
            node.fromSelected = selected;
          });
        },
      },
      {
        ALT: () => {
          const node = target();
          this.CONSUME(T.On);
          node.scale = this.OR2([{ ALT: () => this.ident(this.CONSUME3(T.Identifier)) }, { ALT: () => this.ident(this.CONSUME(T.Nps)) }]);
        },
      },
      { ALT: () => void (this.CONSUME(T.Min), (target().min = this.SUBRULE(this.constraintValue))) },
      { ALT: () => void (this.CONSUME(T.Max), (target().max = this.SUBRULE2(this.constraintValue))) },
      { ALT: () => void (this.CONSUME(T.Pattern), (target().pattern = this.str(this.CONSUME(T.StringLiteral)))) },
      { ALT: () => void (this.CONSUME(T.Unit), (target().unit = this.SUBRULE3(this.text))) },
      { ALT: () => void (this.CONSUME(T.Integer), (target().integer = true)) },
      {
        ALT: () => {
          const node = target();
          this.CONSUME(T.Tag);
          node.tags.push(...asArray(this.SUBRULE(this.nameList)));
        },
      },
      { ALT: () => void (this.CONSUME(T.Reverse), (target().reverse = true)) },
      { ALT: () => void (this.CONSUME(T.Randomize), (target().randomize = true)) },
      { ALT: () => void (this.CONSUME(T.Fixed), (target().fixed = true)) },
      { ALT: () => void (this.CONSUME(T.As), (target().format = this.ident(this.CONSUME4(T.Identifier)))) },
      { ALT: () => void (this.CONSUME(T.Slider), (target().slider = true)) },
      {
        ALT: () => {
          const node = target();
          const a = this.CONSUME(T.Accept);
          node.accept = [];
          this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => node.accept!.push(this.str(this.CONSUME5(T.StringLiteral))) });
          node.acceptRange = this.range(this.tokRange(a).start);
        },
      },
      {
        ALT: () => {
          const node = target();
          const d = this.CONSUME(T.Default);
          node.default = this.SUBRULE2(this.expression);
          node.defaultRange = this.range(this.tokRange(d).start);
        },
      },
      {
        ALT: () => {
          const node = target();
          const w = this.CONSUME(T.When);
          node.when = this.SUBRULE(this.expression);
          node.whenRange = this.range(this.tokRange(w).start);
        },
      },
    ];
  }

  private constraintValue = this.RULE('constraintValue', (): A.ConstraintValue => {
    const start = this.startOf();
    let negative = false;
    this.OPTION(() => {
      this.CONSUME(T.Minus);
      negative = true;
    });
    const value = this.OR([
      { ALT: () => this.num(this.CONSUME(T.NumberLiteral)) as A.NumberLit | A.StringLit },
      { ALT: () => this.str(this.CONSUME(T.StringLiteral)) },
    ]);
    // `max 5 MB`: a size unit is a plain identifier right after the number (never a contextual
    // keyword, which would start the next question or check); the checker validates it.
    let unit: A.Identifier | undefined;
    this.OPTION2({ GATE: () => this.LA(1).tokenType === T.Identifier, DEF: () => void (unit = this.ident(this.CONSUME(T.Identifier))) });
    return { kind: 'Constraint', value, negative, unit, range: this.range(start) };
  });

  private rowDecl = this.RULE('rowDecl', (): A.RowDecl => {
    const start = this.startOf();
    this.CONSUME(T.Row);
    const node: A.RowDecl = {
      kind: 'Row',
      id: this.ident(this.CONSUME(T.Identifier)),
      reverse: false,
      tags: [],
      range: { start, end: start },
    };
    node.text = this.SUBRULE(this.text);
    this.MANY(() => {
      this.currentRow = node;
      this.OR(
        (this.rowFlagAlts ??= [
          { ALT: () => void (this.CONSUME(T.Reverse), (this.currentRow!.reverse = true)) },
          {
            ALT: () => {
              const node = this.currentRow!;
              this.CONSUME(T.Tag);
              node.tags.push(...asArray(this.SUBRULE(this.nameList)));
            },
          },
        ]),
      );
    });
    node.range = this.range(start);
    return node;
  });

  // ------------------------------------------------------------ hidden values
  private hiddenDecl = this.RULE('hiddenDecl', (): A.HiddenDecl => {
    const start = this.startOf();
    this.CONSUME(T.Hidden);
    const node: A.HiddenDecl = { kind: 'Hidden', id: this.ident(this.CONSUME(T.Identifier)), range: { start, end: start } };
    this.OR([
      {
        ALT: () => {
          const { key, tok } = this.pick(hiddenTypes, 8);
          node.valueType = key;
          node.typeRange = this.tokRange(tok);
        },
      },
      {
        ALT: () => {
          const f = this.CONSUME(T.From);
          node.from = this.ident(this.CONSUME2(T.Identifier));
          node.typeRange = { start: this.tokRange(f).start, end: node.from.range.end };
        },
      },
    ]);
    this.OPTION(() => void (node.label = this.SUBRULE(this.text)));
    this.OPTION2(() => {
      this.OR2([
        { ALT: () => void (this.CONSUME(T.Required), (node.required = true)) },
        { ALT: () => void (this.CONSUME(T.Optional), (node.required = false)) },
      ]);
    });
    node.range = this.range(start);
    return node;
  });

  // -------------------------------------------------------------------- scores
  private scoreDecl = this.RULE('scoreDecl', (): A.ScoreDecl => {
    const start = this.startOf();
    this.CONSUME(T.Score);
    // `nps` is a keyword (the question kind) but also the natural name of a score.
    const id = this.OR2([{ ALT: () => this.CONSUME(T.Identifier) }, { ALT: () => this.CONSUME(T.Nps) }]);
    const node: A.ScoreDecl = { kind: 'Score', id: this.ident(id), range: { start, end: start } };
    this.OPTION(() => void (node.label = this.SUBRULE(this.text)));
    this.CONSUME(T.Assign);
    node.expr = this.SUBRULE(this.expression);
    this.OPTION2(() => {
      const rs = this.startOf();
      this.CONSUME(T.Require);
      this.OR([
        { ALT: () => void (this.CONSUME(T.All), (node.require = { kind: 'all', range: this.range(rs) })) },
        { ALT: () => void (node.require = { kind: 'atLeast', count: this.num(this.CONSUME(T.NumberLiteral)), range: this.range(rs) }) },
      ]);
    });
    node.range = this.range(start);
    return node;
  });

  private letDecl = this.RULE('letDecl', (): A.LetDecl => {
    const start = this.startOf();
    this.CONSUME(T.Let);
    const node: A.LetDecl = { kind: 'Let', id: this.ident(this.CONSUME(T.Identifier)), range: { start, end: start } };
    this.OPTION(() => void (node.label = this.SUBRULE(this.text)));
    this.CONSUME(T.Assign);
    node.expr = this.SUBRULE(this.expression);
    node.range = this.range(start);
    return node;
  });

  private checkDecl = this.RULE('checkDecl', (): A.CheckDecl => {
    const start = this.startOf();
    this.CONSUME(T.Check);
    const node: A.CheckDecl = { kind: 'Check', range: { start, end: start } };
    node.expr = this.SUBRULE(this.expression);
    node.message = this.SUBRULE(this.text);
    node.range = this.range(start);
    return node;
  });

  // ---------------------------------------------------------------------- flow
  /** A page break or screen-out inside a section, with the index of the question after it. */
  private pushFlow(section: A.SectionDecl, m: A.SectionFlowMember | undefined): void {
    if (!m || typeof m !== 'object' || !('kind' in m) || !Object.isExtensible(m)) return;
    m.before = section.questions.length;
    (section.flow ??= []).push(m);
  }

  private pageDecl = this.RULE('pageDecl', (): A.PageDecl => {
    const start = this.startOf();
    this.CONSUME(T.Page);
    return { kind: 'Page', range: this.range(start) };
  });

  private screenoutDecl = this.RULE('screenoutDecl', (): A.ScreenOutDecl => {
    const start = this.startOf();
    this.CONSUME(T.ScreenOut);
    const node: A.ScreenOutDecl = { kind: 'ScreenOut', id: this.ident(this.CONSUME(T.Identifier)), range: { start, end: start } };
    node.message = this.SUBRULE(this.text);
    const w = this.CONSUME(T.When);
    node.when = this.SUBRULE(this.expression);
    node.whenRange = this.range(this.tokRange(w).start);
    node.range = this.range(start);
    return node;
  });

  private endDecl = this.RULE('endDecl', (): A.EndDecl => {
    const start = this.startOf();
    this.CONSUME(T.End);
    const node: A.EndDecl = { kind: 'End', id: this.ident(this.CONSUME(T.Identifier)), range: { start, end: start } };
    node.text = this.SUBRULE(this.text);
    this.OPTION(() => {
      const w = this.CONSUME(T.When);
      node.when = this.SUBRULE(this.expression);
      node.whenRange = this.range(this.tokRange(w).start);
    });
    node.range = this.range(start);
    return node;
  });

  private shuffleDecl = this.RULE('shuffleDecl', (): A.ShuffleDecl => {
    const start = this.startOf();
    this.CONSUME(T.Shuffle);
    const node: A.ShuffleDecl = { kind: 'Shuffle', id: this.ident(this.CONSUME(T.Identifier)), sections: [], range: { start, end: start } };
    this.CONSUME(T.LBrace);
    this.MANY(() => pushDef(node.sections, this.SUBRULE(this.sectionDecl)));
    this.CONSUME(T.RBrace);
    node.range = this.range(start);
    return node;
  });

  private comparator = this.RULE('comparator', (): A.Comparator => this.pick(comparators, 7).key);

  private targetDecl = this.RULE('targetDecl', (): A.TargetDecl => {
    const start = this.startOf();
    this.CONSUME(T.Target);
    const subject = this.OR([
      { ALT: () => this.ident(this.CONSUME(T.Identifier)) },
      { ALT: () => this.ident(this.CONSUME(T.ResponseRate)) },
      { ALT: () => this.ident(this.CONSUME(T.Nps)) },
    ]);
    const op = this.SUBRULE(this.comparator);
    let negative = false;
    this.OPTION(() => {
      this.CONSUME(T.Minus);
      negative = true;
    });
    const value = this.num(this.CONSUME(T.NumberLiteral));
    return { kind: 'Target', subject, op, value, negative, range: this.range(start) };
  });

  // ------------------------------------------------------------------ sampling
  private sampleDecl = this.RULE('sampleDecl', (): A.SampleDecl => {
    const start = this.startOf();
    this.CONSUME(T.Sample);
    const node: A.SampleDecl = { kind: 'Sample', settings: [], strata: [], oversample: [], range: { start, end: start } };
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            const s = this.startOf();
            const { key, tok } = this.pick(sampleNumberKeys, 7);
            const value = this.num(this.CONSUME(T.NumberLiteral));
            node.settings.push({ kind: 'SampleSetting', key, keyRange: this.tokRange(tok), value, range: this.range(s) });
          },
        },
        {
          ALT: () => {
            const s = this.startOf();
            const tok = this.CONSUME(T.Allocate);
            // A name, or `fixed` (also the keyword of anchored options).
            const method = this.ident(this.CONSUME(T.MethodName));
            node.settings.push({ kind: 'SampleSetting', key: 'allocate', keyRange: this.tokRange(tok), method, range: this.range(s) });
          },
        },
        { ALT: () => pushDef(node.strata, this.SUBRULE(this.strataDecl)) },
        {
          ALT: () => {
            const s = this.startOf();
            this.CONSUME(T.Oversample);
            const stratum = this.ident(this.CONSUME2(T.Identifier));
            const factor = this.num(this.CONSUME2(T.NumberLiteral));
            node.oversample.push({ kind: 'Oversample', stratum, factor, range: this.range(s) });
          },
        },
      ]);
    });
    this.CONSUME(T.RBrace);
    node.range = this.range(start);
    return node;
  });

  private strataDecl = this.RULE('strataDecl', (): A.StrataDecl => {
    const start = this.startOf();
    this.CONSUME(T.Strata);
    const id = this.ident(this.CONSUME(T.Identifier));
    let variable: A.Identifier | undefined;
    this.OPTION(() => {
      this.CONSUME(T.By);
      variable = this.ident(this.CONSUME2(T.Identifier));
    });
    const strata: A.StratumDecl[] = [];
    this.CONSUME(T.LBrace);
    this.MANY(() => pushDef(strata, this.SUBRULE(this.stratumDecl)));
    this.CONSUME(T.RBrace);
    return { kind: 'Strata', id, variable, strata, range: this.range(start) };
  });

  private stratumDecl = this.RULE('stratumDecl', (): A.StratumDecl => {
    const start = this.startOf();
    const node: A.StratumDecl = {
      kind: 'Stratum',
      id: this.ident(this.CONSUME(T.Identifier)),
      takeAll: false,
      range: { start, end: start },
    };
    node.size = this.num(this.CONSUME(T.NumberLiteral));
    this.MANY(() => {
      this.OR([
        { ALT: () => void (this.CONSUME(T.Sd), (node.sd = this.num(this.CONSUME2(T.NumberLiteral)))) },
        { ALT: () => void (this.CONSUME(T.Proportion), (node.proportion = this.num(this.CONSUME3(T.NumberLiteral)))) },
        { ALT: () => void (this.CONSUME(T.Cost), (node.cost = this.num(this.CONSUME4(T.NumberLiteral)))) },
        { ALT: () => void (this.CONSUME(T.Completes), (node.completes = this.num(this.CONSUME5(T.NumberLiteral)))) },
        { ALT: () => void (this.CONSUME(T.Invited), (node.invited = this.num(this.CONSUME6(T.NumberLiteral)))) },
        { ALT: () => void (this.CONSUME(T.TakeAll), (node.takeAll = true)) },
      ]);
    });
    node.range = this.range(start);
    return node;
  });

  // ------------------------------------------------------------------- quality
  private qualityDecl = this.RULE('qualityDecl', (): A.QualityDecl => {
    const start = this.startOf();
    const rules: A.QualityRule[] = [];
    this.CONSUME(T.Quality);
    this.CONSUME(T.LBrace);
    this.MANY(() => pushDef(rules, this.SUBRULE(this.qualityRule)));
    this.CONSUME(T.RBrace);
    return { kind: 'Quality', rules, range: this.range(start) };
  });

  private qualityRule = this.RULE('qualityRule', (): A.QualityRule => {
    const start = this.startOf();
    this.CONSUME(T.Exclude);
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Answered);
          const op = this.SUBRULE(this.comparator);
          const value = this.num(this.CONSUME(T.NumberLiteral));
          return { kind: 'ExcludeAnswered', op, value, range: this.range(start) } as A.QualityRule;
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Duration);
          const op = this.SUBRULE2(this.comparator);
          const value = this.num(this.CONSUME2(T.NumberLiteral));
          return { kind: 'ExcludeDuration', op, value, range: this.range(start) } as A.QualityRule;
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Straightline);
          const target = this.ident(this.CONSUME(T.Identifier));
          return { kind: 'ExcludeStraightline', target, range: this.range(start) } as A.QualityRule;
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Attention);
          // `exclude attention check != 3`: excluded when the check is not answered as told.
          const question = this.ident(this.CONSUME2(T.Identifier));
          this.CONSUME(T.NotEq);
          const expected = this.OR2([
            { ALT: () => this.ident(this.CONSUME3(T.Identifier)) as A.Identifier | A.NumberLit },
            { ALT: () => this.num(this.CONSUME3(T.NumberLiteral)) },
          ]);
          return { kind: 'ExcludeAttention', question, expected, range: this.range(start) } as A.QualityRule;
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.When);
          const expr = this.SUBRULE(this.expression);
          return { kind: 'ExcludeWhen', expr, range: this.range(start) } as A.QualityRule;
        },
      },
    ]);
  });

  // ------------------------------------------------------------------ analysis
  private analysisDecl = this.RULE('analysisDecl', (): A.AnalysisDecl => {
    const start = this.startOf();
    const requests: A.AnalysisRequest[] = [];
    this.CONSUME(T.Analysis);
    this.CONSUME(T.LBrace);
    this.MANY(() => pushDef(requests, this.SUBRULE(this.analysisRequest)));
    this.CONSUME(T.RBrace);
    return { kind: 'Analysis', requests, range: this.range(start) };
  });

  /** A name that may also be a keyword in this position (`sd`; `tag` is contextual, a name anywhere). */
  private softName = this.RULE('softName', (): A.Identifier =>
    this.OR([{ ALT: () => this.ident(this.CONSUME(T.Identifier)) }, { ALT: () => this.ident(this.CONSUME(T.Sd)) }]),
  );

  private analysisRequest = this.RULE('analysisRequest', (): A.AnalysisRequest => {
    const start = this.startOf();
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Items);
          const stats: A.Identifier[] = [];
          this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => pushDef(stats, this.SUBRULE(this.softName)) });
          return { kind: 'Items', stats, range: this.range(start) } as A.AnalysisRequest;
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Breakdown);
          this.CONSUME(T.By);
          const by: A.Identifier[] = [];
          this.AT_LEAST_ONE_SEP2({ SEP: T.Comma, DEF: () => pushDef(by, this.SUBRULE2(this.softName)) });
          return { kind: 'Breakdown', by, range: this.range(start) } as A.AnalysisRequest;
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Top);
          const count = this.num(this.CONSUME(T.NumberLiteral));
          const name = this.ident(this.CONSUME(T.Identifier));
          // `top 3 dissatisfied <= 2` ranks rated items by the share of answers at or
          // below 2; `top 3 displeased` ranks the options of a choice question.
          let op: A.Comparator | undefined;
          let value: A.NumberLit | undefined;
          this.OPTION2(() => {
            op = this.SUBRULE(this.comparator);
            value = this.num(this.CONSUME2(T.NumberLiteral));
          });
          return { kind: 'Top', count, name, op, value, range: this.range(start) } as A.AnalysisRequest;
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Drivers);
          const outcome = this.ident(this.CONSUME2(T.Identifier));
          this.CONSUME(T.On);
          const drivers = asArray(this.SUBRULE(this.nameList));
          return { kind: 'Drivers', outcome, drivers, range: this.range(start) } as A.AnalysisRequest;
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Chart);
          const chartType = this.ident(this.CONSUME3(T.Identifier));
          const subject = this.ident(this.CONSUME4(T.Identifier));
          let by: A.Identifier | undefined;
          this.OPTION(() => {
            this.CONSUME2(T.By);
            by = this.SUBRULE3(this.softName);
          });
          return { kind: 'Chart', chartType, subject, by, range: this.range(start) } as A.AnalysisRequest;
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Alpha);
          const subject = this.ident(this.CONSUME5(T.Identifier));
          return { kind: 'Alpha', subject, range: this.range(start) } as A.AnalysisRequest;
        },
      },
    ]);
  });

  // --------------------------------------------------------------- expressions
  public expression = this.RULE('expression', (): A.Expr => this.SUBRULE(this.orExpr));

  private binaryLevel(left: A.Expr, op: A.BinaryOp, opTok: Tok, right: A.Expr | undefined): A.Expr {
    // After a recovered syntax error the left side may be missing: keep what was read rather
    // than a Binary without its `left`, which every later walk of the tree would trip on.
    if (!left) return right as A.Expr;
    return {
      kind: 'Binary',
      op,
      opRange: this.tokRange(opTok),
      left,
      right,
      range: this.range(left.range?.start ?? this.tokRange(opTok).start),
    };
  }

  private orExpr = this.RULE('orExpr', (): A.Expr => {
    let left = this.SUBRULE(this.andExpr);
    this.MANY(() => {
      const t = this.CONSUME(T.Or);
      left = this.binaryLevel(left, 'or', t, this.SUBRULE2(this.andExpr));
    });
    return left;
  });

  private andExpr = this.RULE('andExpr', (): A.Expr => {
    let left = this.SUBRULE(this.notExpr);
    this.MANY(() => {
      const t = this.CONSUME(T.And);
      left = this.binaryLevel(left, 'and', t, this.SUBRULE2(this.notExpr));
    });
    return left;
  });

  private notExpr = this.RULE('notExpr', (): A.Expr =>
    this.OR(
      (this.notAlts ??= [
        {
          ALT: () => {
            const start = this.startOf();
            this.CONSUME(T.Not);
            const operand = this.SUBRULE(this.notExpr);
            return { kind: 'Unary', op: 'not', operand, range: this.range(start) } as A.Expr;
          },
        },
        { ALT: () => this.SUBRULE(this.compareExpr) },
      ]),
    ),
  );

  private compareExpr = this.RULE('compareExpr', (): A.Expr => {
    let left = this.SUBRULE(this.addExpr);
    this.OPTION(() => {
      const { key, tok } = this.OR(
        (this.compareAlts ??= [
          ...comparators.map(([tt, key]) => ({ ALT: () => ({ key: key as A.BinaryOp, tok: this.CONSUME(tt) }) })),
          { ALT: () => ({ key: 'has' as A.BinaryOp, tok: this.CONSUME(T.Has) }) },
        ]),
      );
      left = this.binaryLevel(left, key, tok, this.SUBRULE2(this.addExpr));
    });
    return left;
  });

  private addExpr = this.RULE('addExpr', (): A.Expr => {
    let left = this.SUBRULE(this.mulExpr);
    this.MANY(() => {
      const { key, tok } = this.OR(
        (this.addAlts ??= [
          { ALT: () => ({ key: '+' as A.BinaryOp, tok: this.CONSUME(T.Plus) }) },
          { ALT: () => ({ key: '-' as A.BinaryOp, tok: this.CONSUME(T.Minus) }) },
        ]),
      );
      left = this.binaryLevel(left, key, tok, this.SUBRULE2(this.mulExpr));
    });
    return left;
  });

  private mulExpr = this.RULE('mulExpr', (): A.Expr => {
    let left = this.SUBRULE(this.unaryExpr);
    this.MANY(() => {
      const { key, tok } = this.OR(
        (this.mulAlts ??= [
          { ALT: () => ({ key: '*' as A.BinaryOp, tok: this.CONSUME(T.Star) }) },
          { ALT: () => ({ key: '/' as A.BinaryOp, tok: this.CONSUME(T.Slash) }) },
        ]),
      );
      left = this.binaryLevel(left, key, tok, this.SUBRULE2(this.unaryExpr));
    });
    return left;
  });

  private unaryExpr = this.RULE('unaryExpr', (): A.Expr =>
    this.OR(
      (this.unaryAlts ??= [
        {
          ALT: () => {
            const start = this.startOf();
            this.CONSUME(T.Minus);
            const operand = this.SUBRULE(this.unaryExpr);
            return { kind: 'Unary', op: '-', operand, range: this.range(start) } as A.Expr;
          },
        },
        { ALT: () => this.SUBRULE(this.primary) },
      ]),
    ),
  );

  private primary = this.RULE('primary', (): A.Expr =>
    this.OR(
      (this.primaryAlts ??= [
        { ALT: () => this.num(this.CONSUME(T.NumberLiteral)) as A.Expr },
        { ALT: () => this.str(this.CONSUME(T.StringLiteral)) },
        {
          ALT: () => {
            const start = this.startOf();
            this.CONSUME(T.LParen);
            const expr = this.SUBRULE(this.expression);
            this.CONSUME(T.RParen);
            return { kind: 'Paren', expr, range: this.range(start) } as A.Expr;
          },
        },
        {
          ALT: () => {
            const nameTok = this.OR2(
              (this.nameTokAlts ??= [
                { ALT: () => this.CONSUME(T.Identifier) },
                { ALT: () => this.CONSUME(T.Nps) },
                { ALT: () => this.CONSUME(T.Answered) },
                { ALT: () => this.CONSUME(T.ResponseRate) },
                { ALT: () => this.CONSUME(T.Reverse) },
                { ALT: () => this.CONSUME(T.Min) },
                { ALT: () => this.CONSUME(T.Max) },
              ]),
            );
            const name = this.ident(nameTok);
            let args: A.Expr[] | undefined;
            let where: A.InstanceFilter | undefined;
            this.OPTION2(() => {
              this.CONSUME2(T.LParen);
              args = [];
              this.MANY_SEP({
                SEP: T.Comma,
                DEF: () => {
                  pushDef(args!, this.SUBRULE2(this.expression));
                  // `count(members where age < 18)`: the instances that meet a condition. Read
                  // after an argument (not after the list: `where` is also a name, and a list
                  // followed by a name-like keyword is ambiguous for the lookahead).
                  this.OPTION(() => {
                    const keywordRange = this.tokRange(this.CONSUME(T.Where));
                    const cond = this.SUBRULE3(this.expression);
                    where = { kind: 'InstanceFilter', keywordRange, cond, range: this.range(keywordRange.start) };
                  });
                },
              });
              this.CONSUME2(T.RParen);
            });
            if (args)
              return { kind: 'Call', callee: name, args, ...(where ? { where } : {}), range: this.range(name.range.start) } as A.Expr;
            return { kind: 'NameRef', name: name.name, range: name.range } as A.Expr;
          },
        },
        {
          // `members.age`: a question of a repeat group named through its group.
          ALT: () => {
            const t = this.CONSUME(T.QualifiedName);
            const range = this.tokRange(t);
            const [group = '', name = ''] = (t.image ?? '').split('.');
            const qualifier: A.Identifier = {
              kind: 'Identifier',
              name: group,
              range: { start: range.start, end: range.start + group.length },
            };
            return { kind: 'NameRef', name, qualifier, range } as A.Expr;
          },
        },
      ]),
    ),
  );
}

/** `en:` → `en`: the tag without its colon and any space before it. */
function languageOf(image: string): string {
  const n = image.length;
  // The usual `xx:`, no space before the colon: one slice.
  const before = n > 1 && image.charCodeAt(n - 1) === 58 ? image.charCodeAt(n - 2) : -1;
  if ((before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122)) return image.slice(0, -1);
  return image.replace(/[\s:]+$/, '');
}

function pushDef<V>(list: V[], value: V | undefined): void {
  if (value !== undefined && value !== null && typeof value === 'object' && 'kind' in (value as object)) list.push(value);
}

/** Recording phase and recovery can hand back a non-array where a list is expected. */
function asArray<V>(value: V[] | undefined): V[] {
  return Array.isArray(value) ? value : [];
}
