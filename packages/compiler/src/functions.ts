// Functions available in score formulas and conditions. One table for the checker
// (arity, argument kinds), the emitters (evaluation) and the language server
// (completion, hover).

/** What an argument position accepts. */
export type ArgKind = 'value' | 'item' | 'scale' | 'section' | 'number' | 'condition';

export interface FunctionSignature {
  name: string;
  /** Argument kinds; the last repeats when `variadic`. */
  args: ArgKind[];
  variadic?: boolean;
  minArgs: number;
  /** Computed over all respondents (NPS, shares), not per respondent. */
  aggregate: boolean;
  doc: string;
}

export const functions: Record<string, FunctionSignature> = {
  mean: {
    name: 'mean',
    args: ['value'],
    variadic: true,
    minArgs: 1,
    aggregate: false,
    doc: 'Mean of the answered items (a matrix stands for its rows). Missing codes are left out.',
  },
  sum: { name: 'sum', args: ['value'], variadic: true, minArgs: 1, aggregate: false, doc: 'Sum of the answered items.' },
  count: {
    name: 'count',
    args: ['condition'],
    variadic: true,
    minArgs: 1,
    aggregate: false,
    doc: 'How many of the conditions hold, e.g. count(q1 >= 4, q2 >= 4).',
  },
  rescale: {
    name: 'rescale',
    args: ['value', 'scale'],
    minArgs: 2,
    aggregate: false,
    doc: 'Rescale to 0–100 (POMP): (x − min) / (max − min) × 100 on the given scale.',
  },
  reverse: { name: 'reverse', args: ['item'], minArgs: 1, aggregate: false, doc: 'Reverse-code an item on its scale: (min + max) − x.' },
  nps: {
    name: 'nps',
    args: ['item'],
    minArgs: 1,
    aggregate: true,
    doc: 'Net Promoter Score of a 0–10 nps item: 100 × (promoters 9–10 − detractors 0–6) / valid answers.',
  },
  topbox: {
    name: 'topbox',
    args: ['item', 'number'],
    minArgs: 1,
    aggregate: true,
    doc: 'Share (0–100) of answers in the top k points of the scale (k = 2 by default: top-2-box).',
  },
  share: {
    name: 'share',
    args: ['condition'],
    minArgs: 1,
    aggregate: true,
    doc: 'Share (0–100) of respondents for whom the condition holds.',
  },
  if: { name: 'if', args: ['condition', 'value', 'value'], minArgs: 3, aggregate: false, doc: 'if(condition, then, else).' },
  index: {
    name: 'index',
    args: ['section'],
    variadic: true,
    minArgs: 1,
    aggregate: false,
    doc: 'Weighted category index: Σ points_c × (mean_c − min) / (max − min) over sections with points.',
  },
  answered: { name: 'answered', args: ['item'], minArgs: 1, aggregate: false, doc: 'True when the item has a substantive answer.' },
};
