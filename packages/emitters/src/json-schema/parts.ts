// The answers object of a large survey in parts. A validator such as ajv compiles one
// object schema into one function in which every property and every `allOf` member,
// without `allErrors`, opens a block around everything after it: thousands of answers
// nest thousands of levels and its code generator overflows the stack. So `answers`
// keeps each answer's title (and `$comment`) under `properties`, which names every
// allowed answer, and refers to parts in `$defs` (`answers.1`, `answers.2`, …), each
// holding the value schemas of PART_SIZE answers and up to PART_SIZE rules in their
// original order. Every part refers to `#/$defs/answers.part`, so that a validator
// compiles it as a function of its own instead of inlining it. In parts, an answer on a
// scale or code list refers to `<list>.codes`, the list's codes as one `enum` (ajv
// compiles the labelled `oneOf` of `<list>` into every answer that uses it, one error
// object per code): the same values, as the codes are distinct. Those codes, and the
// values and rule tests that several answers repeat, are compiled once (shared-values.ts),
// and the anchor is an object schema with `additionalProperties: true`, which stops ajv
// from collecting the names every part checks. A survey with at most
// PART_SIZE answers and rules keeps the plain layout. `flatResponseSchema` undoes it,
// for readers that want each answer's whole schema in one place.

import { shareValues, unshareValues } from './shared-values.ts';

type Schema = Record<string, unknown>;

const PART_SIZE = 20;
const PART_PREFIX = 'answers.';
const ANCHOR = `${PART_PREFIX}part`;
const ANNOTATIONS = new Set(['title', 'description', '$comment']);
const CODES = '.codes';

const isPartRef = (s: unknown): s is { $ref: string } =>
  !!s &&
  typeof s === 'object' &&
  typeof (s as Schema).$ref === 'string' &&
  ((s as Schema).$ref as string).startsWith(`#/$defs/${PART_PREFIX}`);

/**
 * Splits `answers` (and the rules of a screen-out's complete branch) into parts of `size`, in
 * place; with `share`, the values many answers repeat are compiled once (shared-values.ts).
 */
export function splitAnswers(root: Schema, size = PART_SIZE, share = true): Schema {
  const answers = (root.properties as Record<string, Schema>).answers;
  const props = answers.properties as Record<string, Schema>;
  const names = Object.keys(props);
  const rules = (answers.allOf as Schema[] | undefined) ?? [];
  const complete = completeAnswers(root);
  const completeRules = (complete?.allOf as Schema[] | undefined) ?? [];
  if (names.length <= size && rules.length <= size && completeRules.length <= size) return root;
  const defs: Record<string, Schema> = codeDefs((root.$defs as Record<string, Schema> | undefined) ?? {});
  const coded = new Set(Object.keys(defs).map((k) => `#/$defs/${k.slice(0, -CODES.length)}`));
  const toCodes = (ref: string) => (coded.has(ref) ? `${ref}${CODES}` : ref);
  const refs: Schema[] = [];
  const parts = Math.max(Math.ceil(names.length / size), Math.ceil(rules.length / size));
  for (let k = 0; k < parts; k++) {
    const values: Record<string, unknown> = {};
    for (const n of names.slice(k * size, (k + 1) * size)) {
      const annotation: Schema = {};
      const value: Schema = {};
      const whole = props[n];
      for (const key in whole) (ANNOTATIONS.has(key) ? annotation : value)[key] = whole[key];
      props[n] = annotation;
      values[n] = retarget(value, toCodes);
    }
    const chunk = rules.slice(k * size, (k + 1) * size);
    defs[`${PART_PREFIX}${k + 1}`] = part(values, chunk);
    refs.push({ $ref: `#/$defs/${PART_PREFIX}${k + 1}` });
  }
  answers.allOf = refs;
  if (complete && completeRules.length > size) {
    const completeRefs: Schema[] = [];
    for (let k = 0; k * size < completeRules.length; k++) {
      defs[`${PART_PREFIX}complete.${k + 1}`] = part({}, completeRules.slice(k * size, (k + 1) * size));
      completeRefs.push({ $ref: `#/$defs/${PART_PREFIX}complete.${k + 1}` });
    }
    complete.allOf = completeRefs;
  }
  const codes = Object.keys(defs).filter((k) => k.endsWith(CODES));
  const partDefs = Object.keys(defs).filter((k) => k.startsWith(PART_PREFIX));
  defs[ANCHOR] = {
    $comment: 'Every part of the answers refers here, so that a validator compiles each part as a function of its own.',
  };
  if (share) {
    // Accepts every object (a part checks the answers object, whose own schema still allows
    // no other property); it tells ajv 2020 that a part leaves no property unevaluated, so it
    // stops merging the names each part checks into a set that grew with every part.
    Object.assign(defs[ANCHOR], { type: 'object', additionalProperties: true });
    shareValues(
      defs,
      partDefs.map((k) => defs[k]),
      codes,
    );
  }
  root.$defs = Object.assign((root.$defs as Schema | undefined) ?? {}, defs);
  return root;
}

/** `<list>.codes` for every list of distinct constants (`oneOf` of `{ const, title }`). */
function codeDefs(defs: Record<string, Schema>): Record<string, Schema> {
  const out: Record<string, Schema> = {};
  for (const name in defs) {
    const d = defs[name];
    const branches = d.oneOf;
    if (!Array.isArray(branches) || !branches.length || !onlyKeys(d, TYPE_ONE_OF)) continue;
    const values: unknown[] = [];
    for (const b of branches as Schema[]) {
      const v = b.const;
      if ((typeof v !== 'number' && typeof v !== 'string') || !onlyKeys(b, CONST_BRANCH)) break;
      values.push(v);
    }
    if (values.length !== branches.length || new Set(values).size !== values.length) continue;
    out[`${name}${CODES}`] = d.type === undefined ? { enum: values } : { type: d.type, enum: values };
  }
  return out;
}

const TYPE_ONE_OF = new Set(['type', 'oneOf']);
const CONST_BRANCH = new Set(['const', ...ANNOTATIONS]);

function onlyKeys(o: Schema, allowed: ReadonlySet<string>): boolean {
  for (const k in o) if (!allowed.has(k)) return false;
  return true;
}

/** A copy of a schema with every local `$ref` changed by `to`. */
function retarget(s: unknown, to: (ref: string) => string): Schema {
  if (Array.isArray(s)) return s.map((x) => retarget(x, to)) as unknown as Schema;
  if (!s || typeof s !== 'object') return s as Schema;
  const out: Schema = {};
  for (const k in s) {
    const v = (s as Schema)[k];
    out[k] = k === '$ref' && typeof v === 'string' ? to(v) : v && typeof v === 'object' ? retarget(v, to) : v;
  }
  return out;
}

function part(values: Record<string, unknown>, rules: Schema[]): Schema {
  const s: Schema = { $ref: `#/$defs/${ANCHOR}`, type: 'object' };
  if (Object.keys(values).length) s.properties = values;
  if (rules.length) s.allOf = rules;
  return s;
}

/** The answers schema of the "not screened out" branch that flow.ts adds, if any. */
function completeAnswers(root: Schema): Schema | undefined {
  for (const r of (root.allOf as Schema[] | undefined) ?? []) {
    const answers = ((r.else as Schema | undefined)?.properties as Record<string, Schema> | undefined)?.answers;
    if (answers && Array.isArray(answers.allOf)) return answers;
  }
  return undefined;
}

/**
 * The same schema with its parts put back: every answer's whole schema under
 * `answers.properties` and every rule in `answers.allOf`, as a survey of a few questions
 * is emitted. It validates the same responses; a schema without parts is returned as is.
 */
export function flatResponseSchema<T extends object>(schema: T): T {
  const defs = (schema as Schema).$defs as Record<string, Schema> | undefined;
  if (!defs || !(ANCHOR in defs)) return schema;
  const out = structuredClone(schema) as Schema;
  const outDefs = out.$defs as Record<string, Schema>;
  const codes = new Set(Object.keys(outDefs).filter((k) => k.endsWith(CODES) && k.slice(0, -CODES.length) in outDefs));
  const inline = (obj: Schema) => {
    const all = obj.allOf as unknown[] | undefined;
    if (!all?.some(isPartRef)) return;
    const rules: unknown[] = [];
    const props = obj.properties as Record<string, Schema> | undefined;
    for (const entry of all) {
      if (!isPartRef(entry)) {
        rules.push(entry);
        continue;
      }
      const p = outDefs[entry.$ref.slice('#/$defs/'.length)];
      for (const [n, value] of Object.entries((p.properties as Record<string, Schema> | undefined) ?? {})) {
        const { $comment, ...annotation } = props?.[n] ?? {};
        const whole = retarget(unshareValues(value, outDefs), (ref) =>
          ref.endsWith(CODES) && codes.has(ref.slice('#/$defs/'.length)) ? ref.slice(0, -CODES.length) : ref,
        );
        props![n] = { ...annotation, ...whole, ...($comment !== undefined ? { $comment } : {}) };
      }
      for (const rule of (p.allOf as unknown[] | undefined) ?? []) rules.push(unshareValues(rule, outDefs));
    }
    if (rules.length) obj.allOf = rules;
    else delete obj.allOf;
  };
  const answers = (out.properties as Record<string, Schema>).answers;
  inline(answers);
  const complete = completeAnswers(out);
  if (complete) inline(complete);
  for (const k of Object.keys(outDefs)) if (k.startsWith(PART_PREFIX) || codes.has(k)) delete outDefs[k];
  return out as T;
}
