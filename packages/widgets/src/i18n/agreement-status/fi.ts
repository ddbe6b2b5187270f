import { formatDate } from '@perhekeskus/core';
import { fi as load } from '../common/fi.js';
import type { AgreementStatusMessages } from './index.js';

const date = (iso: string) => formatDate(iso, 'fi');

/** Finnish. */
export const fi: AgreementStatusMessages = {
  ...load,
  date,
  period: (start, end) => `Sopimuskausi ${date(start)}–${end ? date(end) : 'toistaiseksi'}`,
  statusOn: (day) => `Tilanne ${date(day)}`,
  parties: (n, count) => `${n} ${count === 1 ? 'osapuoli' : 'osapuolta'}`,
  counts: {
    signed: (n) => `${n} allekirjoittanut`,
    approved: (n) => `${n} hyväksynyt, ei vielä allekirjoittanut`,
    declined: (n) => `${n} hylännyt`,
    'to-act': (n) => `${n} vielä toimimatta`,
  },
  entryKnown: (day) => `Sopimus tulee voimaan ${date(day)}: kaikki osapuolet ovat allekirjoittaneet.`,
  entryPartial:
    'Voimaantulopäivää ei voi vielä tietää: osapuolten luettelo on osittainen, joten ei tiedetä, ketkä vielä allekirjoittavat.',
  entryAwaiting: (n, count) =>
    `Sopimus tulee voimaan, kun kaikki ovat allekirjoittaneet; ${n} ${count === 1 ? 'osapuoli ei ole' : 'osapuolta ei ole'} vielä allekirjoittanut.`,
  entryNoParties: 'Voimaantulopäivää ei tiedetä: sopimuksella ei ole osapuolia.',
  states: { signed: 'Allekirjoittanut', approved: 'Hyväksynyt', declined: 'Hylännyt', 'to-act': 'Vielä toimimatta' },
  caption: 'osapuolten päätökset ja allekirjoitukset',
  columnParty: 'Osapuoli',
  columnState: 'Tilanne',
  columnBody: 'Päättäjä',
  columnDate: 'Päivä',
  columnSection: '§',
  columnOutcome: 'Päätös',
  columnSigner: 'Allekirjoittaja',
  columnSignature: 'Allekirjoitus',
  noDecision: 'Ei päätöstä',
  caseNumber: (value) => `dnro ${value}`,
  signed: (day) => `Allekirjoitettu ${date(day)}`,
  signaturePending: 'Odottaa allekirjoitusta',
  notSigned: 'Ei allekirjoitettu',
  loading: 'Ladataan sopimuksen tilannetta…',
  loadFailed: 'Sopimustietoja ei voitu ladata.',
  region: 'Alue',
  exampleData: 'esimerkkiaineisto',
  dataIssues: (n) => `Sopimustiedoissa on virheitä (${n}).`,
  dataIssuesKept: 'Virheelliset rivit jätettiin pois.',
  dataUnusable: 'Sopimusta ei voitu näyttää.',
  settingsHeading: 'Asetuksia ei voitu käyttää:',
  attribute: (name) => `määrite ${name}`,
  issue: (i) => {
    switch (i.kind) {
      case 'no-data':
        return 'anna julkaistun aineiston osoite (src); sisäänrakennettua aineistoa ei ole.';
      case 'invalid':
        return `osoite ”${i.received ?? ''}” ei kelpaa.`;
      case 'invalid-date':
        return `päivä pitää antaa muodossa VVVV-KK-PP (esim. 2026-03-01); nyt ”${i.received ?? ''}”.`;
      case 'no-agreements':
        return 'julkaistussa aineistossa ei ole sopimuksia (agreements.json).';
      case 'unknown-agreement':
        return `sopimusta ”${i.received ?? ''}” ei ole; sopimukset: ${i.expected || 'ei yhtään'}.`;
    }
  },
};
