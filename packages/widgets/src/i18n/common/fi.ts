import type { LoadMessages } from '../common.js';

/** The shared loading strings in Finnish. */
export const fi: LoadMessages = {
  loadFailedHttp: (status) => `Palvelin vastasi virheellä (HTTP ${status}).`,
  loadFailedNetwork: 'Tiedostoa ei saatu haettua. Tarkista verkkoyhteys.',
  loadFailedJson: 'Tiedosto ei ole kelvollista JSON-muotoa.',
  retry: 'Yritä uudelleen',
  moreIssues: (n) => `…ja ${n} muuta virhettä.`,
};
