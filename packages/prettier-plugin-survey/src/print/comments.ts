// How one comment is printed. Every comment goes through here, which marks it printed
// so prettier's own check ("comment was not printed") guards against losing one.
import { doc, type Doc } from 'prettier';
import type { PrintableComment } from '../context.ts';

const { join, literalline } = doc.builders;

export function printComment(comment: PrintableComment): Doc {
  comment.printed = true;
  if (comment.kind === 'line') return comment.text.trimEnd();
  // Block comments are kept verbatim; lines after the first keep their own indentation.
  const lines = comment.text.split('\n');
  return lines.length === 1 ? comment.text : join(literalline, lines);
}
