import { finnishMunicipalities } from '../../reference/finnishMunicipalities.js';

/** Municipality names (Finnish, Swedish, Sámi), lower-case, to their codes; built on first use. */
let byName: Map<string, string> | undefined;

/**
 * Internal: the code of the Finnish municipality a name (`Juva`, `Korsholm`, `mustasaari`) names, by
 * its official Finnish, Swedish or Sámi name, case-insensitively; `undefined` for any other text.
 *
 * @param name - a municipality or city name as an HSDS address or service area gives it
 * @returns the three-digit code, or undefined
 * @example
 * hsdsMunicipalityCode('Korsholm'); // '499'
 */
export function hsdsMunicipalityCode(name: unknown): string | undefined {
  if (typeof name !== 'string') return undefined;
  if (byName === undefined) {
    byName = new Map();
    for (const m of finnishMunicipalities())
      for (const value of Object.values(m.name)) if (value) byName.set(value.toLowerCase(), m.code);
  }
  return byName.get(name.trim().toLowerCase());
}
