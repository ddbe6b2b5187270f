import type { Cadence } from '../model/cadence.js';
import type { RotatingDuty } from '../model/rotation.js';
import type { RotationTurn } from './occurrence.js';

/** How many meetings a cadence holds in the cycles (years) `from` up to, but not including, `to`. */
function meetingsBefore(c: Cadence, from: number, to: number): number {
  const years = Math.max(0, to - from);
  switch (c.kind) {
    case 'monthly':
      return years * (12 - new Set(c.skipMonths ?? []).size);
    case 'times-per-year':
      return years * c.times;
    case 'windows':
      return years * c.windows.length;
    case 'every-n-years': {
      const phase = c.phaseYear ?? from;
      let n = 0;
      for (let y = from; y < to; y++) if ((((y - phase) % c.every) + c.every) % c.every === 0) n++;
      return n;
    }
  }
}

/**
 * Whose turn a rotating duty is at one meeting: the meetings are counted from the first one of
 * `fromYear` (every meeting, or every year with `per: 'year'`), and turn k goes to `among[k mod n]`.
 * Counting by the meeting's cycle and place in it, not by its date, keeps the turn the same whatever
 * period is scheduled. Before `fromYear` there is no turn; without `among` the duty rotates among
 * holders the data does not name, and the turn says so by naming nobody.
 *
 * @param duty - the rotating duty
 * @param cadence - the group's cadence
 * @param meeting - the meeting's cycle (year) and 0-based place in it
 * @param holdersOf - the holder keys of a group or person id of `among`
 * @returns the turn, or undefined before the rotation starts
 * @example
 * const windows = { kind: 'windows', windows: [spring, autumn] } as const;
 * rotationTurn({ among: ['a', 'b', 'c'], fromYear: 2026 }, windows, { cycle: 2027, index: 0 }, (id) => [id]);
 * // { turn: 'c', holders: ['c'] }: the third meeting
 */
export function rotationTurn(
  duty: RotatingDuty,
  cadence: Cadence,
  meeting: { cycle: number; index: number },
  holdersOf: (id: string) => string[],
): RotationTurn | undefined {
  if (duty.among === undefined || duty.fromYear === undefined) return { holders: [] };
  if (meeting.cycle < duty.fromYear) return undefined;
  const k =
    duty.per === 'year'
      ? meeting.cycle - duty.fromYear
      : meetingsBefore(cadence, duty.fromYear, meeting.cycle) + meeting.index;
  const turn = duty.among[k % duty.among.length] as string;
  return { turn, holders: holdersOf(turn) };
}
