import * as z from 'zod/mini';
import { Cadence } from './cadence.js';
import { Id, LocalizedText, SourceRef, vocabularyValue } from './common.js';
import { Role } from './person.js';

/** The kinds of follow-up and evaluation work in the action plan (002) and the agreement (001 §18–19). */
export const EvaluationKind = z.enum([
  'family-survey',
  'municipal-survey',
  'indicator-pack',
  'data-collection',
  'annual-report',
  'action-plan-review',
  'meeting-place-peer-evaluation',
  'meeting-place-self-evaluation',
  'training-plan-review',
  'trainer-training',
  'maintenance-training',
  'supervisors-meeting',
  'service-guide-update',
  'status-report',
  /** The national School Health Promotion study (kouluterveyskysely), every two years. */
  'school-health-survey',
]);
export type EvaluationKind = z.infer<typeof EvaluationKind>;

/**
 * arviointi → `EvaluationActivity`: a recurring evaluation or follow-up task with its recurrence and
 * season. When the cadence has `variants`, they are evaluation kinds that alternate by year.
 */
export const EvaluationActivity = z.strictObject({
  id: Id,
  /** An {@link EvaluationKind}, or a kind the region declares in its `vocabulary`. */
  kind: vocabularyValue(EvaluationKind),
  name: LocalizedText,
  description: z.optional(LocalizedText),
  responsible: vocabularyValue(Role),
  recurrence: Cadence,
  /** The group that hears the result. */
  reportsToGroupId: z.optional(Id),
  source: SourceRef,
});
export type EvaluationActivity = z.infer<typeof EvaluationActivity>;
