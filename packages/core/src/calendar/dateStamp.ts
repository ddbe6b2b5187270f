/** Internal: a `YYYY-MM-DD` date as `YYYYMMDD`, the form ids and iCalendar UIDs use. */
export function dateStamp(date: string): string {
  return date.replaceAll('-', '');
}

/**
 * Internal: makes ids unique in order of appearance: the first keeps `base`, later ones get `-2`,
 * `-3`, … (as `occurrencesToEvents` numbers UIDs), counted per base so other ids never shift them.
 */
export function numberedIds(bases: readonly string[]): string[] {
  const counts = new Map<string, number>();
  return bases.map((base) => {
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
