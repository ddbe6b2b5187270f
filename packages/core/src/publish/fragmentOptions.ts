import * as z from 'zod/mini';
import { Locale } from '../model/common.js';

/**
 * The options every HTML fragment takes: its language, and the level of its heading (2–6, default
 * 2; the rows' headings are one level lower, at most 6), so it fits the page it is included in.
 */
export const FragmentOptions = z.strictObject({
  locale: Locale,
  headingLevel: z.optional(z.int().check(z.gte(2), z.lte(6))),
  /** True when the whole region is invented example data: the fragment says so above its content. */
  example: z.optional(z.boolean()),
});
export type FragmentOptions = z.infer<typeof FragmentOptions>;
