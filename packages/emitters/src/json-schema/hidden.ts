// The schema of one hidden (preloaded) value in a response's `hidden` object: a code
// of its list (the list's `$defs` entry, shared with questions), a non-empty text, a
// number or an ISO date.
import type { HiddenVariable, Survey } from '@survey/compiler';
import { compact } from '../common/json.ts';
import { textIn } from '../common/texts.ts';
import { listRef } from './defs.ts';

export function hiddenProperty(h: HiddenVariable, survey: Survey): Record<string, unknown> {
  const title = textIn(h.label, survey.defaultLanguage, survey) || undefined;
  switch (h.type) {
    case 'code':
      return compact({ $ref: h.choices ? listRef(h.choices) : undefined, title });
    case 'text':
      return compact({ type: 'string', minLength: 1, title });
    case 'number':
      return compact({ type: 'number', title });
    case 'date':
      return compact({ type: 'string', format: 'date', title });
  }
}
