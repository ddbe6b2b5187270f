import * as z from 'zod/mini';
import { ZonedDateTime } from '../schedule/occurrence.js';
import { toEpochMs } from '../schedule/time/isoFormat.js';

/** A {@link ZonedDateTime} that names a real instant (no 2026-02-30, no 25:00, no +25:00). */
export const Instant = ZonedDateTime.check(z.refine((value) => toEpochMs(value) !== undefined, 'Not a real date-time'));
export type Instant = z.infer<typeof Instant>;
