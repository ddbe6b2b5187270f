import { formatDate } from '@perhekeskus/core';
import { sv as load } from '../common/sv.js';
import type { AgreementStatusMessages } from './index.js';

const date = (iso: string) => formatDate(iso, 'sv');

/** Swedish. */
export const sv: AgreementStatusMessages = {
  ...load,
  date,
  period: (start, end) => `Avtalsperiod ${date(start)}–${end ? date(end) : 'tills vidare'}`,
  statusOn: (day) => `Läget ${date(day)}`,
  parties: (n, count) => `${n} ${count === 1 ? 'part' : 'parter'}`,
  counts: {
    signed: (n) => `${n} undertecknat`,
    approved: (n) => `${n} godkänt, ännu inte undertecknat`,
    declined: (n) => `${n} avslagit`,
    'to-act': (n) => `${n} ännu inte agerat`,
  },
  entryKnown: (day) => `Avtalet träder i kraft ${date(day)}: alla parter har undertecknat.`,
  entryPartial:
    'Dagen för ikraftträdandet kan ännu inte vara känd: partsförteckningen är ofullständig, så man vet inte vilka som ännu ska underteckna.',
  entryAwaiting: (n, count) =>
    `Avtalet träder i kraft när alla har undertecknat; ${n} ${count === 1 ? 'part har' : 'parter har'} ännu inte undertecknat.`,
  entryNoParties: 'Dagen för ikraftträdandet är inte känd: avtalet har inga parter.',
  states: { signed: 'Undertecknat', approved: 'Godkänt', declined: 'Avslagit', 'to-act': 'Ännu inte agerat' },
  caption: 'parternas beslut och underskrifter',
  columnParty: 'Part',
  columnState: 'Läge',
  columnBody: 'Beslutande organ',
  columnDate: 'Dag',
  columnSection: '§',
  columnOutcome: 'Beslut',
  columnSigner: 'Undertecknare',
  columnSignature: 'Underskrift',
  noDecision: 'Inget beslut',
  caseNumber: (value) => `dnr ${value}`,
  signed: (day) => `Undertecknat ${date(day)}`,
  signaturePending: 'Underskriften väntar',
  notSigned: 'Inte undertecknat',
  loading: 'Läget för avtalet laddas…',
  loadFailed: 'Avtalsuppgifterna kunde inte laddas.',
  region: 'Område',
  exampleData: 'exempeldata',
  dataIssues: (n) => `Avtalsuppgifterna har fel (${n}).`,
  dataIssuesKept: 'Felaktiga rader lämnades bort.',
  dataUnusable: 'Avtalet kunde inte visas.',
  settingsHeading: 'Inställningar som inte kunde användas:',
  attribute: (name) => `attributet ${name}`,
  issue: (i) => {
    switch (i.kind) {
      case 'no-data':
        return 'ange adressen till publicerade data (src); det finns inga inbyggda data.';
      case 'invalid':
        return `adressen ”${i.received ?? ''}” duger inte.`;
      case 'invalid-date':
        return `dagen ska anges som ÅÅÅÅ-MM-DD (t.ex. 2026-03-01); nu ”${i.received ?? ''}”.`;
      case 'no-agreements':
        return 'de publicerade data har inga avtal (agreements.json).';
      case 'unknown-agreement':
        return `avtalet ”${i.received ?? ''}” finns inte; avtalen: ${i.expected || 'inga'}.`;
    }
  },
};
