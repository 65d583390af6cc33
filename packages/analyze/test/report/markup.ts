// Checks that markup holds only the tags and attributes the report writes itself:
// escaped user text can contain "onerror=" or "<script" as characters, but never as a
// tag or an attribute. Every attribute must be name="value" with no raw quote inside.
import { expect } from 'vitest';

const TAGS = new Set(
  'html head meta title style body main header h1 h2 h3 p nav ol ul li a section div table caption thead tbody tr th td figure figcaption details summary span bdi svg rect path text g clipPath defs circle polyline polygon tspan'.split(
    ' ',
  ),
);
const ATTRS = new Set(
  'lang charset http-equiv content name id class href role tabindex aria-label aria-labelledby scope data-width data-height width height xmlns xmlns:xlink version baseProfile viewBox d x y fill stroke stroke-width stroke-linecap stroke-linejoin stroke-dasharray stroke-miterlimit stroke-opacity fill-opacity opacity transform dominant-baseline text-anchor font-size font-family font-weight font-style xml:space clip-path pointer-events paint-order r cx cy points'.split(
    ' ',
  ),
);

export function expectOnlyOwnMarkup(markup: string): void {
  const body = markup
    .replace(/<style>[\s\S]*?<\/style>/, '<style></style>')
    .replace(/^<!doctype html>/i, '')
    .replace(/^<\?xml[^>]*\?>/, '');
  for (const [tag, name] of body.matchAll(/<([a-zA-Z][\w:-]*)[^>]*>/g)) {
    expect(TAGS, tag).toContain(name);
    const attrs = [...tag.matchAll(/\s([\w:-]+)="[^"]*"/g)];
    const rest = tag
      .slice(name.length + 1, -1)
      .replace(/\s[\w:-]+="[^"]*"/g, '')
      .trim();
    expect(rest, tag).toBe('');
    for (const [, attr] of attrs) expect(ATTRS, `${attr} in ${tag.slice(0, 80)}`).toContain(attr);
  }
}
