/**
 * The seed documents the built-in Etelä-Savo data cites, by exact file name (see
 * /work/shared/seeds/README.md). Every row's `source.document` is one of these.
 */
export const seedDocuments = {
  /** Rantasalmi approves the 2026–2029 agreement: HYSIVLTK 29.09.2025 § 85, KHALL 03.11.2025 § 331. */
  rantasalmiDecision2025: '000_a8f13f1475d46feb.txt',
  /** The 2022–2023 partnership agreement, sections 1–24. */
  agreement2022: '001_1f0cfa8de756862d.txt',
  /** The family-centre action plan 2026–2029. */
  actionPlan2026: '002_0186ec03f3bf117b.txt',
  /** Juva approves the 2024–2025 agreement: SIVLTK 13.02.2024 § 6. */
  juvaDecision2024: '003_f673a2e3f566afa2.txt',
  /** Kuntaliitto's national status review of family centres and student-welfare groups. */
  nationalReview: '004_b60f716d6d14d302.txt',
} as const;

/** The file name of one seed document. */
export type SeedDocument = (typeof seedDocuments)[keyof typeof seedDocuments];

export const S000 = seedDocuments.rantasalmiDecision2025;
export const S001 = seedDocuments.agreement2022;
export const S002 = seedDocuments.actionPlan2026;
export const S003 = seedDocuments.juvaDecision2024;
export const S004 = seedDocuments.nationalReview;
