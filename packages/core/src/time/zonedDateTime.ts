import * as z from 'zod/mini';
import { matches } from '../validation/formats.js';

/** An instant written with its Helsinki offset: `2026-03-10T09:00:00+02:00`. */
export const ZonedDateTime = z.string().check(matches('invalid-date-time'));
export type ZonedDateTime = z.infer<typeof ZonedDateTime>;
