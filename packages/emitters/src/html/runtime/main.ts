// Entry point of the form's script: read the inert survey data and start.
import { unpackData, type PageData } from './pack.ts';
import { SurveyForm } from './form.ts';
import { initSliders } from './slider.ts';
import { AnswerTypes } from './answer-types.ts';

const data = unpackData(JSON.parse(document.getElementById('survey-data')?.textContent ?? '{"questions":[]}') as PageData);
// Sliders first: their capture listeners mark an answer before the form reads it.
initSliders(document, () => {
  const lang = document.documentElement.lang;
  return data.ui?.sliderUnset?.[lang] ?? data.ui?.sliderUnset?.[data.defaultLanguage] ?? '';
});
new SurveyForm(data).start();
// After the form has restored saved answers into their hidden controls.
new AnswerTypes(document, data).start();
