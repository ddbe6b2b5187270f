import type { IsoDate } from '../../model/common.js';
import { daysInMonth } from '../../time/calendarDay.js';
import type { YearClockRing, YearClockRingEntry } from '../yearClockRing.js';

/** Options of {@link yearClockLayout}: the viewBox `size` (default 400), the `today` to mark, and `compact`. */
export interface YearClockLayoutOptionsParts {
  readonly size?: number | undefined;
  readonly today?: IsoDate | undefined;
  /** A smaller hub and thinner gaps between rings, so that many rings (a whole action plan) get wider lanes. */
  readonly compact?: boolean | undefined;
}

/** One month's sector: 30° of the circle. */
export interface YearClockMonth {
  /** 1 = January. */
  readonly month: number;
  readonly startAngle: number;
  readonly endAngle: number;
  /** The sector over all rings (an annular sector path), e.g. for alternate shading. */
  readonly d: string;
  /** Where the month's name goes: just outside the rings, in the middle of the sector. */
  readonly labelX: number;
  readonly labelY: number;
  /**
   * How to anchor the name at that point (SVG `text-anchor`) so that it grows away from the rings:
   * `start` on the right-hand side, `end` on the left, `middle` near the top and bottom.
   */
  readonly labelAnchor: 'start' | 'middle' | 'end';
}

/** One entry drawn as an arc. */
export interface YearClockArc {
  readonly entry: YearClockRingEntry;
  readonly ringId: string;
  /** The lane within the ring, 0 = outermost; entries whose months overlap get different lanes. */
  readonly lane: number;
  /** Degrees clockwise from the top; `endAngle` > `startAngle` and may pass 360 for a window over the new year. */
  readonly startAngle: number;
  readonly endAngle: number;
  readonly innerRadius: number;
  readonly outerRadius: number;
  /** SVG path of the annular sector: `M … A … L … A … Z`. */
  readonly d: string;
  /** The arc's middle, for a short label or a focus ring. */
  readonly labelX: number;
  readonly labelY: number;
  /**
   * An SVG path along the arc's middle radius for a label on it (`<textPath>`), running so that text
   * reads upright: clockwise on the upper half of the clock, anticlockwise on the lower half.
   */
  readonly labelPath: string;
  /** The length of `labelPath`, in viewBox units: how long a label can be. */
  readonly labelLength: number;
}

/** One ring, with its arcs. */
export interface YearClockRingLayout {
  readonly id: string;
  readonly label: YearClockRing['label'];
  readonly innerRadius: number;
  readonly outerRadius: number;
  readonly lanes: number;
  /** At the top of the ring, on its middle radius. */
  readonly labelX: number;
  readonly labelY: number;
  /** In order of their first month, then longest first, then id. */
  readonly arcs: YearClockArc[];
}

/** Everything an SVG year clock draws, as numbers and path strings. */
export interface YearClockLayout {
  readonly size: number;
  /** The centre is at (`center`, `center`). */
  readonly center: number;
  /** Radius of the empty middle (for a title); the innermost ring starts here. */
  readonly hubRadius: number;
  /** Outer radius of the outermost ring; month labels sit outside it. */
  readonly outerRadius: number;
  readonly months: YearClockMonth[];
  readonly rings: YearClockRingLayout[];
  /** A line from the hub to the outer radius at today's angle, when `today` is given. */
  readonly today?: {
    readonly date: string;
    readonly angle: number;
    readonly x1: number;
    readonly y1: number;
    readonly x2: number;
    readonly y2: number;
  };
}

/** Degrees of padding at each end of an arc, so that neighbouring windows do not touch. */
const ARC_PADDING = 0.75;

/** Rounds to two decimals, without a negative zero, so the output is short and deterministic. */
function round(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

/** The point at `angle` degrees clockwise from the top, `radius` from the centre, in SVG coordinates (y down). */
function point(center: number, radius: number, angle: number): [number, number] {
  const radians = (angle * Math.PI) / 180;
  return [round(center + radius * Math.sin(radians)), round(center - radius * Math.cos(radians))];
}

/** An annular sector from `start` to `end` degrees (clockwise, `end` > `start`, less than 360° apart). */
function sectorPath(center: number, inner: number, outer: number, start: number, end: number): string {
  const large = end - start > 180 ? 1 : 0;
  const [ax, ay] = point(center, outer, start);
  const [bx, by] = point(center, outer, end);
  const [cx, cy] = point(center, inner, end);
  const [dx, dy] = point(center, inner, start);
  const ro = round(outer);
  const ri = round(inner);
  // Sweep flag 1 draws clockwise on screen (y grows downwards); the inner arc returns anticlockwise.
  return `M${ax} ${ay}A${ro} ${ro} 0 ${large} 1 ${bx} ${by}L${cx} ${cy}A${ri} ${ri} 0 ${large} 0 ${dx} ${dy}Z`;
}

/**
 * An arc along `radius` from `start` to `end` degrees, for a label: clockwise when its middle is on the
 * upper half (text on it reads left to right, upright), else drawn back from `end` to `start`, so
 * that text along the bottom of the clock is not upside down.
 */
function labelArcPath(center: number, radius: number, start: number, end: number): string {
  const middle = ((((start + end) / 2) % 360) + 360) % 360;
  const upright = middle <= 90 || middle >= 270;
  const large = end - start > 180 ? 1 : 0;
  const [ax, ay] = point(center, radius, upright ? start : end);
  const [bx, by] = point(center, radius, upright ? end : start);
  const r = round(radius);
  return `M${ax} ${ay}A${r} ${r} 0 ${large} ${upright ? 1 : 0} ${bx} ${by}`;
}

/** The months a window covers, as a 12-bit mask (bit 0 = January), and its length in months. */
function monthsOf(window: YearClockRingEntry['window']): { mask: number; span: number } {
  const span = window.from <= window.to ? window.to - window.from + 1 : 12 - window.from + window.to + 1;
  let mask = 0;
  for (let i = 0; i < span; i++) mask |= 1 << ((window.from - 1 + i) % 12);
  return { mask, span };
}

/**
 * The geometry of an SVG year clock (vuosikello) for rings and options already validated, as the main
 * entry's `yearClockLayout` describes it (which checks its arguments and then calls this): twelve
 * month sectors with January at the top running clockwise, rings outermost first with overlapping
 * entries in lanes, arcs less 0.75° at each end, each with a path along its middle for an upright
 * label, and the today marker in its day's slot of its month.
 * The arcs carry the entries given, not copies.
 *
 * @param rings - the rings, outermost first (valid; ring ids unique, entry ids unique within a ring; not checked)
 * @param options - `size` of the square viewBox (100–4000, default 400), `today` (`YYYY-MM-DD`) to mark, and
 *   `compact` (a hub of 7.5 % of the size instead of 15 %, gaps of 0.2 % instead of 0.8 %) (not checked)
 * @returns months, rings with their arcs and SVG paths, and the today marker
 * @example
 * const layout = yearClockLayout([{ id: 'meetings', label: { fi: 'Kokoukset' },
 *   entries: [{ id: 'regional', window: { from: 3, to: 4 }, title: { fi: 'Maakunnallinen tapaaminen' } }] }]);
 * layout.months[0]; // { month: 1, startAngle: 0, endAngle: 30, … }
 * layout.rings[0].arcs[0]; // { startAngle: 60.75, endAngle: 119.25, d: 'M…A…Z', … }
 */
export function yearClockLayout(
  rings: readonly YearClockRing[],
  options: YearClockLayoutOptionsParts = {},
): YearClockLayout {
  const { size = 400, today, compact = false } = options;
  const center = size / 2;
  const outerRadius = size * 0.42;
  // Compact: the hub keeps room for the year only, and rings are told apart by colour more than by gaps.
  const hubRadius = size * (compact ? 0.075 : 0.15);
  const labelRadius = outerRadius + size * 0.025;
  const ringGap = size * (compact ? 0.002 : 0.008);

  const months: YearClockMonth[] = [];
  for (let month = 1; month <= 12; month++) {
    const startAngle = (month - 1) * 30;
    const [labelX, labelY] = point(center, labelRadius, startAngle + 15);
    // sin of the angle from the top: > 0 on the right half. Near the top and bottom, centre the name.
    const side = Math.sin(((startAngle + 15) * Math.PI) / 180);
    months.push({
      month,
      startAngle,
      endAngle: startAngle + 30,
      d: sectorPath(center, hubRadius, outerRadius, startAngle, startAngle + 30),
      labelX,
      labelY,
      labelAnchor: side > 0.3 ? 'start' : side < -0.3 ? 'end' : 'middle',
    });
  }

  const placed = rings.map((ring) => {
    const items = ring.entries
      .map((entry) => ({ entry, ...monthsOf(entry.window) }))
      .sort(
        (a, b) =>
          a.entry.window.from - b.entry.window.from ||
          b.span - a.span ||
          (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0),
      );
    const laneMasks: number[] = [];
    const lanes = items.map((item) => {
      let lane = laneMasks.findIndex((mask) => (mask & item.mask) === 0);
      if (lane === -1) lane = laneMasks.push(0) - 1;
      laneMasks[lane]! |= item.mask;
      return lane;
    });
    return { ring, items, lanes, laneCount: Math.max(1, laneMasks.length) };
  });

  const totalLanes = placed.reduce((sum, p) => sum + p.laneCount, 0);
  const laneWidth = totalLanes === 0 ? 0 : (outerRadius - hubRadius - ringGap * (rings.length - 1)) / totalLanes;
  let ringOuter = outerRadius;
  const ringLayouts: YearClockRingLayout[] = placed.map(({ ring, items, lanes, laneCount }) => {
    const ringInner = ringOuter - laneCount * laneWidth;
    const arcs = items.map((item, i): YearClockArc => {
      const lane = lanes[i]!;
      const outer = ringOuter - lane * laneWidth - (lane > 0 ? ringGap / 2 : 0);
      const inner = ringOuter - (lane + 1) * laneWidth + (lane < laneCount - 1 ? ringGap / 2 : 0);
      const startAngle = (item.entry.window.from - 1) * 30 + ARC_PADDING;
      const endAngle = (item.entry.window.from - 1 + item.span) * 30 - ARC_PADDING;
      const middle = (inner + outer) / 2;
      const [labelX, labelY] = point(center, middle, (startAngle + endAngle) / 2);
      return {
        entry: item.entry,
        ringId: ring.id,
        lane,
        startAngle,
        endAngle,
        innerRadius: round(inner),
        outerRadius: round(outer),
        d: sectorPath(center, inner, outer, startAngle, endAngle),
        labelX,
        labelY,
        labelPath: labelArcPath(center, middle, startAngle, endAngle),
        labelLength: round((middle * (endAngle - startAngle) * Math.PI) / 180),
      };
    });
    const [labelX, labelY] = point(center, (ringInner + ringOuter) / 2, 0);
    const layout: YearClockRingLayout = {
      id: ring.id,
      label: ring.label,
      innerRadius: round(ringInner),
      outerRadius: round(ringOuter),
      lanes: laneCount,
      labelX,
      labelY,
      arcs,
    };
    ringOuter = ringInner - ringGap;
    return layout;
  });

  const result: YearClockLayout = {
    size,
    center,
    hubRadius: round(hubRadius),
    outerRadius: round(outerRadius),
    months,
    rings: ringLayouts,
  };
  if (today === undefined) return result;
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const angle = round((month - 1) * 30 + (30 * (day - 0.5)) / daysInMonth(year, month));
  const [x1, y1] = point(center, hubRadius, angle);
  const [x2, y2] = point(center, outerRadius, angle);
  return { ...result, today: { date: today, angle, x1, y1, x2, y2 } };
}
