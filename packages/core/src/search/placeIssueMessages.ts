import type { Locale } from '../model/common.js';
import type { PlaceIssue, PlaceIssueCode } from './placeIssue.js';

/**
 * The message catalogue for problems in meeting-place data, in Finnish, Swedish and English, all in
 * one place so a translator sees every sentence; `placeIssueMessage` assembles from it. The sentences
 * about ignored filter parameters are in `filterParamMessages.ts` (a widget that validates data need
 * not carry them); `messages.ts` joins both into `searchMessages`.
 */

type Issue = Omit<PlaceIssue, 'message'>;

/** The parts a locale must provide for data issues. */
export interface PlaceIssueMessages {
  /** `Kohde 4 (”Perhekahvila”)`: the place by its 1-based number and, when known, name or id. */
  place(number: number, name?: string, id?: string): string;
  /** The subject for a problem with the list itself. */
  list: string;
  /** `kenttä activities[0].start` */
  field(path: string): string;
  quote(text: string): string;
  /** Appended to a format message when the received value is known: `; nyt ”9:00”`. */
  now(value: string): string;
  types: Record<string, string>;
  formats: Record<string, string>;
  rules: Record<string, string>;
  codes: Record<PlaceIssueCode, (issue: Issue) => string>;
}

function typeName(m: PlaceIssueMessages, type: string | undefined): string {
  return (type && m.types[type]) || type || '?';
}

function formatText(m: PlaceIssueMessages, issue: Issue, fallback: string): string {
  const text = (issue.expected && m.formats[issue.expected]) || fallback;
  return `${text}${issue.received !== undefined ? m.now(issue.received) : ''}.`;
}

function limit(issue: Issue): number {
  return Number(issue.expected);
}

const fi: PlaceIssueMessages = {
  place: (n, name, id) => `Kohde ${n}${name ? ` (”${name}”)` : id ? ` (${id})` : ''}`,
  list: 'Kohdeluettelo',
  field: (path) => `kenttä ${path}`,
  quote: (text) => `”${text}”`,
  now: (value) => `; nyt ”${value}”`,
  types: {
    string: 'teksti',
    number: 'luku',
    int: 'kokonaisluku',
    boolean: 'totuusarvo (true tai false)',
    array: 'lista',
    object: 'objekti',
    null: 'tyhjä (null)',
  },
  formats: {
    id: 'tunnisteessa saa olla vain pieniä kirjaimia a–z, numeroita 0–9 ja yhdysviivoja (esim. perhekahvila-juva)',
    'municipality-code': 'kuntakoodin pitää olla Tilastokeskuksen kolminumeroinen koodi (esim. 681)',
    'language-code': 'kielikoodin pitää olla ISO 639 -koodi (esim. fi, sv tai en)',
    'postal-code': 'postinumerossa pitää olla viisi numeroa (esim. 51900)',
    phone: 'puhelinnumero ei kelpaa (esim. +358 40 123 4567)',
    url: 'verkko-osoitteen pitää olla kokonainen osoite (esim. https://www.juva.fi/)',
    email: 'sähköpostiosoite ei kelpaa',
  },
  rules: {
    'start-before-end': 'loppumisajan pitää olla alkamisajan jälkeen',
    'text-needs-national-language': 'tekstillä pitää olla suomen- tai ruotsinkielinen muoto',
    'min-age-before-max-age': 'alaikärajan pitää olla enintään yläikäraja',
    'valid-from-before-valid-to': 'voimassaolon loppupäivä (validTo) ei voi olla ennen alkupäivää (validFrom)',
    'exception-hours':
      'poikkeavalle aukiololle pitää antaa alkamis- ja loppumisaika, alku ennen loppua (tai closed: true, jos paikka on suljettu)',
  },
  codes: {
    'not-a-list': () => 'odotettiin listaa kohteista tai objektia, jossa on kenttä places; kohteita ei voitu lukea.',
    'invalid-type': (i) =>
      i.expected === 'int' && i.received === 'number'
        ? 'arvon pitää olla kokonaisluku.'
        : `arvon pitää olla ${typeName(fi, i.expected)}, mutta se on ${typeName(fi, i.received)}.`,
    missing: (i) =>
      i.expected
        ? `pakollinen tieto puuttuu; sen pitää olla ${typeName(fi, i.expected)}.`
        : 'pakollinen tieto puuttuu.',
    'invalid-value': (i) =>
      `arvo ${i.received !== undefined ? `”${i.received}” ` : ''}ei ole sallittu.` +
      (i.expected ? ` Sallitut arvot: ${i.expected}.` : ''),
    'unknown-field': (i) => {
      const keys = (i.keys ?? []).map(fi.quote).join(', ');
      return (i.keys?.length ?? 0) > 1
        ? `tuntemattomat kentät ${keys}; tarkista kirjoitusasu tai poista kentät.`
        : `tuntematon kenttä ${keys}; tarkista kirjoitusasu tai poista kenttä.`;
    },
    'too-small': (i) => {
      const n = limit(i);
      if (i.received === 'string')
        return n === 1 ? 'teksti ei saa olla tyhjä.' : `tekstin pitää olla vähintään ${n} merkkiä pitkä.`;
      if (i.received === 'array') return `listassa pitää olla vähintään ${n} ${n === 1 ? 'kohta' : 'kohtaa'}.`;
      return `arvon pitää olla vähintään ${n}.`;
    },
    'too-big': (i) => {
      const n = limit(i);
      if (i.received === 'string') return `tekstin pitää olla enintään ${n} merkkiä pitkä.`;
      if (i.received === 'array') return `listassa saa olla enintään ${n} ${n === 1 ? 'kohta' : 'kohtaa'}.`;
      return `arvon pitää olla enintään ${n}.`;
    },
    'invalid-format': (i) => formatText(fi, i, 'arvo on väärässä muodossa'),
    'invalid-date': (i) =>
      formatText(fi, i, 'päivämäärä pitää antaa muodossa VVVV-KK-PP ja sen pitää olla todellinen päivä'),
    'invalid-time': (i) => formatText(fi, i, 'aika pitää antaa muodossa HH:mm'),
    'duplicate-id': (i) =>
      `tunniste ”${i.received ?? ''}” on jo käytössä aiemmalla kohteella, joten tämä kohde ohitettiin.`,
    custom: (i) => `${(i.expected && fi.rules[i.expected]) || 'arvo ei kelpaa'}.`,
  },
};

const sv: PlaceIssueMessages = {
  place: (n, name, id) => `Plats ${n}${name ? ` (”${name}”)` : id ? ` (${id})` : ''}`,
  list: 'Platslistan',
  field: (path) => `fältet ${path}`,
  quote: (text) => `”${text}”`,
  now: (value) => `; nu ”${value}”`,
  types: {
    string: 'text',
    number: 'ett tal',
    int: 'ett heltal',
    boolean: 'ett sanningsvärde (true eller false)',
    array: 'en lista',
    object: 'ett objekt',
    null: 'tomt (null)',
  },
  formats: {
    id: 'ett id får bara innehålla små bokstäver a–z, siffror 0–9 och bindestreck (t.ex. perhekahvila-juva)',
    'municipality-code': 'kommunkoden ska vara Statistikcentralens tresiffriga kod (t.ex. 681)',
    'language-code': 'språkkoden ska vara en ISO 639-kod (t.ex. fi, sv eller en)',
    'postal-code': 'postnumret ska bestå av fem siffror (t.ex. 51900)',
    phone: 'telefonnumret är ogiltigt (t.ex. +358 40 123 4567)',
    url: 'webbadressen ska vara en fullständig adress (t.ex. https://www.juva.fi/)',
    email: 'e-postadressen är ogiltig',
  },
  rules: {
    'start-before-end': 'sluttiden ska vara senare än starttiden',
    'text-needs-national-language': 'texten behöver en finsk eller svensk version',
    'min-age-before-max-age': 'den lägsta åldern får inte vara högre än den högsta',
    'valid-from-before-valid-to': 'slutdatumet (validTo) får inte vara före startdatumet (validFrom)',
    'exception-hours':
      'ett undantag med avvikande öppettider behöver start- och sluttid, start före slut (eller closed: true om platsen är stängd)',
  },
  codes: {
    'not-a-list': () => 'förväntade en lista med platser eller ett objekt med fältet places; inga platser kunde läsas.',
    'invalid-type': (i) =>
      i.expected === 'int' && i.received === 'number'
        ? 'värdet ska vara ett heltal.'
        : `värdet ska vara ${typeName(sv, i.expected)} men är ${typeName(sv, i.received)}.`,
    missing: (i) =>
      i.expected
        ? `en obligatorisk uppgift saknas; den ska vara ${typeName(sv, i.expected)}.`
        : 'en obligatorisk uppgift saknas.',
    'invalid-value': (i) =>
      `värdet ${i.received !== undefined ? `”${i.received}” ` : ''}är inte tillåtet.` +
      (i.expected ? ` Tillåtna värden: ${i.expected}.` : ''),
    'unknown-field': (i) => {
      const keys = (i.keys ?? []).map(sv.quote).join(', ');
      return (i.keys?.length ?? 0) > 1
        ? `okända fält ${keys}; kontrollera stavningen eller ta bort fälten.`
        : `okänt fält ${keys}; kontrollera stavningen eller ta bort fältet.`;
    },
    'too-small': (i) => {
      const n = limit(i);
      if (i.received === 'string')
        return n === 1 ? 'texten får inte vara tom.' : `texten ska vara minst ${n} tecken lång.`;
      if (i.received === 'array') return `listan ska ha minst ${n} ${n === 1 ? 'post' : 'poster'}.`;
      return `värdet ska vara minst ${n}.`;
    },
    'too-big': (i) => {
      const n = limit(i);
      if (i.received === 'string') return `texten får vara högst ${n} tecken lång.`;
      if (i.received === 'array') return `listan får ha högst ${n} ${n === 1 ? 'post' : 'poster'}.`;
      return `värdet får vara högst ${n}.`;
    },
    'invalid-format': (i) => formatText(sv, i, 'värdet har fel format'),
    'invalid-date': (i) => formatText(sv, i, 'datumet ska anges som ÅÅÅÅ-MM-DD och vara en verklig dag'),
    'invalid-time': (i) => formatText(sv, i, 'tiden ska anges som HH:mm'),
    'duplicate-id': (i) =>
      `id:t ”${i.received ?? ''}” används redan av en tidigare plats, så den här platsen hoppades över.`,
    custom: (i) => `${(i.expected && sv.rules[i.expected]) || 'värdet är ogiltigt'}.`,
  },
};

const en: PlaceIssueMessages = {
  place: (n, name, id) => `Place ${n}${name ? ` (“${name}”)` : id ? ` (${id})` : ''}`,
  list: 'Place list',
  field: (path) => `field ${path}`,
  quote: (text) => `“${text}”`,
  now: (value) => `; got “${value}”`,
  types: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
    null: 'null',
  },
  formats: {
    id: 'an id may contain only lower-case letters a–z, digits 0–9 and hyphens (e.g. perhekahvila-juva)',
    'municipality-code': 'the municipality code must be the three-digit Statistics Finland code (e.g. 681)',
    'language-code': 'the language code must be an ISO 639 code (e.g. fi, sv or en)',
    'postal-code': 'the postal code must be five digits (e.g. 51900)',
    phone: 'the phone number is not valid (e.g. +358 40 123 4567)',
    url: 'the web address must be a full address (e.g. https://www.juva.fi/)',
    email: 'the email address is not valid',
  },
  rules: {
    'start-before-end': 'the end time must be after the start time',
    'text-needs-national-language': 'the text needs a Finnish or Swedish version',
    'min-age-before-max-age': 'the minimum age must not be above the maximum age',
    'valid-from-before-valid-to': 'the last day (validTo) cannot be before the first day (validFrom)',
    'exception-hours':
      'an exception with different hours needs a start and an end time, start before end (or closed: true when the place is closed)',
  },
  codes: {
    'not-a-list': () => 'expected a list of places or an object with a places field; no places could be read.',
    'invalid-type': (i) =>
      i.expected === 'int' && i.received === 'number'
        ? 'the value must be a whole number.'
        : `the value must be ${typeName(en, i.expected)} but is ${typeName(en, i.received)}.`,
    missing: (i) =>
      i.expected
        ? `a required value is missing; it must be ${typeName(en, i.expected)}.`
        : 'a required value is missing.',
    'invalid-value': (i) =>
      `the value ${i.received !== undefined ? `“${i.received}” ` : ''}is not allowed.` +
      (i.expected ? ` Allowed values: ${i.expected}.` : ''),
    'unknown-field': (i) => {
      const keys = (i.keys ?? []).map(en.quote).join(', ');
      return (i.keys?.length ?? 0) > 1
        ? `unknown fields ${keys}; check the spelling or remove the fields.`
        : `unknown field ${keys}; check the spelling or remove the field.`;
    },
    'too-small': (i) => {
      const n = limit(i);
      if (i.received === 'string')
        return n === 1 ? 'the text must not be empty.' : `the text must be at least ${n} characters long.`;
      if (i.received === 'array') return `the list must have at least ${n} ${n === 1 ? 'item' : 'items'}.`;
      return `the value must be at least ${n}.`;
    },
    'too-big': (i) => {
      const n = limit(i);
      if (i.received === 'string') return `the text must be at most ${n} characters long.`;
      if (i.received === 'array') return `the list must have at most ${n} ${n === 1 ? 'item' : 'items'}.`;
      return `the value must be at most ${n}.`;
    },
    'invalid-format': (i) => formatText(en, i, 'the value has the wrong format'),
    'invalid-date': (i) => formatText(en, i, 'the date must be given as YYYY-MM-DD and be a real day'),
    'invalid-time': (i) => formatText(en, i, 'the time must be given as HH:mm'),
    'duplicate-id': (i) =>
      `the id “${i.received ?? ''}” is already used by an earlier place, so this place was skipped.`,
    custom: (i) => `${(i.expected && en.rules[i.expected]) || 'the value is not valid'}.`,
  },
};

/** The data-issue catalogue by locale. */
export const placeIssueMessages: Readonly<Record<Locale, PlaceIssueMessages>> = { fi, sv, en };
