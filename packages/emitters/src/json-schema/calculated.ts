// The `calculated` object of a response: the values of the survey's calculated values
// (`let`) as the form computed them when the response was submitted. They are not
// answers: the form fills them, `readOnly` says a respondent never provides them, and
// the analysis recomputes them from the answers (today() keeps the form's date here).
// A value that could not be computed (an unanswered input) is absent. No bounds: a
// formula's range assumes its inputs answered, and a partial response may fall outside it.
import { calcType, type Binding, type Survey } from '@survey/compiler';
import { compact } from '../common/json.ts';
import { textIn } from '../common/texts.ts';

type Schema = Record<string, unknown>;

const byType: Record<string, Schema> = {
  number: { type: 'number' },
  bool: { type: 'boolean' },
  text: { type: 'string' },
  date: { type: 'string', format: 'date' },
  code: { type: ['string', 'number'] },
  set: { type: 'array', items: { type: ['string', 'number'] } },
};

export function calculatedProperty(survey: Survey, binding: Binding): Schema | undefined {
  if (!survey.calculations.size) return undefined;
  const properties: Record<string, Schema> = {};
  for (const c of survey.calculations.values()) {
    const type = calcType(c.id, binding);
    properties[c.id] = compact({
      ...(byType[type] ?? {}),
      title: textIn(c.label, survey.defaultLanguage, survey) || undefined,
      readOnly: true,
    });
  }
  return {
    type: 'object',
    description: 'Calculated values, as the form computed them from the answers at submission; never entered by the respondent.',
    properties,
    additionalProperties: false,
  };
}
