// The JSON Schema of survey.config.json, generated from what the compiler accepts:
// every diagnostic by code and by name (from the registry, with its summary), the
// severities, the built-in profiles and the top-level keys parseConfig reads. VS Code
// validates and completes the file with it (packages/vscode contributes it through
// jsonValidation); a test keeps the committed copy current and runs it under ajv's
// strict mode against configs the compiler accepts and refuses.
import { allDiagnosticDefs, builtinProfiles, diagnosticCategories, docUrl } from '@survey/compiler';

const severities = ['error', 'warning', 'info', 'off'];

export function configSchema(): Record<string, unknown> {
  const defs = allDiagnosticDefs();
  const perRule = (value: (code: string) => Record<string, unknown>) =>
    Object.fromEntries(
      defs.flatMap((d) => {
        const about = `${d.code} ${d.name} (default: ${d.severity}): ${d.docs.summary} ${docUrl(d.code)}`;
        return [
          [d.code, { ...value(d.code), description: about }],
          [d.name, { ...value(d.code), description: about }],
        ];
      }),
    );
  const profile = {
    type: 'object',
    additionalProperties: false,
    properties: {
      questions: { type: 'number', description: 'Most questions a respondent may see (matrix rows count as items).' },
      minutes: { type: 'number', description: 'Time budget in minutes.' },
    },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'survey.config.json',
    description: 'Configuration of the survey compiler: severities, the question-limit profile and rule options.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description:
          'Severity of a diagnostic, by code (SVY3001), name or category (all SVY4xxx: "wording"): "error", "warning", "info" or "off". A code or name wins over its category.',
        additionalProperties: false,
        properties: {
          ...perRule(() => ({ enum: severities })),
          ...Object.fromEntries(
            diagnosticCategories.map((c) => [c.id, { enum: severities, description: `Every SVY${c.series}xxx code: ${c.title}.` }]),
          ),
        },
      },
      profile: {
        type: 'string',
        description: `The question-limit profile: built in (${Object.keys(builtinProfiles).join(', ')}) or one of "profiles".`,
        examples: Object.keys(builtinProfiles),
      },
      profiles: {
        type: 'object',
        description: 'Profiles of your own, or new limits for the built-in ones.',
        additionalProperties: profile,
      },
      options: {
        type: 'object',
        description: "Options of a rule, by code or name (word lists, a time model …): see the rule's documentation.",
        additionalProperties: false,
        properties: perRule(() => ({ type: 'object' })),
      },
      requireNonResponseOption: {
        type: 'boolean',
        description: 'Ask for a "prefer not to say" / "don\'t know" option on sensitive questions.',
      },
    },
  };
}

/** The text written to the committed file (which prettier then lays out). */
export function configSchemaText(): string {
  return JSON.stringify(configSchema(), null, 2) + '\n';
}
