// Escaping for the report's HTML and Markdown. HTML uses the form emitter's `esc`
// (one definition of what is safe in text and attributes); Markdown table cells need
// their own: pipes, backslashes, line breaks and inline HTML must not change the table.
export { esc } from '@survey/emitters';

/**
 * A GFM table cell: on one line, with no table, emphasis, code, link or HTML meaning.
 * Only characters that mean something inside a cell are escaped, so the source stays
 * readable: `\ | * _ ` ~ [ ]` get a backslash, `<` and entity-like `&` become entities.
 */
export function mdCell(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/[\\|*_`~[\]]/g, (c) => `\\${c}`);
}
