// What a file question accepts (`accept "image/*", ".pdf"`) and how large a file may be
// (`max 5 MB`): the size units, the MIME and extension patterns the form and the response
// schema understand, and the binding of both into the model's `Upload`.
import type * as A from '@survey/syntax';
import type { Upload } from '../model.ts';

/** Size units of `max N unit`: binary multiples, as operating systems show file sizes. */
export const sizeUnits: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

/** The limit of a file question that gives no `max`. */
const DEFAULT_FILE_MAX_BYTES = 10 * 1024 ** 2;
/** The largest `max`: the content travels base64-encoded inside the response JSON. */
export const FILE_MAX_BYTES_CAP = 25 * 1024 ** 2;

/** Top-level MIME types a respondent can upload (RFC 6838; `multipart` and `message` are not files). */
export const mimeTopTypes = ['application', 'audio', 'font', 'image', 'model', 'text', 'video'] as const;

const extension = /^\.[a-z0-9][a-z0-9+_-]{0,15}$/i;
const mime = /^([a-z]+)\/(\*|[a-z0-9][a-z0-9!#$&^_.+-]{0,126})$/i;

/** Why an `accept` entry is not a MIME type, a `type/*` pattern or an extension; undefined when it is one. */
export function acceptProblem(entry: string): { kind: 'extension' | 'shape' } | { kind: 'topType'; top: string } | undefined {
  if (extension.test(entry)) return undefined;
  if (entry.startsWith('.')) return { kind: 'extension' };
  const m = mime.exec(entry);
  if (!m) return { kind: 'shape' };
  const top = m[1].toLowerCase();
  if ((mimeTopTypes as readonly string[]).includes(top)) return undefined;
  return { kind: 'topType', top: m[1] };
}

/** The size in bytes of `max N unit`, when N is a positive number and the unit is known. */
export function sizeInBytes(c: A.ConstraintValue | undefined): number | undefined {
  if (c?.value?.kind !== 'Number' || c.negative || !c.unit) return undefined;
  const factor = sizeUnits[c.unit.name];
  return factor && c.value.value > 0 ? Math.round(c.value.value * factor) : undefined;
}

/** The model's upload facts of a file question. */
export function bindUpload(node: A.QuestionDecl): Upload | undefined {
  if (node.questionKind !== 'file') return undefined;
  return {
    accept: (node.accept ?? []).map((s) => s.value.trim().toLowerCase()).filter((s) => s && !acceptProblem(s)),
    maxBytes: Math.min(sizeInBytes(node.max) ?? DEFAULT_FILE_MAX_BYTES, FILE_MAX_BYTES_CAP),
  };
}

/** `5 MB`, `512 KB`: a size for messages. */
export function formatBytes(n: number): string {
  for (const unit of ['GB', 'MB', 'KB'] as const) {
    const f = sizeUnits[unit];
    if (n >= f) return `${Number((n / f).toFixed(1))} ${unit}`;
  }
  return `${n} B`;
}
