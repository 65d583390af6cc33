// What can be wrong in survey.config.json: each problem is a variant of SVY1006 with
// its typed arguments, rendered by the registry like every other message.
import type { CoreMessage } from './diagnostics/registry.ts';

export type ConfigProblem = CoreMessage<'SVY1006'>;

/** `"field" must be …`: a value of the wrong type or shape. */
export function mustBe(field: string, expected: string): ConfigProblem {
  return { code: 'SVY1006', messageId: 'mustBe', args: { field, expected } };
}

/** `"a", "b", "c"`: the allowed keys or names, as a config file spells them. */
export function quotedList(names: string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}
