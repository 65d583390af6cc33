// Public API of @survey/interop: export a compiled survey to other survey formats
// and import other formats into .survey text.
export { exportSurvey, exportKinds, type ExportKind, type ExportedFile } from './export/index.ts';
export type { ExportNote } from './export/notes.ts';
export { documentOf } from './load.ts';
export { SurveyIndex, type SurveyDoc } from './model.ts';
export { importSurvey, detectFormat, importFormats, ImportError, type ImportFormat, type Imported } from './import/index.ts';
export type { ImportProblem } from './import/ir.ts';
