import * as z from 'zod/mini';
import { modelRule } from '../validation/modelRule.js';
import { toEpochMs } from './isoFormat.js';
import { ZonedDateTime } from './zonedDateTime.js';

/** A {@link ZonedDateTime} that names a real instant (no 2026-02-30, no 25:00, no +25:00). */
export const Instant = ZonedDateTime.check(
  z.refine(
  (value) => toEpochMs(value) !== undefined,
  modelRule('invalid-date-time', 'Not a real date-time'),
));
export type Instant = z.infer<typeof Instant>;
