import * as z from 'zod/mini';
import { IsoDate } from '../model/common.js';
import { parseInput } from '../validation/parseInput.js';
import { type YearClockLayout, yearClockLayout as trustedYearClockLayout } from './trusted/yearClockLayout.js';
import { type YearClockRing, YearClockRings } from './yearClockRing.js';

export type { YearClockArc, YearClockLayout, YearClockMonth, YearClockRingLayout } from './trusted/yearClockLayout.js';

/** Options of {@link yearClockLayout}. */
export const YearClockLayoutOptions = z.strictObject({
  /** Width and height of the square SVG viewBox; 400 by default. */
  size: z.optional(z.number().check(z.gte(100), z.lte(4000))),
  /** The day to mark (usually `helsinkiToday()`); no marker without it. */
  today: z.optional(IsoDate),
  /** A smaller hub and thinner gaps, so that many rings (a whole action plan) get wider lanes. */
  compact: z.optional(z.boolean()),
});
export type YearClockLayoutOptions = z.infer<typeof YearClockLayoutOptions>;

/**
 * The geometry of an SVG year clock (vuosikello): twelve equal month sectors with January at the top
 * and the months running clockwise, so angles are degrees clockwise from 12 o'clock (January
 * 0°–30°, July 180°–210°); a point at angle θ and radius r is (c + r·sin θ, c − r·cos θ). Rings
 * are drawn outermost first, each as wide as its lanes need: entries of a ring whose months overlap
 * are put in separate lanes, the first free one in order of their first month. An entry's arc spans
 * its month window (a single month is one sector; November–February wraps over the new year and
 * ends past 360°), less 0.75° at each end. The today marker sits in its month's sector at the middle
 * of its day, (month − 1)·30° + 30°·(day − ½)/days in the month, so it always agrees with the month
 * sectors (February has 29 slots in a leap year). Numbers are rounded to 2 decimals; the result is
 * deterministic, with no clock read.
 *
 * @param rings - the rings, outermost first (ring ids unique, entry ids unique within a ring)
 * @param options - `size` of the square viewBox (default 400), `today` (`YYYY-MM-DD`) to mark, and `compact`
 *   (a hub of 7.5 % of the size instead of 15 %, gaps of 0.2 % instead of 0.8 %: wider lanes for many rings)
 * @returns months, rings with their arcs and SVG paths, and the today marker
 * @throws ValidationError naming `rings` or `options` when invalid
 * @example
 * const layout = yearClockLayout([{ id: 'meetings', label: { fi: 'Kokoukset' },
 *   entries: [{ id: 'regional', window: { from: 3, to: 4 }, title: { fi: 'Maakunnallinen tapaaminen' } }] }]);
 * layout.months[0]; // { month: 1, startAngle: 0, endAngle: 30, … }
 * layout.rings[0].arcs[0]; // { startAngle: 60.75, endAngle: 119.25, d: 'M…A…Z', … }
 */
export function yearClockLayout(
  rings: readonly YearClockRing[],
  options: YearClockLayoutOptions = {},
): YearClockLayout {
  return trustedYearClockLayout(
    parseInput(YearClockRings, rings, 'rings'),
    parseInput(YearClockLayoutOptions, options, 'options'),
  );
}
