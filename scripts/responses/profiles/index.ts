// Every example with a synthetic response set, in the order the generator writes them.
import type { Profile } from '../profile.ts';
import { courseEvaluation } from './course-evaluation.ts';
import { crmSatisfaction } from './crm-satisfaction.ts';
import { householdListing } from './household-listing.ts';
import { instantFeedback } from './instant-feedback.ts';
import { manufacturerQuarterly } from './manufacturer-quarterly.ts';
import { mediaCompany } from './media-company.ts';
import { weightedAssessment } from './weighted-assessment.ts';

export const profiles: Profile[] = [
  courseEvaluation,
  crmSatisfaction,
  householdListing,
  instantFeedback,
  manufacturerQuarterly,
  mediaCompany,
  weightedAssessment,
];
