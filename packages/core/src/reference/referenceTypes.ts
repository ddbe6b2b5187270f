/**
 * kunta → `ReferenceMunicipality`: a municipality of Finland as the national reference list gives it
 * (Statistics Finland's municipality classification, see `MUNICIPALITY_REFERENCE_SOURCE`). Smaller
 * than the model's `Municipality`: no centre point and no family-centre area, which are a region's own
 * data, not national facts.
 *
 * Values returned by this module are frozen and shared between callers.
 */
export interface ReferenceMunicipality {
  /** Official three-digit municipality code (`681` = Rantasalmi). */
  readonly code: string;
  /**
   * The official names: Finnish and Swedish for every municipality (the same word where the
   * municipality has no separate Swedish name), and Sámi names for the four municipalities of the Sámi
   * homeland: `se` North Sámi, `smn` Inari Sámi, `sms` Skolt Sámi (see `SAMI_NAMES_SOURCE`).
   */
  readonly name: {
    readonly fi: string;
    readonly sv: string;
    readonly se?: string;
    readonly smn?: string;
    readonly sms?: string;
  };
  /**
   * The wellbeing services county it belongs to (`etela-savo`). Absent, not undefined, for Helsinki
   * and the 16 Åland municipalities, which belong to none.
   */
  readonly countyId?: string;
}

/**
 * hyvinvointialue → `ReferenceCounty`: one of Finland's 21 wellbeing services counties as the national
 * reference list gives it. Frozen and shared between callers.
 */
export interface ReferenceCounty {
  /**
   * A readable, stable id: the Finnish name without "hyvinvointialue", in the nominative and in ASCII
   * (`etela-savo`, `lappi`, `vantaa-kerava`).
   */
  readonly id: string;
  /** The source's short letter id (`ES`, `PO`). Not an official code: do not show it or store it as one. */
  readonly sourceCode: string;
  /** The official names, as in the source (`Etelä-Savon hyvinvointialue`, `Södra Savolax välfärdsområde`). */
  readonly name: { readonly fi: string; readonly sv: string };
  /** Codes of its municipalities, sorted. */
  readonly municipalityCodes: readonly string[];
}
