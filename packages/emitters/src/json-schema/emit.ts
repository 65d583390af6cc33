// The JSON Schema (draft 2020-12) of one response. The envelope carries survey id,
// language and timing; `answers` holds one property per answer variable. It stays
// flat (one `properties` map, one `allOf` of small if/then rules), and a large survey's
// answers are checked in parts of 20 (parts.ts), so that ajv compiles it with its
// default options for surveys with thousands of questions. Hidden (preloaded) values sit
// under `hidden`; a question whose condition reads one gets its rule on the whole
// response (the root `allOf`), since a rule inside `answers` cannot see `hidden`.
import type { Binding, Survey } from '@survey/compiler';
import { stringify, compact } from '../common/json.ts';
import { textIn } from '../common/texts.ts';
import { RESPONSE_FORMAT, responseSchemaId, specifyName } from '../common/names.ts';
import { answerNames, exprText } from '../common/visibility.ts';
import { hiddenProperty } from './hidden.ts';
import { questionProperties } from './answers.ts';
import { collectDefs } from './defs.ts';
import { calculatedProperty } from './calculated.ts';
import { exprToJson } from '../common/expr.ts';
import { optionRules } from './option-filters.ts';
import { shownWhen } from './skipped.ts';
import { applyFlow } from './flow.ts';
import { rosterProperty } from './rosters.ts';
import { splitAnswers } from './parts.ts';

type Schema = Record<string, unknown>;

export function responseSchema(survey: Survey, binding: Binding): Schema {
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  const rules: Schema[] = [];
  const rootRules: Schema[] = [];
  for (const q of survey.questions) {
    if (q.roster) continue; // asked per instance: inside its roster's array (rosters.ts)
    for (const [name, schema] of questionProperties(q, survey)) properties[name] = schema;
    const names = answerNames(q);
    // Its condition, and "some option offered" when every option is filtered (skipped.ts).
    const { when, root, shown } = shownWhen(q, survey, binding);
    if (!when) {
      if (q.required) required.push(...names);
    } else if (shown && root) {
      const answers = (s: Schema) => ({ properties: { answers: { type: 'object', ...s } } });
      rootRules.push(
        compact({
          if: shown,
          then: q.required ? answers({ properties: Object.fromEntries(names.map((n) => [n, true])), required: names }) : undefined,
          else: answers({ properties: Object.fromEntries(names.map((n) => [n, false])) }),
        }),
      );
    } else if (shown) {
      // Required only when shown; absent when hidden.
      rules.push(
        compact({
          if: shown,
          then: q.required ? { properties: Object.fromEntries(names.map((n) => [n, true])), required: names } : undefined,
          else: { properties: Object.fromEntries(names.map((n) => [n, false])) },
        }),
      );
    } else {
      for (const n of names) properties[n].$comment = `shown only when ${exprText(when)}; the form checks this condition`;
    }
    optionRules(q, survey, binding, properties, rules, rootRules);
    for (const o of q.choices?.options ?? []) {
      if (!o.specify) continue;
      const s = specifyName(q.id, o.code);
      const chosen = q.kind === 'single' ? { const: o.code } : { type: 'array', contains: { const: o.code } };
      rules.push({
        if: { properties: { [q.id]: chosen }, required: [q.id] },
        then: { properties: { [s]: true }, required: [s] },
        else: { properties: { [s]: false } },
      });
    }
  }
  for (const r of survey.rosters) if (!r.parent) properties[r.id] = rosterProperty(r, survey, binding);
  const hidden = [...survey.hidden.values()];
  const hiddenRequired = hidden.filter((h) => h.required).map((h) => h.id);
  const title = textIn(survey.title, survey.defaultLanguage, survey) || survey.id;
  return splitAnswers(
    applyFlow(
      compact({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: responseSchemaId(survey.id, survey.version),
        title,
        description: `One response to the survey "${survey.id}"${survey.version ? ` version ${survey.version}` : ''}.`,
        type: 'object',
        properties: compact({
          format: { const: RESPONSE_FORMAT },
          survey: { const: survey.id },
          version: survey.version !== undefined ? { const: survey.version } : undefined,
          responseId: { type: 'string', format: 'uuid', description: 'A unique id the form generates (crypto.randomUUID).' },
          formVersion: survey.version !== undefined ? { const: survey.version } : { type: 'string' },
          language: { enum: survey.languages },
          startedAt: { type: 'string', format: 'date-time' },
          submittedAt: { type: 'string', format: 'date-time' },
          durationSeconds: { type: 'number', minimum: 0 },
          answers: compact({
            $comment: survey.checks.length
              ? `Cross-field checks the form tests once every answer they read is given: ${survey.checks.map((c) => exprText(exprToJson(c.expr, binding))).join('; ')}`
              : undefined,
            type: 'object',
            properties,
            required: required.length ? required : undefined,
            additionalProperties: false,
            allOf: rules.length ? rules : undefined,
          }),
          hidden: hidden.length
            ? compact({
                type: 'object',
                description: 'Hidden (preloaded) values, filled by the form from its URL query.',
                properties: Object.fromEntries(hidden.map((h) => [h.id, hiddenProperty(h, survey)])),
                required: hiddenRequired.length ? hiddenRequired : undefined,
                additionalProperties: false,
              })
            : undefined,
          calculated: calculatedProperty(survey, binding),
        }),
        required: ['format', 'survey', 'language', 'answers', ...(hiddenRequired.length ? ['hidden'] : [])],
        allOf: rootRules.length ? rootRules : undefined,
        additionalProperties: false,
        $defs: collectDefs(survey),
      }),
      survey,
    ),
  );
}

export function emitResponseSchema(survey: Survey, binding: Binding): string {
  return stringify(responseSchema(survey, binding));
}
