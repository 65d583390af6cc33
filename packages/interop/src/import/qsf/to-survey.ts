// A Qualtrics survey file (.qsf, JSON) as an ImportedSurvey: blocks in survey-flow
// order become sections (their Description the title); multiple choice → single or
// multi (recode values as codes, text entry → specify, exclusive answers); text
// entry → text, number (ValidNumber with its bounds) or date; a Likert matrix on one
// answer scale → matrix; rank order → ranking; ForceResponse → required; display
// logic → `when`; translations (`Language`) → more languages; loop and merge → a
// repeat group, with its piped loop fields (loops.ts). The data export tag is the
// question id. Everything else (descriptive text, sliders, side by side, timing,
// embedded data, branches, randomisers …) is reported and kept as a comment.
import type { Text } from '../../model.ts';
import { CondError, printCond, type CondContext } from '../condition.ts';
import type { ImportedOption, ImportedQuestion, ImportedRoster, ImportedSection, ImportedSurvey, ImportProblem } from '../ir.ts';
import { IdSpace, toCode, toId } from '../names.ts';
import { asScale } from '../xlsform/scales.ts';
import { plainLabel } from '../redcap/fields.ts';
import { parseDisplayLogic } from './logic.ts';
import { blockLoop, qsfPipes } from './loops.ts';

type J = Record<string, unknown>;

/** Qualtrics language codes (EN, ZH-S, ZH-T …) as BCP 47. */
function language(code: string): string {
  const c = code.toUpperCase();
  if (c === 'ZH-S' || c === 'ZH') return 'zh';
  if (c === 'ZH-T') return 'zh-Hant';
  return c.split(/[-_]/)[0].toLowerCase();
}

const single = new Set(['SAVR', 'SAHR', 'SACOL', 'DL', 'SB']);
const multiple = new Set(['MAVR', 'MAHR', 'MACOL', 'MSB']);

export function qsfToSurvey(json: unknown, file: string, stem: string): { survey: ImportedSurvey; problems: ImportProblem[] } {
  const root = (json && typeof json === 'object' ? json : {}) as J;
  const entry = (root.SurveyEntry ?? {}) as J;
  const elements = Array.isArray(root.SurveyElements) ? (root.SurveyElements as J[]) : undefined;
  if (!elements) throw new Error('not a Qualtrics survey file: no SurveyElements');
  const problems: ImportProblem[] = [];
  const lang = language(String(entry.SurveyLanguage ?? 'EN'));
  const languages = [lang];
  const ids = new IdSpace();
  const survey: ImportedSurvey = {
    id: toId(stem, 'survey'),
    ...(typeof entry.SurveyName === 'string' ? { title: { [lang]: entry.SurveyName } } : {}),
    languages,
    scales: [],
    choiceLists: [],
    sections: [],
    comments: [],
  };
  const report = (where: string, message: string, comments: string[]) => {
    comments.push(`${where}: ${message}`);
    problems.push({ file, where, message });
  };
  const questions = new Map<string, J>();
  for (const e of elements)
    if (e.Element === 'SQ' && e.Payload) questions.set(String((e.Payload as J).QuestionID ?? e.PrimaryAttribute), e.Payload as J);
  const blocksEl = elements.find((e) => e.Element === 'BL')?.Payload;
  const blocks = (Array.isArray(blocksEl) ? blocksEl : Object.values((blocksEl ?? {}) as J)) as J[];
  const flow = elements.find((e) => e.Element === 'FL')?.Payload as J | undefined;
  // Block order: the survey flow's blocks, else the blocks as listed.
  const order: string[] = [];
  const walkFlow = (items: unknown) => {
    for (const f of Array.isArray(items) ? (items as J[]) : []) {
      if ((f.Type === 'Block' || f.Type === 'Standard') && typeof f.ID === 'string') {
        // A block shown again later in the flow (on another branch) is imported once, where it first appears.
        if (order.includes(f.ID))
          report(`flow ${String(f.FlowID ?? f.ID)}`, `block ${f.ID} appears again in the survey flow: imported once`, survey.comments);
        else order.push(f.ID);
      } else {
        report(
          `flow ${String(f.FlowID ?? f.Type)}`,
          `${String(f.Type)} in the survey flow not imported${f.Type === 'Branch' ? ' (its blocks follow in order)' : ''}`,
          survey.comments,
        );
        walkFlow(f.Flow);
      }
    }
  };
  walkFlow(flow?.Flow);
  const ordered = order.length
    ? order.map((id) => blocks.find((b) => b.ID === id)).filter((b): b is J => !!b)
    : blocks.filter((b) => b.Type !== 'Trash');

  // Question ids and choice codes first, so display logic can name any earlier question.
  const idOf = new Map<string, string>();
  const codes = new Map<string, Map<string, string | number>>();
  for (const [qid, p] of questions) {
    idOf.set(qid, ids.take(String(p.DataExportTag ?? qid)));
    const recode = (p.RecodeValues ?? {}) as Record<string, string>;
    codes.set(qid, new Map(Object.keys((p.Choices ?? {}) as J).map((c) => [c, toCode(recode[c] ?? c)])));
  }
  const byId = new Map<string, ImportedQuestion>();
  // The repeat group of the block being read, and the question whose texts are piped.
  let current: ImportedRoster | undefined;
  let here: { where: string; comments: string[]; seen: Set<string> } = { where: '', comments: [], seen: new Set() };
  const ctx: CondContext = {
    idOf: (qid) => (byId.has(idOf.get(qid) ?? '') ? idOf.get(qid) : undefined),
    isMulti: (id) => byId.get(id)?.kind === 'multi',
    isNumeric: (id) => byId.get(id)?.kind === 'number',
    missingCodes: () => [],
  };

  for (const b of blocks.filter((x) => x.Type === 'Trash'))
    for (const be of Array.isArray(b.BlockElements) ? (b.BlockElements as J[]) : [])
      if (be.Type === 'Question') report(String(be.QuestionID), 'in the trash (deleted in Qualtrics): not imported', survey.comments);
  for (const b of ordered) {
    const section: ImportedSection = {
      id: ids.take(String(b.Description ?? b.ID).toLowerCase(), 'block'),
      title: { [lang]: String(b.Description ?? b.ID) },
      comments: [],
      questions: [],
    };
    let pending: string[] = [];
    // Loop and merge: the block's questions in a repeat group.
    const loop = blockLoop(
      b,
      () => ids.take(`${section.id}_loop`, 'loop'),
      (qid) => byId.get(idOf.get(qid) ?? ''),
    );
    for (const n of loop?.notes ?? []) report(`block ${String(b.ID)}`, n, pending);
    current = loop?.roster;
    if (current) {
      (survey.rosters ??= []).push(current);
      if (loop!.fields.some((f) => f.some((v) => v !== '')) && !current.count.startsWith('for each'))
        current.comments.push(
          `block ${String(b.ID)}: loop fields by row: ${loop!.fields.map((f, i) => `${i + 1}: ${f.join(' | ')}`).join('; ')}`,
        );
    }
    for (const be of Array.isArray(b.BlockElements) ? (b.BlockElements as J[]) : []) {
      if (be.Type !== 'Question') continue;
      const qid = String(be.QuestionID);
      const p = questions.get(qid);
      const where = `${qid}${p?.DataExportTag ? ` (${String(p.DataExportTag)})` : ''}`;
      if (!p) {
        report(where, 'the question is missing from the file', pending);
        continue;
      }
      here = { where, comments: pending, seen: new Set() };
      const q = question(p, qid, where, pending);
      if (!q) continue;
      if (p.DataExportTag && q.id !== p.DataExportTag) report(where, `name ${String(p.DataExportTag)} imported as ${q.id}`, q.comments);
      q.comments.unshift(...pending);
      pending = [];
      if (p.DisplayLogic)
        try {
          q.when = printCond(
            parseDisplayLogic(p.DisplayLogic, (ref, c) => codes.get(ref)?.get(c)),
            ctx,
          );
        } catch (e) {
          if (!(e instanceof CondError)) throw e;
          report(where, `display logic not imported (${e.message})`, q.comments);
        }
      if (current) q.roster = current.id;
      byId.set(q.id, q);
      section.questions.push(q);
    }
    if (pending.length) (section.after ??= []).push(...pending);
    if (section.questions.length) survey.sections.push(section);
    else survey.comments.push(...pending);
  }
  return { survey, problems };

  /** Our pipes for Qualtrics piped text, each one without an equivalent reported once per question. */
  function pipes(s: string): string {
    return qsfPipes(
      s,
      current,
      (qid) => ctx.idOf(qid),
      (pipe, why) => {
        if (here.seen.has(pipe)) return;
        here.seen.add(pipe);
        report(here.where, `${pipe}: ${why}`, here.comments);
      },
    );
  }

  function texts(p: J, pick: (l: J) => unknown, fallback: unknown): Text {
    const t: Text = {};
    const main = pipes(plainLabel(String(fallback ?? '')).text);
    if (main) t[lang] = main;
    for (const [code, l] of Object.entries((p.Language ?? {}) as J)) {
      const v = pick(l as J);
      if (typeof v !== 'string' || !v) continue;
      const bcp = language(code);
      if (!languages.includes(bcp)) languages.push(bcp);
      t[bcp] = pipes(plainLabel(v).text);
    }
    return t;
  }

  function question(p: J, qid: string, where: string, pending: string[]): ImportedQuestion | undefined {
    const type = String(p.QuestionType);
    const selector = String(p.Selector ?? '');
    const settings = ((p.Validation ?? {}) as J).Settings as J | undefined;
    const base = (kind: ImportedQuestion['kind']): ImportedQuestion => ({
      kind,
      id: idOf.get(qid)!,
      text: texts(p, (l) => l.QuestionText, p.QuestionText),
      required: settings?.ForceResponse === 'ON',
      comments: [],
    });
    const options = (): ImportedOption[] => {
      const choices = (p.Choices ?? {}) as Record<string, J>;
      const order = (Array.isArray(p.ChoiceOrder) ? p.ChoiceOrder : Object.keys(choices)).map(String);
      return order
        .filter((c) => choices[c])
        .map((c) => ({
          code: codes.get(qid)!.get(c)!,
          label: texts(p, (l) => (l.Choices as Record<string, J> | undefined)?.[c]?.Display, choices[c].Display),
          ...(choices[c].TextEntry === 'true' || choices[c].TextEntry === true ? { specify: true } : {}),
          ...(choices[c].ExclusiveAnswer === true || choices[c].ExclusiveAnswer === 'true' ? { exclusive: true } : {}),
        }));
    };
    if (type === 'MC' && (single.has(selector) || multiple.has(selector))) {
      const q = base(multiple.has(selector) ? 'multi' : 'single');
      q.options = options();
      // Carry-forward: the choices selected (or not) in an earlier question.
      const dynamic = /^q:\/\/(QID\d+)\/ChoiceGroup\/(Selected|NotSelected)Choices$/.exec(
        String(((p.DynamicChoices ?? {}) as J).Locator ?? ''),
      );
      if (dynamic && !q.options.length) {
        const from = ctx.idOf(dynamic[1]);
        const kind = from ? byId.get(from)?.kind : undefined;
        if (from && (kind === 'single' || kind === 'multi')) {
          q.from = from;
          q.fromSelected = dynamic[2] === 'Selected';
          delete q.options;
        } else report(where, `choices carried forward from ${dynamic[1]} not imported (not an earlier choice question)`, pending);
      } else if (p.DynamicChoices)
        report(where, `dynamic choices ${String(((p.DynamicChoices ?? {}) as J).Locator ?? '')} not imported`, pending);
      if (((p.Randomization ?? {}) as J).Type === 'All') q.randomize = true;
      return q;
    }
    if (type === 'MC' && selector === 'NPS') return base('nps');
    if (type === 'RO') {
      const q = base('ranking');
      q.options = options();
      return q;
    }
    if (type === 'TE') {
      const q = base('text');
      const content = String(settings?.ContentType ?? '');
      if (content === 'ValidNumber') {
        q.kind = 'number';
        const v = (settings?.ValidNumber ?? {}) as J;
        if (v.Min !== undefined && v.Min !== '') q.min = Number(v.Min);
        if (v.Max !== undefined && v.Max !== '') q.max = Number(v.Max);
        if (v.NumDecimals === '0' || v.NumDecimals === 0) q.integer = true;
      } else if (content === 'ValidDate') q.kind = 'date';
      else if (content) report(where, `content validation ${content} not imported`, q.comments);
      return q;
    }
    if (type === 'Matrix' && selector === 'Likert' && p.SubSelector === 'SingleAnswer') {
      const answers = (p.Answers ?? {}) as Record<string, J>;
      const order = (Array.isArray(p.AnswerOrder) ? p.AnswerOrder : Object.keys(answers)).map(String);
      const recode = (p.RecodeValues ?? {}) as Record<string, string>;
      const scale = asScale(
        ids.take(`${idOf.get(qid)}_scale`, 'scale'),
        order.map((a) => ({
          code: toCode(recode[a] ?? a),
          label: texts(p, (l) => (l.Answers as Record<string, J> | undefined)?.[a]?.Display, answers[a]?.Display),
        })),
      );
      if (scale) {
        const q = base('matrix');
        const tags = (p.ChoiceDataExportTags ?? {}) as Record<string, string>;
        q.scale = scale.id;
        const entries = options().filter((o) => o.specify);
        if (entries.length)
          report(
            where,
            `the text box of row${entries.length > 1 ? 's' : ''} ${entries.map((o) => o.code).join(', ')} not imported`,
            q.comments,
          );
        q.rows = options().map((o, i) => {
          const choiceId = (Array.isArray(p.ChoiceOrder) ? p.ChoiceOrder : Object.keys((p.Choices ?? {}) as J)).map(String)[i];
          return { id: ids.take(tags[choiceId] || `${q.id}_${choiceId}`, 'row'), text: o.label };
        });
        survey.scales.push(scale);
        return q;
      }
    }
    const why =
      type === 'DB'
        ? `descriptive text not imported: ${plainLabel(String(p.QuestionText ?? '')).text}`
        : `question type ${type}${selector ? `/${selector}` : ''} not imported: no equivalent`;
    report(where, why, pending);
    return undefined;
  }
}
