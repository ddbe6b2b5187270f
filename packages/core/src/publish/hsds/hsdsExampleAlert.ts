import type { ContentLanguage } from '../../model/common.js';

/**
 * The alert an exported example row carries (`service.alert`), per interface language: HSDS has no
 * flag for invented rows, and an example must stay marked as one wherever it goes. The import reads
 * any of these back as `example: true`.
 */
const EXAMPLE_ALERT = {
  fi: 'Esimerkkitieto: keksitty rivi, ei todellinen palvelu.',
  sv: 'Exempeldata: en påhittad rad, ingen verklig tjänst.',
  en: 'Example data: an invented row, not a real service.',
} as const;

/**
 * The alert that marks an exported example row, in the export's language (English for a language
 * other than Finnish or Swedish).
 *
 * @param language - the export's language
 * @returns the sentence for `service.alert`
 * @example
 * hsdsExampleAlert('sv'); // 'Exempeldata: en påhittad rad, ingen verklig tjänst.'
 */
export function hsdsExampleAlert(language: ContentLanguage): string {
  return language === 'fi' || language === 'sv' ? EXAMPLE_ALERT[language] : EXAMPLE_ALERT.en;
}

/**
 * Whether a service's alert is the example marking {@link hsdsExampleAlert} writes, in any language.
 *
 * @param alert - `service.alert` of an HSDS row
 * @returns true for an exported example row
 * @example
 * isHsdsExampleAlert('Example data: an invented row, not a real service.'); // true
 * isHsdsExampleAlert('Closed for the summer'); // false
 */
export function isHsdsExampleAlert(alert: unknown): boolean {
  return typeof alert === 'string' && Object.values(EXAMPLE_ALERT).some((text) => text === alert.trim());
}
