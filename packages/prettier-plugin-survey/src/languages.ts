import type { SupportLanguage } from 'prettier';

export const languages: SupportLanguage[] = [
  {
    name: 'Survey',
    parsers: ['survey'],
    extensions: ['.survey'],
    vscodeLanguageIds: ['survey'],
    tmScope: 'source.survey',
    aceMode: 'text',
  },
];
