import * as z from 'zod/mini';
import { LocalizedText, LocalTime, MeetingModes, Month, MonthWindow, NonEmptyText, Weekday, Year } from './common.js';
import { modelRule } from '../validation/modelRule.js';

/**
 * What every cadence may say about when in the day and week its meetings fall. Everything is
 * wall-clock time in `Europe/Helsinki`, the only zone the agreements use; the schedule engine
 * applies defaults (09:00, 120 minutes, Tuesday) where the data is silent.
 */
const cadenceTiming = {
  /** Preferred start time, Helsinki wall clock. */
  time: z.optional(LocalTime),
  /** Meeting length in minutes. */
  durationMinutes: z.optional(z.int().check(z.gte(15), z.lte(24 * 60))),
  /** Preferred ISO weekday (1 = Monday). */
  weekday: z.optional(Weekday),
  /** The time zone is fixed and stated rather than implied. */
  timeZone: z.optional(z.literal('Europe/Helsinki')),
  /** True where the source says "mostly" (pääasiassa): the cadence is a plan, not a promise. */
  approximate: z.optional(z.boolean()),
  /** Free-text remark shown with the cadence. */
  note: z.optional(LocalizedText),
};

/**
 * About monthly, e.g. the steering group (001 §8, §13): one meeting a month except skipped months.
 * Some of a year's meetings may be in person (`inPerson` of them spread evenly, or the ones
 * `inPersonAt` lists: every third is `inPersonAt: [0, 3, 6, 9]`); the others have `mode`.
 */
export const MonthlyCadence = z.strictObject({
  kind: z.literal('monthly'),
  ...cadenceTiming,
  /** Months with no meeting (e.g. `[7]` for July). */
  skipMonths: z.optional(z.array(Month)),
  /** Which week of the month: 1–4, or -1 for the last. */
  weekOfMonth: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)])),
  /** How the meetings are held: one mode, or the modes the group chooses between. */
  mode: MeetingModes,
  /** How many of a year's meetings are in person (livekokous). */
  inPerson: z.optional(z.int().check(z.gte(0), z.lte(12))),
  /** Which of a year's meetings (0-based, in year order) are in person; by default spread evenly. */
  inPersonAt: z.optional(z.array(z.int().check(z.gte(0), z.lte(11)))),
});
export type MonthlyCadence = z.infer<typeof MonthlyCadence>;

/**
 * N times a year, K of them in person, spread evenly over the year (or over `months`), e.g. the
 * meeting-place network: four a year, one in person (002).
 */
export const TimesPerYearCadence = z.strictObject({
  kind: z.literal('times-per-year'),
  ...cadenceTiming,
  times: z.int().check(z.gte(1), z.lte(52)),
  /** How many of the meetings are in person (livekokous). */
  inPerson: z.optional(z.int().check(z.gte(0), z.lte(52))),
  /** Which meetings (0-based, in year order) are the in-person ones; by default spread evenly. */
  inPersonAt: z.optional(z.array(z.int().check(z.gte(0), z.lte(51)))),
  /** Mode of the meetings that are not in person: one mode, or the modes the group chooses between. */
  mode: MeetingModes,
  /** Restrict the meetings to this span of the year. */
  months: z.optional(MonthWindow),
  /** Months with no meeting (e.g. `[7]` for July). */
  skipMonths: z.optional(z.array(Month)),
});
export type TimesPerYearCadence = z.infer<typeof TimesPerYearCadence>;

/** One meeting per year inside a named month window, with its own mode and topics. */
export const CadenceWindow = z.strictObject({
  window: MonthWindow,
  mode: MeetingModes,
  title: z.optional(LocalizedText),
  topics: z.optional(z.array(LocalizedText)),
});
export type CadenceWindow = z.infer<typeof CadenceWindow>;

/**
 * One meeting in each of the named windows every year, e.g. the relationship-support development
 * groups (Jan–Feb, Apr–May, Aug–Sep, Nov–Dec) or the regional meetings (Mar–Apr in person, October
 * remote) of the year clock in 002.
 */
export const WindowsCadence = z.strictObject({
  kind: z.literal('windows'),
  ...cadenceTiming,
  windows: z.array(CadenceWindow).check(z.minLength(1)),
});
export type WindowsCadence = z.infer<typeof WindowsCadence>;

/**
 * Once in a month window every N years, counted from a phase year: the family survey every two years
 * in autumn from 2027, the municipal survey early in the year from 2026 (002). `variants` cycle by
 * occurrence, starting at the phase year: peer and self evaluation in alternating years.
 */
export const EveryNYearsCadence = z.strictObject({
  kind: z.literal('every-n-years'),
  ...cadenceTiming,
  every: z.int().check(z.gte(1), z.lte(10)),
  /** A year in which it happens (1922–2200); required when `every` > 1 or when there are variants. */
  phaseYear: z.optional(Year),
  window: MonthWindow,
  mode: z.optional(MeetingModes),
  /** Ids that alternate by occurrence (`['peer', 'self']`), the first in the phase year. */
  variants: z.optional(z.array(NonEmptyText).check(z.minLength(2))),
});
export type EveryNYearsCadence = z.infer<typeof EveryNYearsCadence>;

/** The shortest length of each month, 1 = January (February in a common year). */
const SHORTEST_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The fewest days a year gives a times-per-year cadence: its months (`months`, all year by default),
 * less `skipMonths`, each at its shortest. At most one meeting a week on average fits in them.
 *
 * @param cadence - the cadence's `months` and `skipMonths`
 * @returns a number of days
 * @example
 * timesPerYearDays({ months: { from: 1, to: 2 } }); // 59
 * timesPerYearDays({ skipMonths: [7] }); // 334
 */
export function timesPerYearDays(cadence: { months?: MonthWindow; skipMonths?: number[] }): number {
  const { from, to } = cadence.months ?? { from: 1, to: 12 };
  const skip = cadence.skipMonths ?? [];
  let days = 0;
  for (let month = from, count = 0; count < 12; month = (month % 12) + 1, count++) {
    if (!skip.includes(month)) days += SHORTEST_MONTH[month - 1] as number;
    if (month === to) break;
  }
  return days;
}

/**
 * How often something recurs, as data (JSON-serialisable): every pattern of 001 §13 and 002.
 * The scheduling engine turns a cadence into dated occurrences.
 */
export const Cadence = z
  .discriminatedUnion('kind', [MonthlyCadence, TimesPerYearCadence, WindowsCadence, EveryNYearsCadence])
  .check(
    z.refine(
      (c) => c.kind !== 'times-per-year' || c.inPerson === undefined || c.inPerson <= c.times,
      modelRule('in-person-beyond-times', 'inPerson cannot exceed times', ['inPerson']),
    ),
    z.refine(
      (c) => c.kind !== 'times-per-year' || (c.inPersonAt ?? []).every((i) => i < c.times),
      modelRule('in-person-at-beyond-times', 'inPersonAt refers to a meeting beyond times', ['inPersonAt']),
    ),
    z.refine(
      (c) =>
        (c.kind !== 'times-per-year' && c.kind !== 'monthly') ||
        c.inPersonAt === undefined ||
        c.inPerson === undefined ||
        new Set(c.inPersonAt).size === c.inPerson,
      modelRule('in-person-disagree', 'inPersonAt and inPerson name different numbers of meetings', ['inPersonAt']),
    ),
    z.refine(
      (c) => c.kind !== 'times-per-year' || c.times * 7 <= timesPerYearDays(c),
      modelRule('cadence-does-not-fit', 'The meetings do not fit: at most one a week on average, outside skipMonths', [
        'times',
      ]),
    ),
    z.refine(
      (c) => c.kind !== 'monthly' || c.inPerson === undefined || c.inPerson <= 12 - new Set(c.skipMonths).size,
      modelRule('in-person-beyond-year', 'inPerson cannot exceed the meetings of a year', ['inPerson']),
    ),
    z.refine(
      (c) => c.kind !== 'monthly' || (c.inPersonAt ?? []).every((i) => i < 12 - new Set(c.skipMonths).size),
      modelRule('in-person-at-beyond-year', 'inPersonAt refers to a meeting beyond the meetings of a year', [
        'inPersonAt',
      ]),
    ),
    z.refine(
      (c) => c.kind !== 'every-n-years' || (c.every === 1 && !c.variants) || c.phaseYear !== undefined,
      modelRule('phase-year-required', 'phaseYear is required when every > 1 or variants are given', ['phaseYear']),
    ),
  );
export type Cadence = z.infer<typeof Cadence>;
