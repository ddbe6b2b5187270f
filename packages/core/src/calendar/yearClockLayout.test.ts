import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../validation/parseInput.js';
import { yearClockLayout } from './yearClockLayout.js';
import type { YearClockRing } from './yearClockRing.js';

function ring(id: string, windows: [number, number][]): YearClockRing {
  return {
    id,
    label: { fi: id },
    entries: windows.map(([from, to], i) => ({
      id: `${id}-${i + 1}`,
      window: { from, to },
      title: { fi: `${from}–${to}` },
    })),
  };
}

/** The numbers of a path's commands, for checking its points. */
function commands(d: string): [string, number[]][] {
  return [...d.matchAll(/([MALZ])([^MALZ]*)/g)].map((m) => [
    m[1]!,
    m[2]!.trim() ? m[2]!.trim().split(/\s+/).map(Number) : [],
  ]);
}

describe('yearClockLayout', () => {
  it('puts January at the top, 0°–30°, and the months clockwise in 30° sectors (the TSDoc example)', () => {
    const layout = yearClockLayout([ring('meetings', [[3, 4]])]);
    expect(layout.months.map((m) => [m.month, m.startAngle, m.endAngle])).toEqual(
      Array.from({ length: 12 }, (_, i) => [i + 1, i * 30, i * 30 + 30]),
    );
    // January's label is just right of the top, July's just left of the bottom.
    const [jan, jul] = [layout.months[0]!, layout.months[6]!];
    expect(jan.labelX).toBeGreaterThan(layout.center);
    expect(jan.labelY).toBeLessThan(layout.center);
    expect(jul.labelX).toBeLessThan(layout.center);
    expect(jul.labelY).toBeGreaterThan(layout.center);
    // Names grow away from the rings: centred at the top and bottom, outward at the sides.
    expect(layout.months.map((m) => m.labelAnchor)).toEqual([
      'middle',
      'start',
      'start',
      'start',
      'start',
      'middle',
      'middle',
      'end',
      'end',
      'end',
      'end',
      'middle',
    ]);
    expect(layout.rings[0]!.arcs[0]).toMatchObject({
      startAngle: 60.75,
      endAngle: 119.25,
      lane: 0,
      ringId: 'meetings',
    });
  });

  it('draws a single month as one sector and a November–February window over the new year', () => {
    const [arcs] = yearClockLayout([
      ring('r', [
        [10, 10],
        [11, 2],
      ]),
    ]).rings.map((r) => r.arcs);
    expect(arcs!.map((a) => [a.entry.id, a.startAngle, a.endAngle])).toEqual([
      ['r-1', 270.75, 299.25],
      ['r-2', 300.75, 419.25],
    ]);
  });

  it('writes each arc as an annular sector: M, an outer arc clockwise, L, an inner arc back, Z', () => {
    const layout = yearClockLayout(
      [
        ring('r', [
          [1, 1],
          [3, 9],
          [11, 2],
          [1, 12],
        ]),
      ],
      { size: 200 },
    );
    for (const arc of layout.rings[0]!.arcs) {
      expect(arc.d).toMatch(/^M[-\d.]+ [-\d.]+A/);
      const parts = commands(arc.d);
      expect(parts.map(([c]) => c)).toEqual(['M', 'A', 'L', 'A', 'Z']);
      const [, outer] = parts[1]!;
      const [, inner] = parts[3]!;
      const large = arc.endAngle - arc.startAngle > 180 ? 1 : 0;
      expect(outer).toEqual([arc.outerRadius, arc.outerRadius, 0, large, 1, expect.any(Number), expect.any(Number)]);
      expect(inner).toEqual([arc.innerRadius, arc.innerRadius, 0, large, 0, expect.any(Number), expect.any(Number)]);
      // Every point lies on its circle, measured from the centre.
      const [m, a, l, b] = parts.map(([, numbers]) => numbers) as [number[], number[], number[], number[]];
      const distance = (x: number, y: number) => Math.hypot(x - layout.center, y - layout.center);
      expect(distance(m[0]!, m[1]!)).toBeCloseTo(arc.outerRadius, 1);
      expect(distance(a[5]!, a[6]!)).toBeCloseTo(arc.outerRadius, 1);
      expect(distance(l[0]!, l[1]!)).toBeCloseTo(arc.innerRadius, 1);
      expect(distance(b[5]!, b[6]!)).toBeCloseTo(arc.innerRadius, 1);
    }
  });

  it('gives each arc a label path along its middle that reads upright: clockwise on top, back on the bottom', () => {
    const layout = yearClockLayout([ring('r', [[1, 1]]), ring('s', [[7, 7]]), ring('t', [[11, 2]])], { size: 400 });
    const [january, july, winter] = layout.rings.map((r) => r.arcs[0]!);
    const sweep = (d: string) => commands(d)[1]![1][4];
    const start = (d: string) => commands(d)[0]![1];
    for (const arc of [january!, july!, winter!]) {
      const middle = (arc.innerRadius + arc.outerRadius) / 2;
      const [x, y] = start(arc.labelPath) as [number, number];
      expect(Math.hypot(x - layout.center, y - layout.center)).toBeCloseTo(middle, 1);
      expect(arc.labelLength).toBeCloseTo((middle * (arc.endAngle - arc.startAngle) * Math.PI) / 180, 1);
    }
    // January and the winter arc run clockwise from their start (left to right over the top) …
    expect(sweep(january!.labelPath)).toBe(1);
    expect(sweep(winter!.labelPath)).toBe(1);
    expect(start(january!.labelPath)[0]).toBeLessThan(commands(january!.labelPath)[1]![1][5]!);
    // … July's runs back from its end, so it too reads left to right at the bottom.
    expect(sweep(july!.labelPath)).toBe(0);
    expect(start(july!.labelPath)[0]).toBeLessThan(commands(july!.labelPath)[1]![1][5]!);
  });

  it('starts a January arc just right of the top and rounds to two decimals', () => {
    const layout = yearClockLayout([ring('r', [[1, 1]])], { size: 400 });
    const arc = layout.rings[0]!.arcs[0]!;
    const m = commands(arc.d)[0]![1];
    expect(m[0]).toBe(Math.round((200 + arc.outerRadius * Math.sin((0.75 * Math.PI) / 180)) * 100) / 100);
    expect(m[1]).toBeLessThan(200);
    expect(arc.d).not.toMatch(/\d\.\d{3}/);
    expect(arc.d).not.toMatch(/-0(?![.\d])/);
  });

  it('marks today in its month at the middle of the day: 1 Jan, 1 Jul, 31 Dec and 29 Feb of a leap year', () => {
    const angle = (today: string) => yearClockLayout([], { today }).today?.angle;
    expect(angle('2026-01-01')).toBe(0.48);
    expect(angle('2026-07-01')).toBe(180.48);
    expect(angle('2026-12-31')).toBe(359.52);
    expect(angle('2028-02-29')).toBe(59.48);
    expect(angle('2027-02-28')).toBe(59.46);
    expect(yearClockLayout([]).today).toBeUndefined();
    const { today, center, hubRadius, outerRadius } = yearClockLayout([], { today: '2026-07-01' });
    expect(today).toMatchObject({ date: '2026-07-01', x1: expect.any(Number), y2: expect.any(Number) });
    expect(Math.hypot(today!.x1 - center, today!.y1 - center)).toBeCloseTo(hubRadius, 1);
    expect(Math.hypot(today!.x2 - center, today!.y2 - center)).toBeCloseTo(outerRadius, 1);
    expect(today!.y2).toBeGreaterThan(center);
  });

  it('places the rings outermost first, each as wide as its lanes, between the hub and the outer radius', () => {
    const layout = yearClockLayout([
      ring('a', [[1, 2]]),
      ring('b', [
        [1, 3],
        [2, 4],
        [3, 5],
      ]),
    ]);
    const [a, b] = layout.rings as [(typeof layout.rings)[0], (typeof layout.rings)[0]];
    expect(a.outerRadius).toBe(layout.outerRadius);
    expect(b.innerRadius).toBeCloseTo(layout.hubRadius, 1);
    expect(a.innerRadius).toBeGreaterThan(b.outerRadius);
    expect([a.lanes, b.lanes]).toEqual([1, 3]);
    expect(b.outerRadius - b.innerRadius).toBeGreaterThan(2.5 * (a.outerRadius - a.innerRadius));
  });

  it('compact: a hub half as wide and thinner gaps, so the same rings get wider lanes', () => {
    const rings = Array.from({ length: 12 }, (_, i) => ring(`r${i}`, [[1, 2]]));
    const normal = yearClockLayout(rings, { size: 800 });
    const compact = yearClockLayout(rings, { size: 800, compact: true });
    expect([normal.hubRadius, compact.hubRadius]).toEqual([120, 60]);
    expect(compact.outerRadius).toBe(normal.outerRadius);
    const lane = (l: typeof normal) => l.rings[0]!.outerRadius - l.rings[0]!.innerRadius;
    // 12 rings: (336 − 120 − 11·6.4) / 12 ≈ 12.1 wide; compact (336 − 60 − 11·1.6) / 12 ≈ 21.5.
    expect(lane(normal)).toBeCloseTo(12.13, 1);
    expect(lane(compact)).toBeCloseTo(21.53, 1);
    expect(compact.rings.at(-1)!.innerRadius).toBeCloseTo(60, 1);
    expect(() => yearClockLayout(rings, { compact: 'yes' as unknown as boolean })).toThrow(/options\.compact/);
  });

  it('never lets two arcs of one lane share a month, and keeps every arc inside its ring', () => {
    const windows = fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 })), {
      maxLength: 10,
    });
    fc.assert(
      fc.property(fc.array(windows, { minLength: 1, maxLength: 4 }), (rings) => {
        const layout = yearClockLayout(rings.map((w, i) => ring(`r${i}`, w)));
        for (const r of layout.rings) {
          const used = new Map<string, string>();
          for (const arc of r.arcs) {
            expect(arc.innerRadius).toBeGreaterThanOrEqual(r.innerRadius - 0.01);
            expect(arc.outerRadius).toBeLessThanOrEqual(r.outerRadius + 0.01);
            expect(arc.endAngle - arc.startAngle).toBeGreaterThan(0);
            expect(arc.endAngle - arc.startAngle).toBeLessThan(360);
            for (let a = arc.startAngle; a < arc.endAngle; a += 30) {
              const key = `${arc.lane} ${Math.floor(a / 30) % 12}`;
              expect(used.has(key)).toBe(false);
              used.set(key, arc.entry.id);
            }
          }
          expect(r.lanes).toBe(Math.max(1, new Set(r.arcs.map((a) => a.lane)).size));
        }
      }),
    );
  });

  it('is deterministic and scales with size', () => {
    const rings = [
      ring('a', [
        [4, 5],
        [11, 12],
      ]),
    ];
    expect(yearClockLayout(rings)).toEqual(yearClockLayout(rings));
    const small = yearClockLayout(rings, { size: 200 });
    const large = yearClockLayout(rings, { size: 400 });
    expect(large.rings[0]!.arcs[1]!.outerRadius).toBeCloseTo(2 * small.rings[0]!.arcs[1]!.outerRadius, 1);
  });

  it('rejects duplicate ids, a bad window and a bad today', () => {
    expect(() => yearClockLayout([ring('a', []), ring('a', [])])).toThrow(/rings: Two rings share an id/);
    const twice = ring('a', [[1, 2]]);
    twice.entries.push({ ...twice.entries[0]! });
    expect(() => yearClockLayout([twice])).toThrow(/rings\[0\]\.entries: Two entries of the ring share an id/);
    expect(() => yearClockLayout([ring('a', [[0, 2]])])).toThrow(ValidationError);
    expect(() => yearClockLayout([], { today: '2026-02-29' })).toThrow(/options.today/);
    expect(() => yearClockLayout([], { size: 10 })).toThrow(/options.size/);
  });
});
