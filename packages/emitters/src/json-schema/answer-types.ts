// The response schema of file, geopoint and signature answers. A file is { name, type, size }
// with its content as a base64 data URL, or a `ref` where a server has moved the content
// elsewhere; its size and types are the question's limits. A location is { lat, lon } in
// decimal degrees with an optional accuracy in metres and where it came from. A signature
// is a PNG data URL.
import type { Question } from '@survey/compiler';

type Schema = Record<string, unknown>;

/** Characters of a base64 data URL of `bytes` bytes, with room for the longest MIME type. */
const dataUrlLength = (bytes: number) => 4 * Math.ceil(bytes / 3) + 160;

/** A signature drawn on the form's 600 × 200 canvas is far below this; the cap stops absurd payloads. */
const SIGNATURE_MAX_CHARS = 2_000_000;

/** A case-insensitive pattern for one literal text (JSON Schema patterns take no flags). */
function anyCase(s: string): string {
  return [...s]
    .map((ch) => (/[a-z]/i.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')))
    .join('');
}

function acceptSchema(accept: string[]): Schema | undefined {
  if (!accept.length) return undefined;
  const types = accept.filter((a) => !a.startsWith('.')).map((a) => (a.endsWith('/*') ? `${anyCase(a.slice(0, -1))}[^/]+` : anyCase(a)));
  const exts = accept.filter((a) => a.startsWith('.')).map(anyCase);
  const anyOf: Schema[] = [];
  if (types.length) anyOf.push({ properties: { type: { type: 'string', pattern: `^(?:${types.join('|')})$` } } });
  if (exts.length) anyOf.push({ properties: { name: { type: 'string', pattern: `(?:${exts.join('|')})$` } } });
  return { $comment: `accepts ${accept.join(', ')}`, anyOf };
}

function fileSchema(q: Question): Schema {
  const max = q.upload?.maxBytes ?? 0;
  return {
    type: 'object',
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 255 },
      type: { type: 'string', pattern: '^[A-Za-z0-9.+-]+/[A-Za-z0-9.+!#$&^_-]+$' },
      size: { type: 'integer', minimum: 0, maximum: max },
      content: { type: 'string', pattern: '^data:[^,]*;base64,[A-Za-z0-9+/]*={0,2}$', maxLength: dataUrlLength(max) },
      ref: { type: 'string', minLength: 1, description: 'Where the content was stored instead of in the response.' },
    },
    required: ['name', 'type', 'size'],
    additionalProperties: false,
    // The content, or where it went: never both, never neither (ajv's strictRequired wants the property named).
    oneOf: [
      { properties: { content: {} }, required: ['content'] },
      { properties: { ref: {} }, required: ['ref'] },
    ],
    ...(acceptSchema(q.upload?.accept ?? []) ? { allOf: [acceptSchema(q.upload!.accept)] } : {}),
  };
}

function geopointSchema(): Schema {
  return {
    type: 'object',
    properties: {
      lat: { type: 'number', minimum: -90, maximum: 90 },
      lon: { type: 'number', minimum: -180, maximum: 180 },
      accuracy: { type: 'number', minimum: 0, description: 'Metres (95% radius as the device reports it).' },
      source: { enum: ['device', 'manual'], description: 'From the device (geolocation) or typed by the respondent.' },
    },
    required: ['lat', 'lon'],
    additionalProperties: false,
  };
}

function signatureSchema(): Schema {
  return { type: 'string', pattern: '^data:image/png;base64,[A-Za-z0-9+/]+={0,2}$', maxLength: SIGNATURE_MAX_CHARS };
}

/** The answer schema of a file, geopoint or signature question; undefined for other kinds. */
export function answerTypeSchema(q: Question): Schema | undefined {
  if (q.kind === 'file') return fileSchema(q);
  if (q.kind === 'geopoint') return geopointSchema();
  if (q.kind === 'signature') return signatureSchema();
  return undefined;
}
