import * as z from 'zod/mini';
import { Coordinates, DateRange, Id, MunicipalityCode, SourceRef, TrilingualText } from './common.js';

/** hyvinvointialue → `WellbeingCounty`: one of Finland's 21 wellbeing services counties (e.g. Eloisa). */
export const WellbeingCounty = z.strictObject({
  id: Id,
  name: TrilingualText,
  /** The brand name the county uses (Eloisa). */
  shortName: z.optional(z.string()),
  /** Earlier organisations whose work it continues (Essote, Sosteri). */
  predecessors: z.optional(z.array(z.string())),
  web: z.optional(z.string().check(z.url())),
  source: SourceRef,
});
export type WellbeingCounty = z.infer<typeof WellbeingCounty>;

/** kunta → `Municipality`, with its official code, names and a centre point for distances. */
export const Municipality = z.strictObject({
  code: MunicipalityCode,
  name: z.strictObject({ fi: z.string(), sv: z.string(), en: z.optional(z.string()) }),
  /** Centre point (the municipal centre), WGS84. */
  centre: Coordinates,
  countyId: Id,
  /** The family-centre area the municipality belongs to. */
  areaId: z.optional(Id),
  source: SourceRef,
});
export type Municipality = z.infer<typeof Municipality>;

/** perhekeskusalue → `FamilyCentreArea`: a region of the county served by one family centre. */
export const FamilyCentreArea = z.strictObject({
  id: Id,
  name: TrilingualText,
  countyId: Id,
  municipalityCodes: z.array(MunicipalityCode),
  source: SourceRef,
});
export type FamilyCentreArea = z.infer<typeof FamilyCentreArea>;

/** An operating period, e.g. a meeting place that opens at the start of 2026. */
export const OperatingPeriod = DateRange;
