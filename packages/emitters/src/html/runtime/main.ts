// Entry point of the form's script: read the inert survey data and start.
import type { RuntimeData } from './data.ts';
import { SurveyForm } from './form.ts';

const data = JSON.parse(document.getElementById('survey-data')?.textContent ?? '{}') as RuntimeData;
new SurveyForm(data).start();
