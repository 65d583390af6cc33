// The forms a text answer may take (`text site "…" as url`): the whole-answer pattern the
// response schema and the form check, the JSON Schema format when one applies, and the
// HTML input that brings up the right keyboard on a phone.
export interface TextFormat {
  /** Unanchored regular expression the whole answer must match. */
  pattern: string;
  /** JSON Schema `format` (ajv-formats) in addition to the pattern. */
  schemaFormat?: string;
  input: string;
  inputmode?: string;
  autocomplete?: string;
  doc: string;
}

export const textFormats: Record<string, TextFormat> = {
  email: {
    pattern: '[^\\s@]+@[^\\s@]+\\.[^\\s@]+',
    schemaFormat: 'email',
    input: 'email',
    inputmode: 'email',
    autocomplete: 'email',
    doc: 'an e-mail address',
  },
  phone: { pattern: '\\+?[0-9][0-9 ()\\-]{4,19}', input: 'tel', inputmode: 'tel', autocomplete: 'tel', doc: 'a telephone number' },
  url: {
    pattern: 'https?://\\S+',
    schemaFormat: 'uri',
    input: 'url',
    inputmode: 'url',
    autocomplete: 'url',
    doc: 'a web address (http or https)',
  },
  time: { pattern: '([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?', input: 'time', doc: 'a time of day, HH:MM' },
  datetime: {
    pattern: '[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?',
    input: 'datetime-local',
    doc: 'a date and a time, YYYY-MM-DDTHH:MM',
  },
};
