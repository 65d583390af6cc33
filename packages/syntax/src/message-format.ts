// The one renderer of diagnostic message templates, and the types that make a
// template's named parameters part of its code's signature (TypeSpec's
// `paramMessage`). It lives in syntax so that parse messages are rendered from the
// same templates as every other code; the compiler's registry re-exports it.
//
// A template holds `{name}` parameters and counted words in a small ICU subset:
// `{n, plural, one {# question} other {# questions}}` picks the branch with
// Intl.PluralRules (English) and writes the count for `#`; `=0 {…}` matches exactly.

/** A code's message: one template, or named variants (`{ notNumber: '…', noEnds: '…' }`). */
export type MessageTemplates = string | Readonly<Record<string, string>>;

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;

/** `{id}` names a parameter; `{ … }` in a template is literal text. */
type NameOf<B extends string> = B extends '' | `${string}${' ' | '#' | '{' | '…' | '.' | ',' | '-' | ':' | '"' | "'" | '='}${string}`
  ? never
  : B;

/** What follows a plural's first branch: its other branches end at the first `}}`. */
type AfterPlural<R extends string> = R extends `}${infer A}` ? A : R extends `${string}}}${infer A}` ? A : '';

/** The names of a template's parameters, split into plain (`{id}`) and counted (`{n, plural, …}`). */
type Params<S extends string, Plain = never, Counted = never> = S extends `${string}{${infer B}}${infer Rest}`
  ? B extends `${infer N},${string}plural${string}`
    ? Params<AfterPlural<Rest>, Plain, Counted | Trim<N>>
    : Params<Rest, Plain | NameOf<B>, Counted>
  : [Plain, Counted];

export type MessageParams<S extends string> = Params<S>[0] | Params<S>[1];

type ArgsOf<T extends string> = [MessageParams<T>] extends [never] ? { args?: Record<string, never> } : { args: MessageArgs<T> };

type VariantsOf<C extends string, M> = M extends string
  ? { code: C; messageId?: 'default' } & ArgsOf<M>
  : { [V in keyof M & string]: M[V] extends string ? { code: C; messageId: V } & ArgsOf<M[V]> : never }[keyof M & string];

/**
 * What reporting one of the declared codes `D` takes: the code, the variant of its
 * message (`messageId`, left out for a single message) and exactly the arguments that
 * variant's template names. A code typed as plain `string` takes any variant and arguments.
 */
export type MessageFor<D> = D extends { code: infer C extends string; message: infer M }
  ? string extends C
    ? { code: string; messageId?: string; args?: Record<string, string | number> }
    : VariantsOf<C, M>
  : never;

/** The arguments a template needs: counted parameters are numbers. */
export type MessageArgs<S extends string> = string extends S
  ? Record<string, string | number>
  : { [K in Params<S>[0]]: string | number } & { [K in Params<S>[1]]: number };

/**
 * Fills `{name}` placeholders; a missing parameter is a compiler bug. A quoted
 * placeholder ('{words}', “{text}”) holds the survey's own text, which can be a whole
 * question: it is cut to QUOTE_MAX characters so a message stays one readable line
 * (file paths excepted).
 */
export function formatMessage(template: string, args: Record<string, string | number>): string {
  return expandPlurals(template, args).replace(/(['‘“"]?)\{(\w+)\}/g, (_, quote: string, key: string) => {
    if (!(key in args)) throw new Error(`Missing message parameter '${key}' in "${template}"`);
    const value = showArg(args[key]);
    return quote + (quote && key !== 'path' ? clipQuoted(value) : value);
  });
}

const QUOTE_MAX = 40;

/** A computed number reads as a person would write it: 0.014, never 0.013999999999999999. */
function showArg(value: string | number): string {
  return typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value)
    ? String(Number(value.toPrecision(12)))
    : String(value);
}

function clipQuoted(value: string): string {
  const chars = Array.from(value);
  return chars.length > QUOTE_MAX ? chars.slice(0, QUOTE_MAX).join('') + '…' : value;
}

const englishPlurals = new Intl.PluralRules('en');
const PLURAL = /\{(\w+),\s*plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const BRANCH = /\s*(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/** Replaces each `{n, plural, …}` with its branch for args.n; `#` in a branch is the count. */
function expandPlurals(template: string, args: Record<string, string | number>): string {
  if (!template.includes('plural')) return template;
  return template.replace(PLURAL, (whole, key: string, body: string) => {
    const n = args[key];
    if (typeof n !== 'number') throw new Error(`Message parameter '${key}' must be a number in "${template}"`);
    const branches = new Map([...body.matchAll(BRANCH)].map((m) => [m[1], m[2]] as const));
    const text = branches.get(`=${n}`) ?? branches.get(englishPlurals.select(n)) ?? branches.get('other');
    if (text === undefined) throw new Error(`No 'other' branch in ${whole}`);
    return text.replace(/#/g, String(n));
  });
}

/** The template of one variant; an unknown variant is a compiler bug. */
export function messageTemplate(code: string, message: MessageTemplates, variant?: string): string {
  if (typeof message === 'string') {
    if (variant !== undefined && variant !== 'default') throw new Error(`${code} has one message, not a variant '${variant}'`);
    return message;
  }
  const key = variant ?? 'default';
  const template = message[key];
  if (template === undefined) throw new Error(`${code} has no message variant '${key}' (it has ${Object.keys(message).join(', ')})`);
  return template;
}

/** Every template of a code, variant by variant (`default` for a single message). */
export function messageVariants(message: MessageTemplates): Array<[variant: string, template: string]> {
  return typeof message === 'string' ? [['default', message]] : Object.entries(message);
}
