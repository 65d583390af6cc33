// The answer controls of each question kind. Every control has a label: a <label for>
// on each radio, checkbox and select, a legend on every group. Values are the codes.
import { textFormats, type Question, type Scale } from '@survey/compiler';
import { scaleGrid } from '../common/scale-grid.ts';
import { specifyName } from '../common/names.ts';
import { esc } from './escape.ts';
import { textKey } from './runtime/data.ts';
import { type TextTable, uiEl } from './texts.ts';
import type { Choice, LText } from '@survey/compiler';
import { kindAttrs, numberKind, textKind } from './input-kind.ts';
import { optionImage } from './answer-types.ts';

export interface Ctx {
  t: TextTable;
  ui: Record<string, LText>;
  lang: string;
  /** Scale id → its points' <template>, filled as scales are first used. */
  templates: Map<string, string>;
}

const fid = (name: string, i?: number | string) => `f-${name}${i === undefined ? '' : `-${i}`}`;

/**
 * A scale of radio buttons is written once, as its template; the runtime gives each question
 * (and matrix row) on it the empty `.scale[data-scale][data-name]` box it fills (runtime/shells.ts).
 */
export function scaleTemplateOnly(scale: Scale, c: Ctx): string {
  if (!c.templates.has(scale.id)) c.templates.set(scale.id, scaleTemplate(scale, c));
  return '';
}

/**
 * A scale's points once, as a <template> the runtime clones into every question that uses
 * it, naming each radio after its question and giving it the id its label points to
 * (`f-<name>-<i>`). A 5,000-question survey repeats a handful of scales thousands of times.
 */
function scaleTemplate(scale: Scale, c: Ctx): string {
  const points = scaleGrid(scale).map((p) => {
    const label = p.label ? ` ${c.t.el('span', textKey.scalePoint(scale.id, p.value), p.label, ' class="plabel"', false)}` : '';
    return `<div class="point${p.missing ? ' missing' : ''}${p.label ? ' labelled' : ''}"><input type="radio" value="${esc(String(p.value))}"><label><span class="pvalue">${esc(String(p.value))}</span>${label}</label></div>`;
  });
  return `<template id="scale-${esc(scale.id)}">${points.join('')}</template>`;
}

export function choiceControl(q: Question, c: Ctx): string {
  const type = q.kind === 'multi' ? 'checkbox' : 'radio';
  const options = q.choices?.options ?? [];
  const images = options.some((o) => o.image?.dataUrl) ? ' image-choices' : '';
  const randomize = q.randomize ? ' data-randomize=""' : '';
  // A shared list is written once, as a template (listTemplate); a question's own options in place.
  if (q.choices && !q.choices.inline && !images) {
    for (const o of options) c.t.html(textKey.option(q.id, o.code), o.label);
    const id = `list-${q.choices.id}-${type}`;
    if (!c.templates.has(id)) c.templates.set(id, listTemplate(id, options, type, c));
    return `<div class="choices"${randomize} data-list="${esc(id)}"></div>`; // its data-name: runtime/shells.ts
  }
  const items = options.map((o, i) => {
    const id = fid(q.id, i);
    const specify = o.specify
      ? `<input type="text" class="specify" name="${esc(specifyName(q.id, o.code))}" id="${id}-s" aria-labelledby="${id}-l" autocomplete="off">`
      : '';
    const flags = `${o.fixed ? ' data-fixed=""' : ''}${o.exclusive ? ' data-exclusive=""' : ''}`;
    return `<div class="choice" data-code="${esc(String(o.code))}"${flags}><input type="${type}" name="${esc(q.id)}" id="${id}" value="${esc(String(o.code))}">${optionImage(q, o, id, c)}${c.t.el('label', textKey.option(q.id, o.code), o.label, ` for="${id}"${o.specify ? ` id="${id}-l"` : ''}`)}${specify}</div>`;
  });
  return `<div class="choices${images}"${randomize}>${items.join('')}</div>`;
}

/**
 * A shared choice list's options once, as a <template> the runtime clones into every
 * question that uses it (runtime/lists.ts), giving each clone the name, ids, label
 * target and text key that a question's own options have in place: `f-<name>-<i>`,
 * `opt.<name>.<code>`, and `<name>.<code>.text` for a specify box.
 */
function listTemplate(id: string, options: readonly Choice[], type: string, c: Ctx): string {
  const items = options.map((o) => {
    const flags = `${o.fixed ? ' data-fixed=""' : ''}${o.exclusive ? ' data-exclusive=""' : ''}`;
    const specify = o.specify ? '<input type="text" class="specify" autocomplete="off">' : '';
    const label = c.t.inline(o.label?.[c.lang] ?? Object.values(o.label ?? {})[0] ?? '');
    return `<div class="choice" data-code="${esc(String(o.code))}"${flags}><input type="${type}" value="${esc(String(o.code))}"><label>${label}</label>${specify}</div>`;
  });
  return `<template id="${esc(id)}">${items.join('')}</template>`;
}

const YESNO = 'list-yesno';

/** Yes and no, written once as a template like a shared list's (their labels are interface texts); the runtime writes the box. */
export function yesNoControl(c: Ctx): string {
  if (!c.templates.has(YESNO)) {
    const items = (['yes', 'no'] as const).map(
      (code) => `<div class="choice"><input type="radio" value="${code}">${uiEl('label', code, c.ui, c.lang)}</div>`,
    );
    c.templates.set(YESNO, `<template id="${YESNO}">${items.join('')}</template>`);
  }
  return '';
}

export function rankingControl(q: Question, c: Ctx): string {
  const options = q.choices?.options ?? [];
  const ranks = options.map((_, i) => `<option value="${i + 1}">${i + 1}</option>`).join('');
  const randomize = q.randomize ? ' data-randomize=""' : '';
  const item = (o: Choice, select: string, label: string) =>
    `<div class="rank-item" data-code="${esc(String(o.code))}"${o.fixed ? ' data-fixed=""' : ''}><select${select} data-code="${esc(String(o.code))}">${uiEl('option', 'rankNone', c.ui, c.lang, ' value=""')}${ranks}</select>${label}</div>`;
  // A shared list is written once, as a template the runtime fills like a choice list's (runtime/lists.ts).
  if (q.choices && !q.choices.inline) {
    for (const o of options) c.t.html(textKey.option(q.id, o.code), o.label);
    const id = `list-${q.choices.id}-ranking`;
    if (!c.templates.has(id)) {
      const items = options.map((o) => {
        const specify = o.specify ? '<input type="text" class="specify" autocomplete="off">' : '';
        return item(o, '', `<label>${c.t.inline(o.label?.[c.lang] ?? Object.values(o.label ?? {})[0] ?? '')}</label>${specify}`);
      });
      c.templates.set(id, `<template id="${esc(id)}">${items.join('')}</template>`);
    }
    return `<div class="ranking"${randomize} data-list="${esc(id)}"></div>`; // its data-name: runtime/shells.ts
  }
  const items = options.map((o, i) => {
    const id = fid(q.id, i);
    const specify = o.specify
      ? `<input type="text" class="specify" name="${esc(specifyName(q.id, o.code))}" id="${id}-s" aria-labelledby="${id}-l" autocomplete="off">`
      : '';
    const label = c.t.el('label', textKey.option(q.id, o.code), o.label, ` for="${id}"${o.specify ? ` id="${id}-l"` : ''}`);
    return item(o, ` name="${esc(q.id)}" id="${id}"`, label + specify);
  });
  return `<div class="ranking"${randomize}>${items.join('')}</div>`;
}

/** Text, number and date: one input labelled by the question title. */
export function inputControl(q: Question, describedBy: string, c: Ctx): string {
  const id = fid(q.id);
  const common = `id="${id}" name="${esc(q.id)}" aria-describedby="${describedBy}"`;
  if (q.kind === 'number') {
    const attrs = [
      typeof q.min === 'number' ? ` min="${q.min}"` : '',
      typeof q.max === 'number' ? ` max="${q.max}"` : '',
      ` step="${q.integer ? 1 : 'any'}"`,
    ].join('');
    const unit = q.unit ? ` ${c.t.el('span', textKey.unit(q.id), q.unit, ` class="unit" id="unit-${esc(q.id)}"`)}` : '';
    // A slider has no empty state: it counts as answered once moved (the runtime marks it), and shows its value.
    if (q.slider)
      return `<div class="number slider"><input type="range" ${common}${attrs} data-slider=""><output for="${id}" id="out-${esc(q.id)}"></output>${unit}</div>`;
    return `<div class="number"><input ${kindAttrs(numberKind(q))} ${common}${attrs}>${unit}</div>`;
  }
  if (q.kind === 'date') {
    const attrs = `${typeof q.min === 'string' ? ` min="${esc(q.min)}"` : ''}${typeof q.max === 'string' ? ` max="${esc(q.max)}"` : ''}`;
    return `<input type="date" ${common}${attrs}>`;
  }
  const form = q.format ? textFormats[q.format] : undefined;
  if (form) {
    const attrs = `${form.inputmode ? ` inputmode="${form.inputmode}"` : ''} autocomplete="${form.autocomplete ?? 'off'}"`;
    return `<input type="${form.input}" ${common}${attrs}>`;
  }
  const kind = textKind(q);
  const long = !kind && (typeof q.max !== 'number' || q.max > 120);
  return long
    ? `<textarea ${common} rows="4"></textarea>`
    : `<input ${kindAttrs(kind ?? { type: 'text', autocomplete: 'off' })} ${common}>`;
}
