// The controls of the file, geopoint and signature questions, and the images of image-choice
// options. Each answer lives in one hidden input named after the question, holding the
// answer as JSON; the runtime (runtime/answer-types.ts) fills it from the file picker, the
// device's location or the typed coordinates, and the canvas or the typed name.
import type { Choice, Question } from '@survey/compiler';
import { esc } from './escape.ts';
import { uiEl } from './texts.ts';
import type { Ctx } from './controls.ts';

/** The hidden input that carries the answer (read and written by the form like any control). */
const store = (q: Question) => `<input type="hidden" name="${esc(q.id)}" data-json="">`;

export function fileControl(q: Question, describedBy: string, c: Ctx): string {
  const id = `f-${esc(q.id)}`;
  const accept = q.upload?.accept.join(',') ?? '';
  const limits = `data-max="${q.upload?.maxBytes ?? 0}"${accept ? ` data-accept="${esc(accept)}"` : ''}`;
  return [
    `<div class="upload" data-upload="" ${limits}>`,
    uiEl('label', 'fileChoose', c.ui, c.lang, ` for="${id}"`),
    `<input type="file" id="${id}"${accept ? ` accept="${esc(accept)}"` : ''} aria-describedby="${describedBy} fs-${esc(q.id)}">`,
    `<p class="upload-status" id="fs-${esc(q.id)}" aria-live="polite"></p>`,
    `<button type="button" class="upload-clear" hidden>${uiEl('span', 'fileRemove', c.ui, c.lang)}</button>`,
    store(q),
    '</div>',
  ].join('');
}

export function geopointControl(q: Question, describedBy: string, c: Ctx): string {
  const id = `f-${esc(q.id)}`;
  const field = (part: string, key: string, attrs: string) =>
    `<div class="geo-field">${uiEl('label', key, c.ui, c.lang, ` for="${id}-${part}"`)}<input type="number" id="${id}-${part}" step="any" inputmode="decimal" autocomplete="off" aria-describedby="${describedBy}"${attrs}></div>`;
  return [
    `<div class="geopoint" data-geopoint="">`,
    `<button type="button" class="geo-locate" id="${id}">${uiEl('span', 'geoLocate', c.ui, c.lang)}</button>`,
    `<p class="geo-status" id="gs-${esc(q.id)}" aria-live="polite"></p>`,
    `<div class="geo-manual">`,
    uiEl('p', 'geoManual', c.ui, c.lang, ' class="geo-hint"'),
    field('lat', 'geoLat', ' min="-90" max="90"'),
    field('lon', 'geoLon', ' min="-180" max="180"'),
    field('acc', 'geoAccuracy', ' min="0"'),
    '</div>',
    store(q),
    '</div>',
  ].join('');
}

export function signatureControl(q: Question, describedBy: string, c: Ctx): string {
  const id = `f-${esc(q.id)}`;
  return [
    `<div class="signature" data-signature="">`,
    uiEl('p', 'signatureDraw', c.ui, c.lang, ` class="sig-hint" id="sh-${esc(q.id)}"`),
    `<canvas class="sig-pad" id="${id}" width="600" height="200" role="img" aria-labelledby="sh-${esc(q.id)}" aria-describedby="${describedBy}"></canvas>`,
    `<div class="sig-typed">${uiEl('label', 'signatureType', c.ui, c.lang, ` for="${id}-typed"`)}<input type="text" id="${id}-typed" autocomplete="name" aria-describedby="${describedBy}"></div>`,
    `<button type="button" class="sig-clear">${uiEl('span', 'signatureClear', c.ui, c.lang)}</button>`,
    store(q),
    '</div>',
  ].join('');
}

/** An option's image as a second label of its input (the alt text switches language with the page). */
export function optionImage(q: Question, o: Choice, inputId: string, c: Ctx): string {
  if (!o.image?.dataUrl) return '';
  const key = `alt.${q.id}.${o.code}`;
  c.t.texts[key] = o.image.alt ?? {};
  const alt = o.image.alt?.[c.lang] ?? Object.values(o.image.alt ?? {})[0] ?? '';
  return `<label class="choice-image" for="${inputId}"><img src="${esc(o.image.dataUrl)}" alt="${esc(alt)}" data-alt="${esc(key)}"></label>`;
}

/** True when the form shows an image (so its policy allows data: images). */
export function formHasImages(questions: readonly Question[]): boolean {
  return questions.some((q) => q.kind === 'signature' || q.choices?.options.some((o) => o.image?.dataUrl));
}
