import * as z from 'zod/mini';
import { Coordinates, DateRange, FreeText, Id, LocalizedText, MunicipalityCode, SourceRef } from './common.js';
import { WebUrl } from './webUrl.js';

/** hyvinvointialue → `WellbeingCounty`: one of Finland's 21 wellbeing services counties (e.g. Eloisa). */
export const WellbeingCounty = z.strictObject({
  id: Id,
  name: LocalizedText,
  /**
   * The county's id in the national reference data (`wellbeingCounties()`: `etela-savo`,
   * `pohjanmaa`…). When given, the region's municipalities must be the county's.
   */
  nationalId: z.optional(Id),
  /** The brand name the county uses (Eloisa). */
  shortName: z.optional(FreeText),
  /** Earlier organisations whose work it continues (Essote, Sosteri). */
  predecessors: z.optional(z.array(FreeText)),
  web: z.optional(WebUrl),
  source: SourceRef,
});
export type WellbeingCounty = z.infer<typeof WellbeingCounty>;

/**
 * kunta → `Municipality`, with its official code and names, and a centre point for distances. In a
 * region file a municipality may be given by its code alone (`"681"`): its names then come from the
 * national reference data and it belongs to the region's county.
 */
export const Municipality = z.strictObject({
  code: MunicipalityCode,
  name: LocalizedText,
  /** Centre point (the municipal centre), WGS84; distances to the municipality need it. */
  centre: z.optional(Coordinates),
  /** The county it belongs to; absent means the region's own. */
  countyId: z.optional(Id),
  /** The family-centre area the municipality belongs to. */
  areaId: z.optional(Id),
  source: SourceRef,
});
export type Municipality = z.infer<typeof Municipality>;

/** perhekeskusalue → `FamilyCentreArea`: a region of the county served by one family centre. */
export const FamilyCentreArea = z.strictObject({
  id: Id,
  name: LocalizedText,
  countyId: Id,
  municipalityCodes: z.array(MunicipalityCode),
  source: SourceRef,
});
export type FamilyCentreArea = z.infer<typeof FamilyCentreArea>;

/** An operating period, e.g. a meeting place that opens at the start of 2026. */
export const OperatingPeriod = DateRange;
