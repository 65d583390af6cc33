// From offsets in a string literal's unescaped value to offsets in the source file,
// so a wording diagnostic covers exactly the offending words inside the quotes.
// The literal's source text starts with the opening quote; escapes (\" \\ \n \uXXXX)
// are longer in the source than in the value, which this mapping accounts for.
import type { TextPart, TextRange } from '@survey/syntax';

/** Source offset of every value index (and of the end of the value). */
function valueOffsets(fileText: string, valueRange: TextRange): number[] {
  const raw = fileText.slice(valueRange.start, valueRange.end);
  const offsets: number[] = [];
  let i = raw.startsWith('"') ? 1 : 0;
  // The closing quote, when present, is not part of the value.
  const end = raw.length > 1 && raw.endsWith('"') && !isEscaped(raw, raw.length - 1) ? raw.length - 1 : raw.length;
  while (i < end) {
    offsets.push(valueRange.start + i);
    if (raw[i] === '\\' && i < end - 1) {
      if (raw[i + 1] === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) i += 6;
      else i += 2;
    } else i += 1;
  }
  offsets.push(valueRange.start + end);
  return offsets;
}

function isEscaped(raw: string, at: number): boolean {
  let n = 0;
  for (let j = at - 1; j >= 0 && raw[j] === '\\'; j--) n++;
  return n % 2 === 1;
}

/** The source range of `value.slice(index, index + length)` for one text part. */
export function partRange(fileText: string, part: TextPart, index: number, length: number): TextRange {
  const offsets = valueOffsets(fileText, part.valueRange);
  const at = (k: number) => offsets[Math.max(0, Math.min(k, offsets.length - 1))];
  return { start: at(index), end: at(index + length) };
}

/** The range of the value inside the quotes. */
export function innerRange(fileText: string, part: TextPart): TextRange {
  return partRange(fileText, part, 0, part.value.length);
}
