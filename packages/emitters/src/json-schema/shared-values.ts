// In the parts layout (parts.ts), every schema that many answers repeat is compiled once.
// ajv inlines a referenced schema that holds no `$ref` of its own into every place that
// refers to it, so a scale's codes, or `{ type: 'string', minLength: 1 }`, were compiled
// again (with their error objects) at each of thousands of answers; a definition that holds
// a `$ref` is compiled once as a function and called. So: every `<list>.codes`, every answer
// value that at least two answers share (`answers.value.<n>`, in first-use order) and every
// value test that at least two rules' conditions share (`answers.test.<n>`) refers to
// `#/$defs/answers.shared`, an empty schema; the answers and conditions refer to them. The
// same values are accepted (a `$ref` to an empty schema accepts everything) and an invalid
// answer gives the same error at the same place, with the definition's schema path.
// `unshareValues` puts each value back in place, for the flat layout.

type Schema = Record<string, unknown>;

const SHARED = 'answers.shared';
const SHARED_REF = `#/$defs/${SHARED}`;
const VALUE = 'answers.value.';
const TEST = 'answers.test.';
const DEFS = '#/$defs/';

/** Shares the repeated values of `parts` (each `{ properties?, allOf? }`) through `defs`, in place. */
export function shareValues(defs: Record<string, Schema>, parts: Schema[], codes: Iterable<string>): void {
  let any = false;
  for (const name of codes) {
    defs[name] = { $ref: SHARED_REF, ...defs[name] };
    any = true;
  }
  const values: Uses = new Map();
  const tests: Uses = new Map();
  for (const p of parts) {
    const props = p.properties as Record<string, unknown> | undefined;
    for (const n in props) collect(values, props, n);
    for (const rule of (p.allOf as Schema[] | undefined) ?? []) if (rule && typeof rule === 'object') conditionTests(rule.if, tests);
  }
  any = share(defs, values, VALUE) || any;
  any = share(defs, tests, TEST) || any;
  if (any)
    defs[SHARED] = {
      $comment:
        'Answer values and tests that many answers share refer here, so that a validator compiles each once as a function of its own instead of into every answer.',
    };
}

/** Where each value occurs (its owner and key), by its JSON text. */
type Uses = Map<string, Array<[Record<string, unknown>, string]>>;

/** Records where `owner[key]` occurs, unless it is a boolean schema or too small to share. */
function collect(seen: Uses, owner: Record<string, unknown>, key: string): void {
  const v = owner[key];
  if (!v || typeof v !== 'object' || Array.isArray(v)) return;
  const keys = Object.keys(v);
  // Only a `$ref`, or one constant or list of them, costs no more inline than a call.
  if (keys.length === 1 && (keys[0] === '$ref' || keys[0] === 'const' || keys[0] === 'enum')) return;
  const text = JSON.stringify(v);
  let at = seen.get(text);
  if (!at) seen.set(text, (at = []));
  at.push([owner, key]);
}

/** The property value tests anywhere in a rule's condition. */
function conditionTests(s: unknown, tests: Uses): void {
  if (Array.isArray(s)) for (const x of s) conditionTests(x, tests);
  if (!s || typeof s !== 'object' || Array.isArray(s)) return;
  const o = s as Schema;
  const props = o.properties as Record<string, unknown> | undefined;
  for (const n in props) collect(tests, props, n);
  for (const k of ['allOf', 'anyOf', 'oneOf', 'not']) if (k in o) conditionTests(o[k], tests);
}

function share(defs: Record<string, Schema>, seen: Uses, prefix: string): boolean {
  let n = 0;
  for (const at of seen.values()) {
    if (at.length < 2) continue; // used once: nothing to share
    const [owner, key] = at[0];
    const first = owner[key] as Schema;
    const name = `${prefix}${++n}`;
    // A value with a `$ref` of its own is compiled once already; the others get one.
    defs[name] = '$ref' in first ? first : { $ref: SHARED_REF, ...first };
    for (const [o, k] of at) o[k] = { $ref: `${DEFS}${name}` };
  }
  return n > 0;
}

/** A copy of `s` with every shared value and test put back in place and `<list>.codes` without its `$ref`. */
export function unshareValues(s: unknown, defs: Record<string, Schema>): unknown {
  if (Array.isArray(s)) return s.map((x) => unshareValues(x, defs));
  if (!s || typeof s !== 'object') return s;
  const o = s as Schema;
  const ref = o.$ref;
  if (typeof ref === 'string' && Object.keys(o).length === 1 && (ref.startsWith(`${DEFS}${VALUE}`) || ref.startsWith(`${DEFS}${TEST}`)))
    return unshareValues(withoutShared(defs[ref.slice(DEFS.length)]), defs);
  const out: Schema = {};
  for (const k in o) out[k] = unshareValues(o[k], defs);
  return out;
}

/** The schema without its `$ref` to the shared anchor. */
function withoutShared(s: Schema): Schema {
  if (s.$ref !== SHARED_REF) return s;
  const { $ref: _, ...rest } = s;
  return rest;
}
