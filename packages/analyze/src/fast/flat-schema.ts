// The response schema with each answer's whole schema under `answers.properties` and
// every rule in `answers.allOf`: a large survey's schema checks its answers in parts
// (@survey/emitters json-schema/parts.ts), which the set-based reader reads through
// this view. One view per schema object.
import { flatResponseSchema } from '@survey/emitters';

const views = new WeakMap<object, object>();

export function flatView(schema: object): object {
  let v = views.get(schema);
  if (!v) views.set(schema, (v = flatResponseSchema(schema)));
  return v;
}
