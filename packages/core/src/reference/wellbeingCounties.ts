import { COUNTY_ROWS, MUNICIPALITY_ROWS } from './municipalityData.js';
import type { ReferenceCounty } from './referenceTypes.js';

// Built on first call, not at import, like the municipality list.
let cache: readonly ReferenceCounty[] | undefined;

function build(): readonly ReferenceCounty[] {
  return Object.freeze(
    COUNTY_ROWS.map(([id, sourceCode, fi, sv]) =>
      Object.freeze({
        id,
        sourceCode,
        name: Object.freeze({ fi, sv }),
        // The rows are sorted by code, so the codes come out sorted too.
        municipalityCodes: Object.freeze(MUNICIPALITY_ROWS.filter((row) => row[3] === id).map((row) => row[0])),
      }),
    ),
  );
}

/**
 * Finland's 21 wellbeing services counties (hyvinvointialueet) with their municipalities. Helsinki and
 * Åland are in none of them.
 *
 * The list and its objects are frozen and shared: every call returns the same array.
 *
 * @returns the counties, sorted by id
 * @example
 * const counties = wellbeingCounties();
 * counties.length; // 21
 * counties[0]?.id; // 'etela-karjala'
 * counties.find((c) => c.id === 'etela-savo')?.name.sv; // 'Södra Savolax välfärdsområde'
 */
export function wellbeingCounties(): readonly ReferenceCounty[] {
  cache ??= build();
  return cache;
}
