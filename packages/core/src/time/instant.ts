import * as z from 'zod/mini';
import { modelRule } from '../validation/modelRule.js';
import { SUPPORTED_YEARS_RULE } from '../validation/supportedYears.js';
import { isSupportedInstant } from './isSupportedInstant.js';
import { toEpochMs } from './isoFormat.js';
import { ZonedDateTime } from './zonedDateTime.js';

/**
 * A {@link ZonedDateTime} that names a real instant (no 2026-02-30, no 25:00, no +25:00) whose date
 * in Helsinki is in the years the library computes with, 1922–2200 (`year-outside-range`):
 * `9999-12-31T23:00:00Z` is already 10000 in Helsinki, and no schedule, calendar or export takes it.
 */
export const Instant = ZonedDateTime.check(
  z.refine((value) => toEpochMs(value) !== undefined, modelRule('invalid-date-time', 'Not a real date-time')),
  z.refine(isSupportedInstant, SUPPORTED_YEARS_RULE),
);
export type Instant = z.infer<typeof Instant>;
