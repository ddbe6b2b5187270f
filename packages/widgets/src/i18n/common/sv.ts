import type { LoadMessages } from '../common.js';

/** The shared loading strings in Swedish. */
export const sv: LoadMessages = {
  loadFailedHttp: (status) => `Servern svarade med ett fel (HTTP ${status}).`,
  loadFailedNetwork: 'Filen kunde inte hämtas. Kontrollera nätverksanslutningen.',
  loadFailedJson: 'Filen är inte giltig JSON.',
  retry: 'Försök igen',
  moreIssues: (n) => `…och ${n} fel till.`,
};
