// Every response is checked against the survey's response schema (JSON Schema 2020-12,
// ajv) before anything is computed. ajv's errors are folded into one line per answer:
// a value outside a code list says which codes are allowed, and the noise of
// if/then branches and oneOf alternatives is dropped.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';

export type Reason = { path: string; message: string };

export class ResponseValidator {
  private validate: ValidateFunction;

  constructor(schema: object) {
    const AjvCtor = (Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020;
    const ajv = new AjvCtor({ allErrors: true, strict: false, code: { optimize: false } });
    const fmt = (addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats;
    fmt(ajv);
    this.validate = ajv.compile(schema);
  }

  check(response: unknown): Reason[] {
    if (this.validate(response)) return [];
    return foldErrors(this.validate.errors ?? [], response);
  }
}

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

export function foldErrors(errors: ErrorObject[], response: unknown): Reason[] {
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
    if (kinds.has('required')) message = 'required answer is missing';
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
