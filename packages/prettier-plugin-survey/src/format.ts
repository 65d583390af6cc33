// For `survey fmt`: format a text, or check that it is formatted, without a config file.
import { format, type Options } from 'prettier';
import plugin from './plugin.ts';

export type FormatOptions = Omit<Options, 'parser'>;

/** The canonical layout of a `.survey` text. Throws `SurveySyntaxError` when the text does not parse. */
export function formatSurvey(text: string, options: FormatOptions = {}): Promise<string> {
  const extra = (options.plugins ?? []) as NonNullable<Options['plugins']>;
  return format(text, { ...options, parser: 'survey', plugins: [plugin, ...extra] });
}

/** Whether the text is already exactly as `formatSurvey` would print it. */
export async function checkFormatted(text: string, options: FormatOptions = {}): Promise<boolean> {
  return (await formatSurvey(text, options)) === text;
}
