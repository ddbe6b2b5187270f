import * as z from 'zod/mini';
import { Id, IsoDate } from '../model/common.js';
import { parseInput } from '../validation/parseInput.js';
import { modelRule } from '../validation/modelRule.js';

/**
 * A set of personal data (henkilötiedot) the cooperation holds, such as the registrations for a
 * workshop: what it is, when it was collected, and whether, and why, it is still needed.
 */
export const PersonalDataRecord = z
  .strictObject({
    id: Id,
    /** What the data is ("Registrations for the early-support workshop, spring 2026"). */
    description: z.string().check(z.minLength(1)),
    /** The day the data was collected (the last day, for data collected over time). */
    collectedOn: IsoDate,
    /** The data is still needed for a purpose after the annual report. */
    stillNeeded: z.boolean(),
    /** Why the data is still needed; required when `stillNeeded`, so that keeping it has a reason. */
    neededFor: z.optional(z.string().check(z.minLength(1))),
  })
  .check(
    z.refine(
      (record) => !record.stillNeeded || record.neededFor !== undefined,
      modelRule('needed-for-missing', 'Say why the data is still needed', ['neededFor']),
    ),
  );
export type PersonalDataRecord = z.infer<typeof PersonalDataRecord>;

/**
 * The personal data to delete once the annual report (vuosiraportti) is compiled: unnecessary personal
 * data is deleted after the annual report has been compiled (001 §19). A record is deleted when it was
 * collected on or before the day the report was compiled and is not still needed; data collected later
 * belongs to the next report's year and waits for it.
 *
 * @param records - the records; validated as {@link PersonalDataRecord}s
 * @param annualReportDate - the day the annual report was compiled, `YYYY-MM-DD`: a deletion's
 *   `annualReportDate` from {@link personalDataDeletionDates}, which also gives the day to delete on
 * @returns the ids of the records to delete, in the order given
 * @throws {ValidationError} when an input is invalid; the message names the field
 * @example
 * personalDataToDelete(
 *   [
 *     { id: 'workshop-2025', description: 'Workshop registrations', collectedOn: '2025-10-01', stillNeeded: false },
 *     { id: 'peer-group-2025', description: 'Peer group leaders', collectedOn: '2025-09-01',
 *       stillNeeded: true, neededFor: 'The group continues in 2026' },
 *     { id: 'survey-2026', description: 'Survey contacts', collectedOn: '2026-04-10', stillNeeded: false },
 *   ],
 *   '2026-03-31',
 * ); // ['workshop-2025']
 */
export function personalDataToDelete(records: PersonalDataRecord[], annualReportDate: string): Id[] {
  const parsed = parseInput(z.array(PersonalDataRecord), records, 'records');
  const reportDate = parseInput(IsoDate, annualReportDate, 'annualReportDate');
  return parsed.filter((record) => record.collectedOn <= reportDate && !record.stillNeeded).map((record) => record.id);
}
