// One question: a fieldset with a legend for groups of controls, a label for a single
// input; help text and an error slot referenced by aria-describedby.
import type { Question, Scale, Section } from '@survey/compiler';
import { esc } from './escape.ts';
import { textKey } from './runtime/data.ts';
import { choiceControl, inputControl, rankingControl, scaleTemplateOnly, yesNoControl, type Ctx } from './controls.ts';
import { isSlider, sliderControl } from './slider.ts';
import { fileControl, geopointControl, signatureControl } from './answer-types.ts';

function help(q: Question, c: Ctx): string {
  return q.help ? c.t.el('p', textKey.help(q.id), q.help, ` class="help" id="help-${esc(q.id)}"`) : '';
}

const errorSlot = (name: string) => `<p class="error" id="err-${esc(name)}"></p>`;

/**
 * A question as the page carries it: `<div id="q-<id>">` with its title, help and answer
 * controls. The runtime builds the shell around them from the page data (runtime/shells.ts):
 * the question's class and `data-q`, the fieldset with its `aria-describedby` (or the label
 * of a text, number or date input), the legend with the number and the required mark, the
 * error slot, a rating's scale box, a yes/no's list box, and a matrix row's fieldset around
 * its legend. About 300 bytes of every question of a 5,000-question form.
 */
export function renderQuestion(q: Question, c: Ctx): string {
  const describedBy = [q.help ? `help-${q.id}` : '', q.unit ? `unit-${q.id}` : '', `err-${q.id}`].filter(Boolean).map(esc).join(' ');
  // The texts are recorded in the order they always were: an input's title first, a group's controls first.
  const open = () => `<div id="q-${esc(q.id)}">${c.t.el('span', textKey.question(q.id), q.text)}${help(q, c)}`;
  if (q.kind === 'text' || q.kind === 'number' || q.kind === 'date') return `${open()}${inputControl(q, describedBy, c)}</div>`;
  let body: string;
  switch (q.kind) {
    case 'matrix':
      body = `<div class="rows"${q.randomize ? ' data-randomize=""' : ''}>${q.rows.map((r) => matrixRow(r.id, r.text, q.scale!, c)).join('')}</div>`;
      break;
    case 'rating':
    case 'nps':
      body = isSlider(q.scale!) ? sliderControl(q.id, q.scale!, c) : scaleTemplateOnly(q.scale!, c);
      break;
    case 'yesno':
      body = yesNoControl(c);
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
  return `${open()}${body}</div>`;
}

/** A matrix row on a scale written as a template is its legend (the runtime builds its fieldset); on a slider, the whole row. */
function matrixRow(id: string, text: Question['text'], scale: Scale, c: Ctx): string {
  const legend = c.t.el('legend', textKey.row(id), text);
  if (!isSlider(scale)) {
    scaleTemplateOnly(scale, c);
    return legend;
  }
  return `<fieldset class="row" data-row="${esc(id)}" aria-describedby="err-${esc(id)}">${legend}${sliderControl(id, scale, c)}${errorSlot(id)}</fieldset>`;
}

export function renderSection(s: Section, index: number, c: Ctx): string {
  const heading = s.title ? c.t.el('h2', textKey.section(s.id), s.title, ` id="h-${esc(s.id)}"`) : '';
  const labelled = s.title ? ` aria-labelledby="h-${esc(s.id)}"` : '';
  return `<section class="page" id="page-${esc(s.id)}" data-page="${index}" tabindex="-1"${labelled}${index > 0 ? ' hidden' : ''}>${heading}${s.questions.map((q) => renderQuestion(q, c)).join('')}</section>`;
}
