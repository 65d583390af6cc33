// The English course evaluation: 150 students invited, about 100 respond; clarity and
// feedback drive the overall rating, the two negatively worded rows are answered the
// other way round, and a few students agree with every statement (straight-lining,
// which the reversed rows give away) or finish in under a minute.
import type { Profile } from '../profile.ts';

const agree: number[] = [4, 10, 22, 42, 22];

export const courseEvaluation: Profile = {
  example: 'course-evaluation',
  survey: 'course.survey',
  seed: 5,
  files: [
    { name: '2025-spring.json', format: 'json', respondents: 98, start: '2025-06-02', days: 10, invalid: 3, straightline: 6, tooFast: 4 },
  ],
  marginals: {
    clear: agree,
    organised: [3, 8, 20, 45, 24],
    hard_to_follow: [6, 14, 26, 38, 16],
    feedback: [8, 16, 28, 34, 14],
    unclear_criteria: [5, 12, 25, 40, 18],
    interest: agree,
    overall: [3, 8, 25, 42, 22],
  },
  defaultMarginal: agree,
  loading: 0.6,
  drivers: {
    outcome: 'overall',
    weights: { clear: 0.35, organised: 0.15, hard_to_follow: 0.1, feedback: 0.3, unclear_criteria: 0.1, interest: 0.25 },
    r: 0.75,
  },
  missingRate: 0,
  choices: {
    study_year: { y1: 20, y2: 35, y3: 25, y4: 15, postgrad: 5 },
    enrolment: { compulsory: 55, elective: 30, interest: 12, other: 3 },
  },
  texts: {
    overall_reason: {
      p: 0.5,
      pools: {
        '*': {
          en: [
            'The lectures were clear and well paced.',
            'Good examples, but the workload was heavy.',
            'Feedback on assignments came too late to help.',
            'Interesting topics & a helpful tutor.',
            'The slides did not match the lectures.',
          ],
        },
      },
    },
    one_change: {
      p: 0.45,
      pools: {
        '*': {
          en: [
            'Return marked work within two weeks.',
            'Publish the marking criteria before the first assignment.',
            'More worked examples in lectures.',
            'Record the lectures.',
            'Fewer, longer assignments.',
          ],
        },
      },
    },
  },
  specifyTexts: { en: ['A friend recommended it', 'It fits my timetable'] },
  hidden: (r) => {
    const group = r.weighted(['a', 'b', 'c'], [40, 35, 25]);
    return { values: { class_group: group }, shift: group === 'c' ? -0.25 : 0 };
  },
  medianSeconds: 330,
};
