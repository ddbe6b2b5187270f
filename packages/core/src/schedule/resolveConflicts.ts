/**
 * Conflict-aware placement behind {@link scheduleFor}: the meetings of every group, moved so that
 * nobody who convenes, leads or takes minutes has two meetings on one day or more than two in one ISO
 * week. The rules are documented on `scheduleFor`.
 */
import type { Group } from '../model/group.js';
import { epochDay, isoWeekYear, startOfIsoWeek } from '../time/calendarDay.js';
import { helsinkiToUtc } from '../time/helsinki.js';
import { parseLocalTime } from '../time/isoFormat.js';
import { CADENCE_DEFAULTS } from './defaults.js';
import { expandPlaced, type Placed } from './expand.js';
import { type HolderSource, meetingHolders } from './meetingHolders.js';
import type { RotationTurn } from './occurrence.js';
import { rotationTurn } from './rotationTurn.js';
import { nonWorkingReason } from './workingDay.js';

/** The most meetings one holder has in one ISO week. */
export const WEEK_LIMIT = 2;

/** One group's meeting after conflicts are settled. */
export interface ResolvedMeeting {
  p: Placed;
  group: Group;
  /** Who is busy at it: holder keys (person ids or posts). */
  holders: string[];
  lead?: RotationTurn;
  secretary?: RotationTurn;
  /** Holders left with two meetings on the day or more than two in the week: the meeting could not move. */
  clash?: string[];
}

/** Meetings that may move least go first: a month before a window before a share of the year. */
const KIND_RANK: Readonly<Record<string, number>> = {
  monthly: 0,
  'every-n-years': 1,
  windows: 2,
  'times-per-year': 3,
};

interface Pending extends ResolvedMeeting {
  /** How many working days it may be on inside the block. */
  room: number;
}

/** Holder key → day (or Monday of the week) → the groups meeting then. */
type Busy = Map<string, Map<number, string[]>>;

function busyAt(busy: Busy, key: string, day: number): string[] {
  return busy.get(key)?.get(day) ?? [];
}

function mark(busy: Busy, key: string, day: number, groupId: string): void {
  let days = busy.get(key);
  if (days === undefined) {
    days = new Map();
    busy.set(key, days);
  }
  const list = days.get(day);
  if (list === undefined) days.set(day, [groupId]);
  else list.push(groupId);
}

function roomOf(p: Placed, first: number, last: number): number {
  let n = 0;
  for (const [a, b] of p.range) {
    for (let d = Math.max(a, first); d <= Math.min(b, last); d++) if (nonWorkingReason(d) === undefined) n++;
  }
  return n;
}

function allowed(p: Placed, day: number, first: number, last: number): boolean {
  if (day < first || day > last || nonWorkingReason(day) !== undefined) return false;
  return p.range.some(([a, b]) => day >= a && day <= b);
}

/**
 * The first working day in the meeting's range and the block that `ok` accepts: its own day, then 1
 * day later, 1 earlier, 2 later, … (the order of a holiday move).
 */
function nearest(p: Placed, first: number, last: number, ok: (day: number) => boolean): number | undefined {
  const lo = Math.max(first, p.range[0]?.[0] ?? p.day);
  const hi = Math.min(last, p.range[p.range.length - 1]?.[1] ?? p.day);
  for (let k = 0; p.day + k <= hi || p.day - k >= lo; k++) {
    if (allowed(p, p.day + k, first, last) && ok(p.day + k)) return p.day + k;
    if (k > 0 && allowed(p, p.day - k, first, last) && ok(p.day - k)) return p.day - k;
  }
  return undefined;
}

/** The first and last day of ISO week-year `year`: Monday of its week 1 to the Sunday before the next one's. */
function weekYearDays(year: number): [number, number] {
  return [startOfIsoWeek(epochDay(year, 1, 4)), startOfIsoWeek(epochDay(year + 1, 1, 4)) - 1];
}

/** The holder keys of a rotation's group (its convener, chair or responsible person) or person. */
function turnHolders(region: HolderSource): (id: string) => string[] {
  const cache = new Map<string, string[]>();
  return (id) => {
    let keys = cache.get(id);
    if (keys === undefined) {
      const group = region.groups.find((g) => g.id === id);
      keys =
        group === undefined
          ? [id]
          : meetingHolders(region, group)
              .filter((h) => h.duties.some((d) => d !== 'secretary'))
              .map((h) => h.holder.key);
      cache.set(id, keys);
    }
    return keys;
  };
}

function resolveBlock(pending: Pending[], first: number, last: number): ResolvedMeeting[] {
  for (const m of pending) m.room = roomOf(m.p, first, last);
  pending.sort(
    (a, b) =>
      a.room - b.room ||
      (KIND_RANK[a.group.cadence?.kind ?? ''] ?? 0) - (KIND_RANK[b.group.cadence?.kind ?? ''] ?? 0) ||
      (a.group.id < b.group.id ? -1 : a.group.id > b.group.id ? 1 : 0) ||
      a.p.day - b.p.day,
  );

  const byDay: Busy = new Map();
  const byWeek: Busy = new Map();
  const ownDay: Busy = new Map();
  const free = (m: Pending, day: number) =>
    busyAt(ownDay, m.group.id, day).length === 0 &&
    m.holders.every(
      (k) => busyAt(byDay, k, day).length === 0 && busyAt(byWeek, k, startOfIsoWeek(day)).length < WEEK_LIMIT,
    );
  const out: ResolvedMeeting[] = [];
  for (const m of pending) {
    const { room: _, ...meeting } = m;
    const home = m.p.day;
    const day = nearest(m.p, first, last, (d) => free(m, d));
    if (day === undefined) {
      const clash = m.holders.filter(
        (k) => busyAt(byDay, k, home).length > 0 || busyAt(byWeek, k, startOfIsoWeek(home)).length >= WEEK_LIMIT,
      );
      if (clash.length > 0) meeting.clash = clash;
    } else if (day !== home) {
      const others = new Set<string>(busyAt(ownDay, m.group.id, home));
      for (const k of m.holders) {
        for (const id of busyAt(byDay, k, home)) others.add(id);
        if (busyAt(byWeek, k, startOfIsoWeek(home)).length >= WEEK_LIMIT) {
          for (const id of busyAt(byWeek, k, startOfIsoWeek(home))) others.add(id);
        }
      }
      meeting.p = moved(m, day, [...others].sort());
    }
    const at = meeting.p.day;
    mark(ownDay, m.group.id, at, m.group.id);
    for (const k of m.holders) {
      mark(byDay, k, at, m.group.id);
      mark(byWeek, k, startOfIsoWeek(at), m.group.id);
    }
    out.push(meeting);
  }
  return out;
}

const minutes = new Map<string, number>();
function minuteOf(time: string): number {
  let minute = minutes.get(time);
  if (minute === undefined) {
    minute = parseLocalTime(time);
    minutes.set(time, minute);
  }
  return minute;
}

/** The meeting on another day, at the cadence's time, remembering the day it was planned for. */
function moved(m: Pending, day: number, conflictWith: string[]): Placed {
  const startMs = helsinkiToUtc(day, minuteOf(m.group.cadence?.time ?? CADENCE_DEFAULTS.time));
  const p: Placed = {
    ...m.p,
    day,
    startMs,
    endMs: startMs + (m.p.endMs - m.p.startMs),
    movedFrom: m.p.movedFrom ?? m.p.day,
    reason: 'conflict',
  };
  if (conflictWith.length > 0) p.conflictWith = conflictWith;
  return p;
}

/**
 * Every group's meetings whose Helsinki start is in `[fromDay, toDay]`, placed without conflicts
 * where the rules allow (see `scheduleFor`). Each ISO week-year is settled on its own, from the
 * meetings planned in it, so a narrower period gives a subset.
 *
 * @param region - the groups, and the region-wide role assignments their holders resolve through
 * @param fromDay - first epoch day
 * @param toDay - last epoch day
 * @returns the meetings, unsorted
 * @example
 * resolvedMeetings(etelaSavo, epochDay(2026, 2, 9), epochDay(2026, 2, 15)).map((m) => m.group.id);
 * // ['steering-group', 'early-support-workshops']: the coordinator's two meetings of that week
 */
export function resolvedMeetings(region: HolderSource, fromDay: number, toDay: number): ResolvedMeeting[] {
  const holdersOf = turnHolders(region);
  const firstYear = isoWeekYear(fromDay);
  const lastYear = isoWeekYear(toDay);
  const first = weekYearDays(firstYear)[0];
  const last = weekYearDays(lastYear)[1];
  const out: ResolvedMeeting[] = [];
  const blocks = new Map<number, Pending[]>();
  for (const group of region.groups) {
    const cadence = group.cadence;
    if (cadence === undefined) continue;
    const holders = meetingHolders(region, group).map((h) => h.holder.key);
    // Placement does not depend on the period, so one expansion serves every block.
    for (const p of expandPlaced(cadence, first, last, 'overlap')) {
      if (p.day < first || p.day > last) continue;
      const m: Pending = { p, group, holders: [...holders], room: 0 };
      const lead = group.rotation?.lead && rotationTurn(group.rotation.lead, cadence, p, holdersOf);
      const secretary = group.rotation?.secretary && rotationTurn(group.rotation.secretary, cadence, p, holdersOf);
      if (lead) m.lead = lead;
      if (secretary) m.secretary = secretary;
      for (const key of [...(lead?.holders ?? []), ...(secretary?.holders ?? [])]) {
        if (!m.holders.includes(key)) m.holders.push(key);
      }
      if (m.holders.length === 0) {
        // Nobody to keep apart: the cadence itself never puts two of its meetings on one day.
        const { room: _, ...meeting } = m;
        if (p.day >= fromDay && p.day <= toDay) out.push(meeting);
        continue;
      }
      const year = isoWeekYear(p.day);
      const block = blocks.get(year);
      if (block === undefined) blocks.set(year, [m]);
      else block.push(m);
    }
  }
  for (const [year, pending] of blocks) {
    const [a, b] = weekYearDays(year);
    for (const m of resolveBlock(pending, a, b)) {
      if (m.p.day >= fromDay && m.p.day <= toDay) out.push(m);
    }
  }
  return out;
}
