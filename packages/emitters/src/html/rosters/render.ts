// A page whose questions include repeat-group copies: each instance's questions sit in
// their own fieldset, labelled by the group's title and the instance's number or option
// ("家庭成员 2" / "Household member 2", "品牌评价:品牌 A" / "Brand rating: Brand A"),
// nested as the groups are. The runtime hides an instance's fieldset while it does not exist.
import type { LText, Question, Section } from '@survey/compiler';
import { esc } from '../escape.ts';
import { textKey } from '../runtime/data.ts';
import { renderQuestion } from '../question.ts';
import type { Ctx } from '../controls.ts';
import type { Instance, InstancePath } from './expand.ts';

function legend(inst: Instance, languages: string[], fallback: string): LText {
  const out: LText = {};
  for (const l of languages) {
    const title = inst.roster.title?.[l] ?? inst.roster.title?.[fallback] ?? inst.roster.id;
    const cjk = l.startsWith('zh') || l.startsWith('ja');
    out[l] = inst.option
      ? `${title}${cjk ? ':' : ': '}${inst.option.label[l] ?? inst.option.label[fallback] ?? String(inst.option.code)}`
      : `${title} ${inst.index}`;
  }
  return out;
}

function group(questions: Question[], depth: number, paths: Map<string, InstancePath>, c: Ctx, languages: string[]): string {
  let html = '';
  for (let i = 0; i < questions.length;) {
    const inst = paths.get(questions[i].id)?.[depth];
    if (!inst) {
      html += renderQuestion(questions[i], c);
      i++;
      continue;
    }
    let j = i;
    while (j < questions.length && paths.get(questions[j].id)?.[depth] === inst) j++;
    const key = inst.prefix.slice(0, -2);
    const head = c.t.el('legend', `${textKey.section(key)}`, legend(inst, languages, c.lang), ' class="instance-title"');
    html += `<fieldset class="instance" id="inst-${esc(key)}" data-instance="${esc(key)}">${head}${group(questions.slice(i, j), depth + 1, paths, c, languages)}</fieldset>`;
    i = j;
  }
  return html;
}

export function renderRosterSection(s: Section, index: number, c: Ctx, paths: Map<string, InstancePath>, languages: string[]): string {
  const heading = s.title ? c.t.el('h2', textKey.section(s.id), s.title, ` id="h-${esc(s.id)}"`) : '';
  const labelled = s.title ? ` aria-labelledby="h-${esc(s.id)}"` : '';
  return `<section class="page" id="page-${esc(s.id)}" data-page="${index}" tabindex="-1"${labelled}${index > 0 ? ' hidden' : ''}>${heading}${group(s.questions, 0, paths, c, languages)}</section>`;
}
