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

/** A meeting waiting for its day, with what orders it among the others. */
interface Pending {
  meeting: ResolvedMeeting;
  /** How many working days it may be on inside the block. */
  room: number;
  /** {@link KIND_RANK} of its cadence. */
  rank: number;
}

/**
 * One ISO week-year's days, as offsets from its first Monday: which are working days, and how many
 * working days come before each, so that a meeting's room is counted per range, not per day.
 */
interface Block {
  first: number;
  last: number;
  working: Uint8Array;
  /** `before[i]`: working days among offsets 0…i − 1. */
  before: Int32Array;
}

function blockOf(first: number, last: number): Block {
  const length = last - first + 1;
  const working = new Uint8Array(length);
  const before = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) {
    working[i] = nonWorkingReason(first + i) === undefined ? 1 : 0;
    before[i + 1] = (before[i] as number) + (working[i] as number);
  }
  return { first, last, working, before };
}

/** Holder key (or group id) → the groups meeting on each offset (a day, or a week's index) of the block. */
type Busy = Map<string, (string[] | undefined)[]>;

function busyAt(busy: Busy, key: string, index: number): readonly string[] {
  return busy.get(key)?.[index] ?? [];
}

function mark(busy: Busy, key: string, index: number, groupId: string): void {
  let slots = busy.get(key);
  if (slots === undefined) {
    slots = [];
    busy.set(key, slots);
  }
  const list = slots[index];
  if (list === undefined) slots[index] = [groupId];
  else list.push(groupId);
}

function roomOf(p: Placed, block: Block): number {
  let n = 0;
  for (const [a, b] of p.range) {
    const lo = Math.max(a, block.first) - block.first;
    const hi = Math.min(b, block.last) - block.first;
    if (lo <= hi) n += (block.before[hi + 1] as number) - (block.before[lo] as number);
  }
  return n;
}

function allowed(p: Placed, day: number, block: Block): boolean {
  if (day < block.first || day > block.last || block.working[day - block.first] === 0) return false;
  return p.range.some(([a, b]) => day >= a && day <= b);
}

/**
 * The first working day in the meeting's range and the block that `ok` accepts: its own day, then 1
 * day later, 1 earlier, 2 later, … (the order of a holiday move).
 */
function nearest(p: Placed, block: Block, ok: (day: number) => boolean): number | undefined {
  const lo = Math.max(block.first, p.range[0]?.[0] ?? p.day);
  const hi = Math.min(block.last, p.range[p.range.length - 1]?.[1] ?? p.day);
  for (let k = 0; p.day + k <= hi || p.day - k >= lo; k++) {
    if (allowed(p, p.day + k, block) && ok(p.day + k)) return p.day + k;
    if (k > 0 && allowed(p, p.day - k, block) && ok(p.day - k)) return p.day - k;
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
  const block = blockOf(first, last);
  for (const m of pending) m.room = roomOf(m.meeting.p, block);
  pending.sort(
    (a, b) =>
      a.room - b.room ||
      a.rank - b.rank ||
      (a.meeting.group.id < b.meeting.group.id ? -1 : a.meeting.group.id > b.meeting.group.id ? 1 : 0) ||
      a.meeting.p.day - b.meeting.p.day,
  );

  // Days and weeks as offsets in the block, which starts on a Monday: the week of a day is its offset ÷ 7.
  const dayOf = (day: number) => day - first;
  const weekOf = (day: number) => Math.floor((day - first) / 7);
  const byDay: Busy = new Map();
  const byWeek: Busy = new Map();
  const ownDay: Busy = new Map();
  const free = (m: ResolvedMeeting, day: number) =>
    busyAt(ownDay, m.group.id, dayOf(day)).length === 0 &&
    m.holders.every(
      (k) => busyAt(byDay, k, dayOf(day)).length === 0 && busyAt(byWeek, k, weekOf(day)).length < WEEK_LIMIT,
    );
  const out: ResolvedMeeting[] = [];
  for (const { meeting: m } of pending) {
    const home = m.p.day;
    const day = nearest(m.p, block, (d) => free(m, d));
    if (day === undefined) {
      const clash = m.holders.filter(
        (k) => busyAt(byDay, k, dayOf(home)).length > 0 || busyAt(byWeek, k, weekOf(home)).length >= WEEK_LIMIT,
      );
      if (clash.length > 0) m.clash = clash;
    } else if (day !== home) {
      const others = new Set<string>(busyAt(ownDay, m.group.id, dayOf(home)));
      for (const k of m.holders) {
        for (const id of busyAt(byDay, k, dayOf(home))) others.add(id);
        const week = busyAt(byWeek, k, weekOf(home));
        if (week.length >= WEEK_LIMIT) for (const id of week) others.add(id);
      }
      m.p = moved(m, day, [...others].sort());
    }
    const at = m.p.day;
    mark(ownDay, m.group.id, dayOf(at), m.group.id);
    for (const k of m.holders) {
      mark(byDay, k, dayOf(at), m.group.id);
      mark(byWeek, k, weekOf(at), m.group.id);
    }
    out.push(m);
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
function moved(m: ResolvedMeeting, day: number, conflictWith: string[]): Placed {
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
    const rank = KIND_RANK[cadence.kind] ?? 0;
    // Placement does not depend on the period, so one expansion serves every block.
    for (const p of expandPlaced(cadence, first, last, 'overlap')) {
      if (p.day < first || p.day > last) continue;
      const m: ResolvedMeeting = { p, group, holders: [...holders] };
      const lead = group.rotation?.lead && rotationTurn(group.rotation.lead, cadence, p, holdersOf);
      const secretary = group.rotation?.secretary && rotationTurn(group.rotation.secretary, cadence, p, holdersOf);
      if (lead) m.lead = lead;
      if (secretary) m.secretary = secretary;
      for (const key of [...(lead?.holders ?? []), ...(secretary?.holders ?? [])]) {
        if (!m.holders.includes(key)) m.holders.push(key);
      }
      if (m.holders.length === 0) {
        // Nobody to keep apart: the cadence itself never puts two of its meetings on one day.
        if (p.day >= fromDay && p.day <= toDay) out.push(m);
        continue;
      }
      const year = isoWeekYear(p.day);
      const entry: Pending = { meeting: m, room: 0, rank };
      const block = blocks.get(year);
      if (block === undefined) blocks.set(year, [entry]);
      else block.push(entry);
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
