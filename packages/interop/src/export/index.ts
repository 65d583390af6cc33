// `survey build --only xlsform,xform,surveyjs,redcap,ddi,spss,stata,r`: the other
// formats a compiled survey is exported to, each from its own folder, with the
// notes on what a format could not carry.
import { SurveyIndex, type SurveyDoc } from '../model.ts';
import { flattenRosters, rosterNotes } from './rosters.ts';
import { Notes, type ExportNote } from './notes.ts';
import { flowNotes } from './flow-notes.ts';
import { surveyFlowNotes } from './survey-flow.ts';
import { emitSurveyJs } from './surveyjs/emit.ts';
import { xlsformOf } from './xlsform/rows.ts';
import { writeXlsx } from './xlsform/write.ts';
import { compileXForm } from './xform/compile.ts';
import { emitRedcap } from './redcap/emit.ts';
import { emitDdi } from './ddi/emit.ts';
import { emitSpss } from './spss/emit.ts';
import { emitR } from './r/emit.ts';
import { emitStata } from './stata/emit.ts';
import { emitLss } from './lss/emit.ts';
import { expandRosters } from './lss/copies.ts';

export type ExportKind = 'xlsform' | 'xform' | 'surveyjs' | 'redcap' | 'ddi' | 'spss' | 'stata' | 'r' | 'lss';

interface Exporter {
  kind: ExportKind;
  fileName(id: string): string;
  emit(ix: SurveyIndex, notes: Notes): string | Uint8Array | Promise<string | Uint8Array>;
}

const exporters: Exporter[] = [
  { kind: 'xlsform', fileName: (id) => `${id}.xlsx`, emit: (ix, notes) => writeXlsx(xlsformOf(ix, notes)) },
  { kind: 'xform', fileName: (id) => `${id}.xform.xml`, emit: (ix, notes) => compileXForm(xlsformOf(ix, notes)) },
  { kind: 'surveyjs', fileName: (id) => `${id}.surveyjs.json`, emit: emitSurveyJs },
  { kind: 'redcap', fileName: (id) => `${id}.redcap.csv`, emit: emitRedcap },
  { kind: 'ddi', fileName: (id) => `${id}.ddi.xml`, emit: emitDdi },
  { kind: 'spss', fileName: (id) => `${id}.sps`, emit: emitSpss },
  { kind: 'stata', fileName: (id) => `${id}.do`, emit: emitStata },
  { kind: 'r', fileName: (id) => `${id}.R`, emit: emitR },
  { kind: 'lss', fileName: (id) => `${id}.lss`, emit: emitLss },
];

export const exportKinds: readonly ExportKind[] = exporters.map((e) => e.kind);

export interface ExportedFile {
  fileName: string;
  contents: string | Uint8Array;
}

export async function exportSurvey(doc: SurveyDoc, kinds: readonly string[]): Promise<{ files: ExportedFile[]; notes: ExportNote[] }> {
  for (const k of kinds)
    if (!exportKinds.includes(k as ExportKind)) throw new Error(`no exporter for '${k}' (have ${exportKinds.join(', ')})`);
  // XLSForm, XForm and SurveyJS write repeat groups as repeats; LimeSurvey a copy of the
  // questions per instance; the other formats one variable per question, with roster
  // names in texts replaced by stand-ins (rosters.ts).
  const nested = new SurveyIndex(doc);
  const flat = new SurveyIndex(flattenRosters(doc));
  let copies: SurveyIndex | undefined;
  const files: ExportedFile[] = [];
  const notes: ExportNote[] = [];
  for (const e of exporters) {
    if (!kinds.includes(e.kind)) continue;
    const n = new Notes(e.kind);
    // LimeSurvey gets one copy of a group's questions per instance (lss/copies.ts, which notes each group).
    const ix =
      e.kind === 'xlsform' || e.kind === 'xform' || e.kind === 'surveyjs'
        ? nested
        : e.kind === 'lss'
          ? (copies ??= new SurveyIndex(expandRosters(doc, n)))
          : flat;
    files.push({ fileName: e.fileName(doc.id), contents: await e.emit(ix, n) });
    // Forms that do not map choice filters, carry-forward and defaults say so (SurveyJS maps them).
    if (e.kind === 'xlsform' || e.kind === 'xform' || e.kind === 'redcap') flowNotes(ix, n, e.kind);
    if (e.kind === 'xlsform' || e.kind === 'xform' || e.kind === 'redcap' || e.kind === 'surveyjs') surveyFlowNotes(ix, n, e.kind);
    if (e.kind !== 'lss') rosterNotes(doc, n);
    notes.push(...n.list);
  }
  return { files, notes };
}
