// Built-in functions in ODK XPath, for calculate rows and conditions: `round`,
// `floor`, `min`/`max` (over arguments or a repeat's answers), `if`, `coalesce`,
// `count-selected`, `string-length`, `concat`, `today` and date differences.
// Anything else is left to the caller's note (undefined).
export function xpathCall(fn: string, args: string[]): string | undefined {
  switch (fn) {
    case 'round':
      return `round(${args[0]}, ${args[1] ?? 0})`;
    case 'floor':
      return `floor(${args[0]})`;
    case 'min':
    case 'max':
      return `${fn}(${args.join(', ')})`;
    case 'sum':
      return args.length === 1 ? `sum(${answeredNodes(args[0])})` : `(${args.join(' + ')})`;
    case 'mean':
      return args.length === 1
        ? `(sum(${answeredNodes(args[0])}) div count(${answeredNodes(args[0])}))`
        : `((${args.join(' + ')}) div ${args.length})`;
    case 'count':
      return args.length === 1 ? `count(${args[0]})` : undefined;
    case 'if':
      return `if(${args.join(', ')})`;
    case 'coalesce':
      return args.reduceRight((rest, a) => `coalesce(${a}, ${rest})`);
    case 'count_selected':
      return `count-selected(${args[0]})`;
    case 'length':
      return `string-length(${args[0]})`;
    case 'concat':
      return `concat(${args.join(', ')})`;
    case 'today':
      return 'today()';
    case 'days_between':
      return `int(decimal-date-time(${args[1]}) - decimal-date-time(${args[0]}))`;
    default:
      return undefined;
  }
}

/** A repeat's answers to one question, those given (`sum(members.income)` adds the incomes answered, as the form does). */
function answeredNodes(arg: string): string {
  return /^\$\{[A-Za-z_][A-Za-z0-9_]*\}$/.test(arg) ? `${arg}[. != '']` : arg;
}
