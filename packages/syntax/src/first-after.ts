// What follows each repetition in its rule, as chevrotain's error recovery needs it: at the
// end of every MANY / AT_LEAST_ONE (valid text too) chevrotain looks up the grammar element
// right after the repetition (`firstAfterRepMap`, computed from the recorded grammar by its
// `NextTerminalAfter…Walker`s, interpreter.ts and rest.ts). scripts/build.mjs records this
// with the lookahead table so that a bundled parser needs no recorded grammar for valid
// text (table-analysis.ts). A port of those walkers: the element after a repetition is the
// first of the productions after it in its sequence, then after its enclosing sequences,
// where an enclosing repetition contributes itself again (as an OPTION) before its rest.
// lookahead.test.ts compares the result with chevrotain's own map.
import {
  Alternation,
  Alternative,
  NonTerminal,
  Option,
  Repetition,
  RepetitionMandatory,
  RepetitionMandatoryWithSeparator,
  RepetitionWithSeparator,
  Terminal,
  type IProduction,
  type Rule,
} from 'chevrotain';

/** The terminal after a repetition (token name and occurrence), if that element is a terminal, and whether the rule ends there. */
export type FirstAfter = [token: string | null, occurrence: number | null, isEndOfRule: boolean];

/** Per repetition (`rule|kind|occurrence`, as the lookahead table's keys): what follows it. */
export function firstAfterRepetitions(rules: readonly Rule[]): Record<string, FirstAfter> {
  const out: Record<string, FirstAfter> = {};
  for (const rule of rules) {
    const walk = (definition: readonly IProduction[], prevRest: IProduction[]): void => {
      definition.forEach((sub, index) => {
        const rest = definition.slice(index + 1).concat(prevRest);
        if (sub instanceof NonTerminal || sub instanceof Terminal) return;
        if (sub instanceof Alternative || sub instanceof Option) return walk(sub.definition, rest);
        if (sub instanceof Alternation) {
          for (const alt of sub.definition) walk([alt], rest);
          return;
        }
        let kind: string;
        let again: IProduction;
        if (sub instanceof RepetitionMandatory || sub instanceof Repetition) {
          kind = sub instanceof Repetition ? 'Repetition' : 'RepetitionMandatory';
          again = new Option({ definition: sub.definition });
        } else if (sub instanceof RepetitionMandatoryWithSeparator || sub instanceof RepetitionWithSeparator) {
          kind = sub instanceof RepetitionWithSeparator ? 'RepetitionWithSeparator' : 'RepetitionMandatoryWithSeparator';
          again = new Option({ definition: [new Terminal({ terminalType: sub.separator }) as IProduction].concat(sub.definition) });
        } else {
          throw new Error('non exhaustive match');
        }
        const next = rest[0];
        out[`${rule.name}|${kind}|${sub.idx}`] =
          next instanceof Terminal ? [next.terminalType.name, next.idx, false] : [null, null, next === undefined];
        walk(sub.definition, [again, ...rest]);
      });
    };
    walk(rule.definition, []);
  }
  return out;
}
