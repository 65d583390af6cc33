// Escaping for the two contexts user text reaches: HTML text/attributes, and JSON
// inside a <script type="application/json"> element (where `</script>` or `<!--`
// would end or confuse the element).

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const SPECIAL = /[&<>"']/;

export function esc(text: string): string {
  // Most texts have nothing to escape: test once before replacing.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => htmlEntities[c]) : text;
}

const scriptEscapes: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => scriptEscapes[c]);
}
