import { formatDate } from '@perhekeskus/core';
import { en as load } from '../common/en.js';
import type { AgreementStatusMessages } from './index.js';

const date = (iso: string) => formatDate(iso, 'en');

/** English. */
export const en: AgreementStatusMessages = {
  ...load,
  date,
  period: (start, end) => `Period ${date(start)}–${end ? date(end) : 'until further notice'}`,
  statusOn: (day) => `Status on ${date(day)}`,
  parties: (n, count) => `${n} ${count === 1 ? 'party' : 'parties'}`,
  counts: {
    signed: (n) => `${n} signed`,
    approved: (n) => `${n} approved, not signed yet`,
    declined: (n) => `${n} declined`,
    'to-act': (n) => `${n} still to act`,
  },
  entryKnown: (day) => `The agreement enters into force on ${date(day)}: every party has signed.`,
  entryPartial:
    'The entry-into-force date cannot be known yet: the party list is partial, so who still has to sign is not known.',
  entryAwaiting: (n, count) =>
    `The agreement enters into force once all have signed; ${n} ${count === 1 ? 'party has' : 'parties have'} not signed yet.`,
  entryNoParties: 'The entry-into-force date is not known: the agreement has no parties.',
  states: { signed: 'Signed', approved: 'Approved', declined: 'Declined', 'to-act': 'Still to act' },
  caption: "parties' decisions and signatures",
  columnParty: 'Party',
  columnState: 'Status',
  columnBody: 'Decided by',
  columnDate: 'Date',
  columnSection: '§',
  columnOutcome: 'Decision',
  columnSigner: 'Signer',
  columnSignature: 'Signature',
  noDecision: 'No decision',
  caseNumber: (value) => `case ${value}`,
  signed: (day) => `Signed ${date(day)}`,
  signaturePending: 'Signature pending',
  notSigned: 'Not signed',
  loading: 'Loading the agreement’s status…',
  loadFailed: 'The agreement data could not be loaded.',
  region: 'Region',
  exampleData: 'example data',
  dataIssues: (n) => `The agreement data has errors (${n}).`,
  dataIssuesKept: 'Rows with errors were left out.',
  dataUnusable: 'The agreement could not be shown.',
  settingsHeading: 'Settings that could not be used:',
  attribute: (name) => `attribute ${name}`,
  issue: (i) => {
    switch (i.kind) {
      case 'no-data':
        return 'give the address of published data (src); there is no built-in data.';
      case 'invalid':
        return `the address “${i.received ?? ''}” is not valid.`;
      case 'invalid-date':
        return `give the day as YYYY-MM-DD (e.g. 2026-03-01); got “${i.received ?? ''}”.`;
      case 'no-agreements':
        return 'the published data has no agreements (agreements.json).';
      case 'unknown-agreement':
        return `there is no agreement “${i.received ?? ''}”; the agreements: ${i.expected || 'none'}.`;
    }
  },
};
