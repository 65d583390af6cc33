// prettier's string width (wide East Asian characters count two columns), with the
// plain-ASCII case answered without a regular expression and other texts remembered:
// a survey repeats its labels and translations, and a statement is measured more than
// once while it is laid out.
import { util } from 'prettier';

const known = new Map<string, number>();

export function stringWidth(text: string): number {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text.length;
  let width = known.get(text);
  if (width === undefined) {
    if (known.size > 50_000) known.clear();
    width = util.getStringWidth(text);
    known.set(text, width);
  }
  return width;
}
