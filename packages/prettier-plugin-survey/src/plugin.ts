// The prettier plugin object: `prettier --plugin prettier-plugin-survey file.survey`.
import type { Plugin } from 'prettier';
import { languages } from './languages.ts';
import { surveyParser, type SurveyRoot } from './parser.ts';
import { surveyPrinter } from './printer.ts';

export const parsers = { survey: surveyParser };
export const printers = { 'survey-ast': surveyPrinter };
export { languages };

const plugin: Plugin<SurveyRoot> = { languages, parsers, printers };
export default plugin;
