// Code lens over a survey: how many questions it asks, the estimated minutes on the
// longest path (the compiler's SVY3002 estimate, with the config's time model), and
// the planned sample (completes and invitations from the compiler's sample plan).
// Read from the compile of the current version; no lens while the survey has none.
import type { CodeLens } from 'vscode-languageserver';
import { estimateTime, planSample } from '@survey/compiler';
import { toRange } from './convert.ts';
import type { Workspace } from './workspace.ts';

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** Shown as text: a lens needs a command, an empty one makes it a label. */
const label = (title: string) => ({ title, command: '' });

export function codeLenses(ws: Workspace, path: string): CodeLens[] {
  const result = ws.result(path);
  const survey = result.survey;
  const file = result.files.get(path);
  if (!survey || !file || survey.file !== path) return [];
  const at = toRange(file.parse.lineMap, { start: survey.node.range.start, end: survey.node.range.start });
  const rows = survey.questions.reduce((n, q) => n + (q.kind === 'matrix' ? q.rows.length : 0), 0);
  const lenses: CodeLens[] = [
    { range: at, command: label(plural(survey.questions.length, 'question') + (rows ? ` (${plural(rows, 'matrix row')})` : '')) },
  ];
  const time = estimateTime(survey, result.config);
  const minutes = time.seconds < 60 ? `${time.seconds} s` : `${(time.seconds / 60).toFixed(1)} min`;
  lenses.push({ range: at, command: label(`about ${minutes} on the longest path (${plural(time.questions, 'question')})`) });
  if (survey.sample) {
    let plan;
    try {
      plan = planSample(survey.sample);
    } catch {
      plan = undefined; // an incomplete sample block: the diagnostics say why
    }
    if (plan?.completes !== undefined) {
      const invitations = plan.invitations !== undefined ? `, ${plural(plan.invitations, 'invitation')}` : '';
      lenses.push({ range: at, command: label(`sample: ${plural(plan.completes, 'complete')}${invitations}`) });
    }
  }
  return lenses;
}
