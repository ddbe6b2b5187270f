import * as z from 'zod/mini';
import { modelRule } from '../validation/modelRule.js';
import { Id, SourceRef, Year } from './common.js';

/**
 * One duty that passes from holder to holder: the lead of a meeting or its minutes.
 *
 * - `among`: whose turn it is, in order: ids of groups (the group's convener, chair or responsible
 *   person takes the turn) or of people. Absent when the sources say that the duty rotates but not
 *   among whom (nobody is then named for it).
 * - `fromYear`: the year whose first meeting is the first of `among`'s turn; required with `among`.
 *   Meetings of earlier years have no turn.
 * - `per`: the duty passes on at every meeting (`meeting`, the default) or at the start of every
 *   year (`year`: the same holder for the whole year, as a chair that rotates yearly).
 */
export const RotatingDuty = z
  .strictObject({
    among: z.optional(
      z.array(Id).check(
        z.minLength(2),
        z.refine(
          (ids) => new Set(ids).size === ids.length,
          modelRule('rotation-repeats', 'An id appears twice in among'),
        ),
      ),
    ),
    fromYear: z.optional(Year),
    per: z.optional(z.enum(['meeting', 'year'])),
  })
  .check(
    z.refine(
      (d) => d.among === undefined || d.fromYear !== undefined,
      modelRule('rotation-needs-start', 'A rotation with among needs fromYear', ['fromYear']),
    ),
  );
export type RotatingDuty = z.infer<typeof RotatingDuty>;

/**
 * vuorottelu (vetovastuu vaihdellen, vaihtuva sihteeri) → `GroupRotation`: the duties of a group's
 * meetings that rotate, so that who leads and who takes minutes can be computed for each meeting
 * (`scheduleFor` puts them on the occurrences as `lead` and `secretary`). A rotating `secretary`
 * replaces the group's `secretary` members as the minute-taker; a rotating `lead` comes on top of
 * the convener. At least one of the two is given.
 *
 * @example
 * GroupRotation.parse({
 *   lead: { among: ['north-group', 'south-group'], fromYear: 2026 },
 *   secretary: {},
 *   source: { document: 'plan.pdf' },
 * });
 */
export const GroupRotation = z
  .strictObject({
    lead: z.optional(RotatingDuty),
    secretary: z.optional(RotatingDuty),
    source: SourceRef,
  })
  .check(
    z.refine(
      (r) => r.lead !== undefined || r.secretary !== undefined,
      modelRule('rotation-empty', 'A rotation names lead, secretary or both', ['lead']),
    ),
  );
export type GroupRotation = z.infer<typeof GroupRotation>;
