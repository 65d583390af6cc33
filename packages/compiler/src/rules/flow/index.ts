// The flow rules (SVY2140–SVY2159): screen-outs, end screens, page breaks, randomisation.
import type { Rule } from '../rule.ts';
import screenoutOrder from './screenout-order.rule.ts';
import flowCondition from './flow-condition.rule.ts';
import endNeverShown from './end-never-shown.rule.ts';
import emptyPage from './empty-page.rule.ts';
import fixedOutsideRandom from './fixed-outside-random.rule.ts';
import flowDuplicateId from './flow-duplicate-id.rule.ts';
import randomOrderDependency from './random-order-dependency.rule.ts';
import randomizeNothing from './randomize-nothing.rule.ts';

export const flowRules: Rule[] = [
  screenoutOrder,
  flowCondition,
  endNeverShown,
  emptyPage,
  fixedOutsideRandom,
  flowDuplicateId,
  randomOrderDependency,
  randomizeNothing,
];
