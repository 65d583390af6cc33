// Public API of the compiler. Emitters, the CLI and the language server use only this.
export * from './model.ts';
export * from './flow-model.ts';
export * from './diagnostics/types.ts';
export {
  allDiagnosticDefs,
  getDiagnosticDef,
  docUrl,
  formatMessage,
  renderMessage,
  createDiagnostic,
  type CoreMessage,
} from './diagnostics/registry.ts';
export { diagnosticCategories, categoryOf, type DiagnosticCategory } from './diagnostics/categories.ts';
export {
  Program,
  ParseCache,
  nodeHost,
  compileFile,
  compileText,
  type CompilerHost,
  type CompileResult,
  type CompileOptions,
  type SourceFile,
} from './program.ts';
export { decodeSource, readSourceFile, encodingMessage, type Decoded, type ReadProblem, type ReadOutcome } from './source-text.ts';
export {
  loadConfig,
  parseConfig,
  findConfigFile,
  emptyConfig,
  builtinProfiles,
  CONFIG_FILE,
  type ResolvedConfig,
  type Profile,
} from './config.ts';
export type { Binding } from './binder/bind.ts';
export type { Declaration, Reference, SymbolKind } from './binder/symbols.ts';
export { pickText, pipesIn, toLText } from './binder/text.ts';
export { NPS_BANDS } from './binder/builtins.ts';
export {
  functions,
  argKind,
  type FunctionDef,
  type ArgKind,
  type EvalHost,
  type RangeHost,
  type SqlHost,
  type Value,
} from './functions/index.ts';
export { LIMITS, gridPointCount } from './limits.ts';
export { typeOf, calcType, variableOf, hiddenOf, type ExprType } from './expr-types.ts';
export { allRules } from './rules/index.ts';
export type { Rule, RuleContext } from './rules/rule.ts';
export { compareDiagnostics } from './suppressions.ts';
export { rangeOfScore, rangeOf, type Interval } from './score-range.ts';
export * from './sampling/index.ts';
export { CheckCache } from './incremental/check-cache.ts';
export { estimateTime, type TimeEstimate } from './time-estimate.ts';
export { textFormats, type TextFormat } from './text-formats.ts';
export {
  qualifierRoster,
  questionOfName,
  countedAnswers,
  filteredRoster,
  instanceFilters,
  filterAt,
  readInInstance,
  type InstanceFilterSite,
} from './roster-filters.ts';
export { ROSTER_LIMITS, rosterAggregates, rosterChain, within, rosterAt, rosterBound, rosterSource, countedRoster } from './roster.ts';
export { sizeUnits, formatBytes } from './answer-types/upload.ts';
