// One question: a fieldset with a legend for groups of controls, a label for a single
// input; help text and an error slot referenced by aria-describedby.
import type { Question, Section } from '@survey/compiler';
import { esc } from './escape.ts';
import { textKey } from './runtime/data.ts';
import { uiEl } from './texts.ts';
import { choiceControl, inputControl, rankingControl, scaleControl, yesNoControl, type Ctx } from './controls.ts';
import { fileControl, geopointControl, signatureControl } from './answer-types.ts';

function title(q: Question, c: Ctx): string {
  const req = q.required ? `<span class="req">${uiEl('span', 'requiredMark', c.ui, c.lang)}</span>` : '';
  return `<span class="qnum">${q.number}.</span> ${c.t.el('span', textKey.question(q.id), q.text)}${req}`;
}

function help(q: Question, c: Ctx): string {
  return q.help ? c.t.el('p', textKey.help(q.id), q.help, ` class="help" id="help-${esc(q.id)}"`) : '';
}

const errorSlot = (name: string) => `<p class="error" id="err-${esc(name)}"></p>`;

export function renderQuestion(q: Question, c: Ctx): string {
  const describedBy = [q.help ? `help-${q.id}` : '', q.unit ? `unit-${q.id}` : '', `err-${q.id}`].filter(Boolean).map(esc).join(' ');
  const open = `<div class="question" id="q-${esc(q.id)}" data-q="${esc(q.id)}">`;
  if (q.kind === 'text' || q.kind === 'number' || q.kind === 'date') {
    return `${open}<label class="qtitle" for="f-${esc(q.id)}">${title(q, c)}</label>${help(q, c)}${inputControl(q, describedBy, c)}${errorSlot(q.id)}</div>`;
  }
  let body: string;
  switch (q.kind) {
    case 'matrix':
      body = `<div class="rows"${q.randomize ? ' data-randomize=""' : ''}>${q.rows
        .map(
          (r) =>
            `<fieldset class="row" data-row="${esc(r.id)}" aria-describedby="err-${esc(r.id)}">${c.t.el('legend', textKey.row(r.id), r.text)}${scaleControl(r.id, q.scale!, c)}${errorSlot(r.id)}</fieldset>`,
        )
        .join('')}</div>`;
      break;
    case 'rating':
    case 'nps':
      body = scaleControl(q.id, q.scale!, c);
      break;
    case 'yesno':
      body = yesNoControl(q, c);
      break;
    case 'ranking':
      body = rankingControl(q, c);
      break;
    case 'file':
      body = fileControl(q, describedBy, c);
      break;
    case 'geopoint':
      body = geopointControl(q, describedBy, c);
      break;
    case 'signature':
      body = signatureControl(q, describedBy, c);
      break;
    default:
      body = choiceControl(q, c);
  }
  return `${open}<fieldset aria-describedby="${describedBy}"><legend class="qtitle">${title(q, c)}</legend>${help(q, c)}${body}${errorSlot(q.id)}</fieldset></div>`;
}

export function renderSection(s: Section, index: number, c: Ctx): string {
  const heading = s.title ? c.t.el('h2', textKey.section(s.id), s.title, ` id="h-${esc(s.id)}"`) : '';
  const labelled = s.title ? ` aria-labelledby="h-${esc(s.id)}"` : '';
  return `<section class="page" id="page-${esc(s.id)}" data-page="${index}" tabindex="-1"${labelled}${index > 0 ? ' hidden' : ''}>${heading}${s.questions.map((q) => renderQuestion(q, c)).join('')}</section>`;
}
