/**
 * The label of a ring drawn from an evaluation calendar, in every interface language at once: the
 * ring's label is data text (shown by the display rule, marked when in another language), so the
 * element needs all three whatever language it speaks; each catalogue's `evaluationRing` takes its own.
 */
export const evaluationRingLabel = {
  fi: 'Arviointi ja seuranta',
  sv: 'Utvärdering och uppföljning',
  en: 'Evaluation and follow-up',
} as const;
