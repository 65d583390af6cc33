// A long numeric scale (0–100 by 1: 101 points) as one range control instead of a row of
// radio buttons. The slider starts unanswered (`data-unset`, its thumb faded, the output
// saying so) so that its starting position is never taken for an answer; missing codes
// ("don't know") stay radio buttons in the same group beside it.
import type { Scale } from '@survey/compiler';
import { scaleGrid } from '../common/scale-grid.ts';
import { esc } from './escape.ts';
import { textKey } from './runtime/data.ts';
import { uiEl } from './texts.ts';
import type { Ctx } from './controls.ts';

/** More substantive points than this, on an integer grid, make a slider. */
const SLIDER_POINTS = 21;

export function isSlider(scale: Scale): boolean {
  const points = scaleGrid(scale).filter((p) => !p.missing);
  return points.length > SLIDER_POINTS && points.every((p) => Number.isInteger(p.value));
}

export function sliderControl(name: string, scale: Scale, c: Ctx): string {
  const grid = scaleGrid(scale);
  const points = grid.filter((p) => !p.missing);
  const lo = points[0];
  const hi = points[points.length - 1];
  const step = scale.step > 0 ? scale.step : 1;
  const id = `f-${name}-s`;
  const end = (p: typeof lo, side: string) =>
    `<span class="slider-end ${side}"><span class="pvalue">${esc(String(p.value))}</span>${p.label ? ` ${c.t.el('span', textKey.scalePoint(scale.id, p.value), p.label, ' class="plabel"')}` : ''}</span>`;
  const missing = grid
    .filter((p) => p.missing)
    .map((p, i) => {
      const mid = `f-${name}-m${i}`;
      const label = p.label ? ` ${c.t.el('span', textKey.scalePoint(scale.id, p.value), p.label, ' class="plabel"')}` : '';
      return `<div class="point missing"><input type="radio" name="${esc(name)}" id="${mid}" value="${esc(String(p.value))}"><label for="${mid}"><span class="pvalue">${esc(String(p.value))}</span>${label}</label></div>`;
    })
    .join('');
  const mid = Math.round((lo.value + hi.value) / 2 / step) * step;
  return (
    `<div class="slider" data-slider="">` +
    uiEl('label', 'sliderLabel', c.ui, c.lang, ` for="${id}" class="visually-hidden"`) +
    `<div class="slider-row">${end(lo, 'lo')}<input type="range" name="${esc(name)}" id="${id}" min="${lo.value}" max="${hi.value}" step="${step}" value="${mid}" data-unset="" aria-describedby="${id}-out">${end(hi, 'hi')}</div>` +
    `<output id="${id}-out" for="${id}" class="slider-out" data-ui="sliderUnset">${esc(c.ui.sliderUnset?.[c.lang] ?? '')}</output>` +
    (missing ? `<div class="scale">${missing}</div>` : '') +
    `</div>`
  );
}
