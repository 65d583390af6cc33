// Every response is checked against the survey's response schema (JSON Schema 2020-12,
// ajv) before anything is computed. ajv's errors are folded into one line per answer:
// a value outside a code list says which codes are allowed, and the noise of
// if/then branches and oneOf alternatives is dropped.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';

export type Reason = { path: string; message: string };

// Two validators: one that stops at the first error answers "valid?" for the many good
// responses (several times faster than collecting every error), and one with allErrors,
// compiled only when a first response fails, gives the full list of reasons.
export class ResponseValidator {
  private valid: ValidateFunction | undefined;
  private detailed: ValidateFunction | undefined;

  constructor(private schema: object) {}

  check(response: unknown): Reason[] {
    // compiled on the first response judged: a file loaded set-based may have none
    this.valid ??= compile(constsAsEnum(this.schema) as object, false);
    if (this.valid(response)) return [];
    // code lists as enums here too: with allErrors, every code a valid answer is not would
    // otherwise build an error object (about 80 µs a response of 30 rated items); the reasons are the same
    this.detailed ??= compile(constsAsEnum(this.schema) as object, true);
    this.detailed(response);
    return foldErrors(this.detailed.errors ?? [], response);
  }
}

/**
 * The same schema with every `oneOf` of plain `{ const, title }` branches (how code lists
 * are emitted) written as one `enum`: equivalent when the constants differ, and ajv
 * checks an enum without building an error object per branch that did not match.
 */
export function constsAsEnum(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(constsAsEnum);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = constsAsEnum(v);
  const branches = out.oneOf;
  if (
    Array.isArray(branches) &&
    branches.length > 0 &&
    !('enum' in out) &&
    branches.every(
      (b) => b && typeof b === 'object' && 'const' in b && Object.keys(b).every((k) => ['const', 'title', 'description'].includes(k)),
    )
  ) {
    const values = branches.map((b) => (b as { const: unknown }).const);
    if (new Set(values.map((x) => JSON.stringify(x))).size === values.length) {
      delete out.oneOf;
      out.enum = values;
    }
  }
  return out;
}

function compile(schema: object, allErrors: boolean): ValidateFunction {
  return newAjv(allErrors).compile(schema);
}

function newAjv(allErrors: boolean, more: object = {}): Ajv2020 {
  const AjvCtor = (Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020;
  const ajv = new AjvCtor({ allErrors, strict: false, code: { optimize: false }, ...more });
  const fmt = (addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats;
  fmt(ajv);
  return ajv;
}

/**
 * One ajv instance for the value checks of one response schema: a new instance compiles the
 * meta-schema again (20–30 ms for each small answer schema). Schemas with an `$id` are not
 * registered in it (`addUsedSchema: false`), so parts never clash.
 */
const partsAjv = new WeakMap<object, Ajv2020>();

function valueAt(root: unknown, pointer: string): unknown {
  let cur = root;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? 'nothing' : s.length > 60 ? s.slice(0, 57) + '...' : s;
}

function foldErrors(errors: ErrorObject[], response: unknown): Reason[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    if (e.keyword === 'if') continue;
    let path = e.instancePath;
    if (e.keyword === 'required') path += `/${(e.params as { missingProperty: string }).missingProperty}`;
    if (e.keyword === 'additionalProperties') path += `/${(e.params as { additionalProperty: string }).additionalProperty}`;
    if (e.keyword === 'false schema') {
      /* a property that must be absent */
    }
    const list = byPath.get(path) ?? [];
    list.push(e);
    byPath.set(path, list);
  }
  const out: Reason[] = [];
  for (const [path, list] of byPath) {
    const value = valueAt(response, path);
    const consts = list.filter((e) => e.keyword === 'const').map((e) => (e.params as { allowedValue: unknown }).allowedValue);
    const enums = list.filter((e) => e.keyword === 'enum').flatMap((e) => (e.params as { allowedValues: unknown[] }).allowedValues);
    const allowed = [...consts, ...enums];
    const kinds = new Set(list.map((e) => e.keyword));
    let message: string;
    if (kinds.has('required'))
      message =
        path === '/hidden'
          ? 'the hidden variables are missing (they come with the link or the sample file, not from the respondent)'
          : path.startsWith('/hidden/')
            ? 'required hidden variable is missing (it comes with the link or the sample file)'
            : 'required answer is missing';
    else if (kinds.has('additionalProperties')) message = `unknown field (not a variable of this survey): ${show(value)}`;
    else if (kinds.has('false schema'))
      message = `must be absent here (the question was not shown or the option not chosen), got ${show(value)}`;
    else if (kinds.has('type')) message = `${list.find((e) => e.keyword === 'type')!.message}, got ${show(value)}`;
    else if (allowed.length) message = `${show(value)} is not one of the allowed values ${allowed.map(show).join(', ')}`;
    else {
      const specific = list.filter((e) => !['oneOf', 'anyOf', 'allOf', 'then', 'else'].includes(e.keyword));
      const pick = specific.length ? specific : list;
      message = [...new Set(pick.map((e) => e.message ?? e.keyword))].join('; ') + `, got ${show(value)}`;
    }
    out.push({ path, message });
  }
  return out.length ? out : [{ path: '', message: 'does not match the response schema' }];
}

/** A check of one value against a part of the response schema (an answer's or a metadata field's), with the schema's `$defs`. */
export function valueValidator(schema: object, part: object): (value: unknown) => boolean {
  const defs = (schema as { $defs?: object }).$defs;
  let ajv = partsAjv.get(schema);
  if (!ajv) partsAjv.set(schema, (ajv = newAjv(false, { addUsedSchema: false })));
  const v = ajv.compile(constsAsEnum({ ...(defs ? { $defs: defs } : {}), ...part }) as object);
  return (value) => v(value) as boolean;
}
