import type { LoadMessages } from '../common.js';

/** The shared loading strings in English. */
export const en: LoadMessages = {
  loadFailedHttp: (status) => `The server answered with an error (HTTP ${status}).`,
  loadFailedNetwork: 'The file could not be fetched. Check the network connection.',
  loadFailedJson: 'The file is not valid JSON.',
  retry: 'Try again',
  moreIssues: (n) => `…and ${n} more.`,
};
