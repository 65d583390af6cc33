// The built-in function table and its host interfaces (also exported as
// `@survey/compiler/functions`, a dependency-free entry for the form's browser script).
export * from './types.ts';
export * from './table.ts';
