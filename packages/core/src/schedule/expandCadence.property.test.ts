import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cadence, CadenceWindow } from '../model/cadence.js';
import type { MonthWindow } from '../model/common.js';
import { ValidationError } from '../validation/parseInput.js';
import { runs } from '../test/runs.js';
import { expandCadence } from './expandCadence.js';
import { finnishHolidays } from './finnishHolidays.js';
import { Occurrence } from './occurrence.js';

// --- arbitraries -----------------------------------------------------------------------------------

const mode = fc.constantFrom('in-person' as const, 'remote' as const, 'hybrid' as const);
const month = fc.integer({ min: 1, max: 12 });
const monthWindow: fc.Arbitrary<MonthWindow> = fc.record({ from: month, to: month });
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

/** Optional timing; `sameDay` keeps every meeting inside its day so that counts per year are exact. */
function timing(sameDay: boolean) {
  return fc
    .record(
      {
        time,
        durationMinutes: fc.integer({ min: 15, max: 24 * 60 }),
        weekday: fc.integer({ min: 1, max: 7 }),
      },
      { requiredKeys: [] },
    )
    .map((t) => {
      if (!sameDay || t.durationMinutes === undefined) return t;
      const start = t.time === undefined ? 9 * 60 : Number(t.time.slice(0, 2)) * 60 + Number(t.time.slice(3));
      return { ...t, durationMinutes: Math.max(15, Math.min(t.durationMinutes, 24 * 60 - start)) };
    })
    .filter((t) => {
      const start = t.time === undefined ? 9 * 60 : Number(t.time.slice(0, 2)) * 60 + Number(t.time.slice(3));
      return !sameDay || start + (t.durationMinutes ?? 120) <= 24 * 60;
    });
}

const skipMonths = fc.uniqueArray(month, { maxLength: 11 });

function monthly(sameDay: boolean): fc.Arbitrary<Cadence> {
  return fc
    .tuple(
      timing(sameDay),
      mode,
      fc.option(skipMonths, { nil: undefined }),
      fc.option(fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, -1 as const), { nil: undefined }),
    )
    .map(([t, m, skip, week]) => ({
      kind: 'monthly' as const,
      ...t,
      mode: m,
      ...(skip ? { skipMonths: skip } : {}),
      ...(week ? { weekOfMonth: week } : {}),
    }));
}

function timesPerYear(sameDay: boolean): fc.Arbitrary<Cadence> {
  return fc
    .tuple(
      timing(sameDay),
      mode,
      fc.integer({ min: 1, max: 52 }),
      fc.option(monthWindow, { nil: undefined }),
      fc.option(skipMonths, { nil: undefined }),
    )
    .chain(([t, m, times, months, skip]) =>
      fc
        .oneof(
          fc.constant({}),
          fc.integer({ min: 0, max: times }).map((k) => ({ inPerson: k })),
          fc
            .uniqueArray(fc.integer({ min: 0, max: times - 1 }), { maxLength: times })
            .map((at) => ({ inPersonAt: at })),
        )
        .map((quota) => ({
          kind: 'times-per-year' as const,
          ...t,
          mode: m,
          times,
          ...quota,
          ...(months ? { months } : {}),
          ...(skip ? { skipMonths: skip } : {}),
        })),
    );
}

const cadenceWindow: fc.Arbitrary<CadenceWindow> = fc.record(
  {
    window: monthWindow,
    mode,
    title: fc.record({ fi: fc.string({ minLength: 1, maxLength: 8 }) }),
    topics: fc.array(fc.record({ fi: fc.string({ minLength: 1, maxLength: 8 }) }), { maxLength: 2 }),
  },
  { requiredKeys: ['window', 'mode'] },
);

function windows(sameDay: boolean): fc.Arbitrary<Cadence> {
  return fc
    .tuple(timing(sameDay), fc.array(cadenceWindow, { minLength: 1, maxLength: 6 }))
    .map(([t, ws]) => ({ kind: 'windows' as const, ...t, windows: ws }));
}

function everyNYears(sameDay: boolean): fc.Arbitrary<Cadence> {
  return fc
    .tuple(
      timing(sameDay),
      fc.integer({ min: 1, max: 10 }),
      fc.integer({ min: 1930, max: 2190 }),
      monthWindow,
      fc.option(mode, { nil: undefined }),
      fc.option(fc.array(fc.constantFrom('peer', 'self', 'other'), { minLength: 2, maxLength: 3 }), { nil: undefined }),
    )
    .map(([t, every, phaseYear, window, m, variants]) => ({
      kind: 'every-n-years' as const,
      ...t,
      every,
      phaseYear,
      window,
      ...(m ? { mode: m } : {}),
      ...(variants ? { variants } : {}),
    }));
}

const anyCadence = (sameDay: boolean) =>
  fc.oneof(monthly(sameDay), timesPerYear(sameDay), windows(sameDay), everyNYears(sameDay));

/** A period of up to ~4 years, any days, mostly in 1996–2190 and sometimes earlier (history of summer time). */
const period = fc
  .tuple(fc.integer({ min: 1923, max: 2190 }), fc.integer({ min: 0, max: 365 }), fc.integer({ min: 0, max: 4 * 365 }))
  .map(([y, startOffset, length]) => {
    const from = new Date(Date.UTC(y, 0, 1 + startOffset));
    const to = new Date(from.getTime() + length * 86_400_000);
    return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
  });

// --- independent oracles ---------------------------------------------------------------------------

const holidayCache = new Map<number, Set<string>>();
function isDayOff(date: string): boolean {
  const y = Number(date.slice(0, 4));
  let set = holidayCache.get(y);
  if (!set) {
    set = new Set(finnishHolidays(y).map((h) => h.date));
    holidayCache.set(y, set);
  }
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6 || set.has(date);
}

const DAYS_SHORTEST = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function monthsOf(w: MonthWindow): number[] {
  const out: number[] = [];
  for (let m = w.from; ; m = (m % 12) + 1) {
    out.push(m);
    if (m === w.to) return out;
  }
}
/** Whether a times-per-year cadence leaves at least 7 days per meeting (else the engine must refuse it). */
function fits(c: Extract<Cadence, { kind: 'times-per-year' }>): boolean {
  const days = monthsOf(c.months ?? { from: 1, to: 12 })
    .filter((m) => !(c.skipMonths ?? []).includes(m))
    .reduce((s, m) => s + (DAYS_SHORTEST[m - 1] as number), 0);
  return c.times * 7 <= days;
}
function consistentQuota(c: Extract<Cadence, { kind: 'times-per-year' }>): boolean {
  return c.inPersonAt === undefined || c.inPerson === undefined || new Set(c.inPersonAt).size === c.inPerson;
}

const ms = (dateTime: string) => new Date(dateTime).getTime();

/** Expands, or checks that the engine refuses exactly the cadences it documents it refuses. */
function expandOrRefuse(c: Cadence, p: { from: string; to: string }): Occurrence[] | undefined {
  if (c.kind === 'times-per-year' && (!fits(c) || !consistentQuota(c))) {
    expect(() => expandCadence(c, p)).toThrow(ValidationError);
    return undefined;
  }
  return expandCadence(c, p);
}

// --- properties ------------------------------------------------------------------------------------

describe('expandCadence properties', () => {
  it('puts every occurrence inside the period and its window, on a working day, sorted, without duplicates', () => {
    fc.assert(
      fc.property(anyCadence(false), period, (cadence, p) => {
        const out = expandOrRefuse(cadence, p);
        if (!out) return;
        const periodStart = helsinkiMidnight(p.from);
        const periodEnd = helsinkiMidnight(addDays(p.to, 1));
        for (const o of out) {
          expect(() => Occurrence.parse(o)).not.toThrow();
          const startDay = o.start.slice(0, 10);
          expect(ms(o.start)).toBeGreaterThanOrEqual(periodStart);
          expect(ms(o.end)).toBeLessThanOrEqual(periodEnd);
          expect(ms(o.end)).toBeGreaterThan(ms(o.start));
          if (o.window) expect(o.window.start <= startDay && startDay <= o.window.end).toBe(true);
          expect(isDayOff(startDay)).toBe(false);
          if (o.moved) {
            expect(isDayOff(o.moved.from)).toBe(true);
            expect(o.moved.from).not.toBe(startDay);
          }
        }
        for (let i = 1; i < out.length; i++) {
          expect(ms((out[i] as Occurrence).start)).toBeGreaterThan(ms((out[i - 1] as Occurrence).start));
        }
      }),
      { numRuns: runs(400) },
    );
  });

  it('is deterministic: the same input gives the same output', () => {
    fc.assert(
      fc.property(anyCadence(false), period, (cadence, p) => {
        const first = expandOrRefuse(cadence, p);
        if (!first) return;
        expect(expandCadence(structuredClone(cadence), { ...p })).toEqual(first);
      }),
      { numRuns: runs(150) },
    );
  });

  it('meets the counts and in-person quotas of every full year (or full window cycle)', () => {
    fc.assert(
      fc.property(
        anyCadence(true),
        fc.integer({ min: 1996, max: 2190 }),
        fc.integer({ min: 1, max: 3 }),
        (cadence, first, years) => {
          const p = { from: `${first}-01-01`, to: `${first + years - 1}-12-31` };
          const out = expandOrRefuse(cadence, p);
          if (!out) return;
          // Cycles that lie wholly in the period: calendar years, or windows that start and end inside.
          const inside = (w: { start: string; end: string }) => w.start >= p.from && w.end <= p.to;
          const cycleOf = (o: Occurrence) => (o.window ? o.window.start.slice(0, 4) : o.start.slice(0, 4));
          for (let y = first; y <= first + years - 1; y++) {
            const mine = out.filter((o) => cycleOf(o) === String(y) && (!o.window || inside(o.window)));
            switch (cadence.kind) {
              case 'monthly':
                expect(mine).toHaveLength(12 - new Set(cadence.skipMonths ?? []).size);
                break;
              case 'times-per-year': {
                if (cadence.months && cadence.months.to < cadence.months.from && y === first + years - 1) break;
                expect(mine).toHaveLength(cadence.times);
                const quota = cadence.inPersonAt ? new Set(cadence.inPersonAt).size : (cadence.inPerson ?? 0);
                const inPerson = mine.filter((o) => o.mode === 'in-person').length;
                if (cadence.mode === 'in-person') expect(inPerson).toBe(cadence.times);
                else expect(inPerson).toBe(quota);
                if (cadence.inPersonAt) {
                  for (const i of cadence.inPersonAt) expect(mine[i]?.mode).toBe('in-person');
                }
                break;
              }
              case 'windows': {
                const expected = cadence.windows.filter((w) => {
                  const wraps = w.window.to < w.window.from;
                  return !wraps || y < first + years - 1;
                }).length;
                expect(mine).toHaveLength(expected);
                break;
              }
              case 'every-n-years': {
                const wraps = cadence.window.to < cadence.window.from;
                if (wraps && y === first + years - 1) break;
                const due = (((y - (cadence.phaseYear ?? y)) % cadence.every) + cadence.every) % cadence.every === 0;
                expect(mine).toHaveLength(due ? 1 : 0);
                if (due && cadence.variants) {
                  const k = (y - (cadence.phaseYear as number)) / cadence.every;
                  const n = cadence.variants.length;
                  expect(mine[0]?.variant).toBe(cadence.variants[((k % n) + n) % n]);
                }
                break;
              }
            }
          }
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('gives a subset for a sub-period (placement does not depend on the period) for all but windows clashing over a new year', () => {
    fc.assert(
      fc.property(
        fc.oneof(monthly(false), timesPerYear(false), everyNYears(false)),
        period,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        (cadence, p, cutStart, cutEnd) => {
          const wide = expandOrRefuse(cadence, p);
          if (!wide) return;
          const from = addDays(p.from, cutStart);
          const to = addDays(p.to, -cutEnd);
          if (from > to) return;
          const narrow = expandCadence(cadence, { from, to });
          const keys = new Set(wide.map((o) => JSON.stringify(o)));
          for (const o of narrow) expect(keys.has(JSON.stringify(o))).toBe(true);
        },
      ),
      { numRuns: runs(200) },
    );
  });
});

function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
/** The instant of midnight in Helsinki, by TZDate (not by the engine's own arithmetic). */
function helsinkiMidnight(date: string): number {
  return new TZDate(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    'Europe/Helsinki',
  ).getTime();
}
