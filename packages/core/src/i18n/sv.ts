import type { DataIssue, IssueText } from '../validation/dataIssue.js';
import { formatDate } from './formatDate.js';
import { includeFor, isLanguageList, isPlaceText } from './importIssueFields.js';
import type { ImportIssueMessages, IssueMessages } from './issueMessages.js';
import { pickText } from './pickText.js';

/**
 * The issue sentences in Swedish: data issues ({@link sv}, `dataIssueMessage`) and importer issues
 * ({@link svImportIssues}, `importIssueMessage`). Two tables, so that a bundle that words only
 * one kind of issue carries only its sentences.
 */

const type = (name: string | undefined) => (name && sv.types[name]) || name || '?';
const quote = (text: string) => `”${text}”`;
const value = (i: DataIssue) => quote(i.received ?? '');
const limit = (i: DataIssue) => Number(i.expected);
const items = (n: number) => `${n} ${n === 1 ? 'post' : 'poster'}`;
const named = (text: IssueText | undefined) => pickText(text, 'sv')?.text;
const municipality = (code: string | undefined, name: string | undefined) => (name ? `${code} (${name})` : `${code}`);

export const sv: IssueMessages = {
  row: (row, name) => {
    const label = name ? ` (”${name}”)` : row.id ? ` (${row.id})` : '';
    if (row.section === 'places') return `Plats ${row.index + 1}${label}`;
    if (row.section === 'entries') return `Händelse ${row.index + 1}${label}`;
    // Rows that other rows refer to by id (groups, people…) are named by it; by their name when they have none.
    return `${row.section}[${row.index}]${row.id ? ` (${row.id})` : label}`;
  },
  documents: { places: 'Platslistan', entries: 'Händelselistan', region: 'Områdesbeskrivningen', data: 'Datan' },
  field: (path) => `fältet ${path}`,
  quote,
  got: (text) => `; nu ”${text}”`,
  date: (iso) => formatDate(iso, 'sv'),
  types: {
    string: 'text',
    number: 'ett tal',
    int: 'ett heltal',
    boolean: 'ett sanningsvärde (true eller false)',
    array: 'en lista',
    object: 'ett objekt',
    null: 'tomt (null)',
  },
  vocabularies: {
    partyKind: 'typ av part',
    groupKind: 'typ av grupp',
    evaluationKind: 'typ av utvärdering',
    role: 'roll',
    decisionOutcome: 'typ av beslut',
  },
  formats: {
    'invalid-id': 'ett id får bara innehålla små bokstäver a–z, siffror 0–9 och bindestreck (t.ex. perhekahvila-juva)',
    'invalid-date': 'datumet ska anges som ÅÅÅÅ-MM-DD och vara en verklig dag',
    'invalid-time': 'tiden ska anges som HH:mm',
    'invalid-date-time':
      'tidpunkten ska anges som ÅÅÅÅ-MM-DDTHH:mm:ss med tidszon (t.ex. 2026-03-10T09:30:00+02:00) och vara en verklig tidpunkt',
    'invalid-utc-time': 'tiden ska anges i UTC som ÅÅÅÅ-MM-DDTHH:mm:ssZ (t.ex. 2026-03-10T07:30:00Z)',
    'invalid-municipality-code': 'kommunkoden ska vara Statistikcentralens tresiffriga kod (t.ex. 681)',
    'invalid-language-code': 'språkkoden ska vara en ISO 639-kod (t.ex. fi, sv eller en)',
    'invalid-postal-code': 'postnumret ska bestå av fem siffror (t.ex. 51900)',
    'invalid-phone': 'telefonnumret är ogiltigt (t.ex. +358 40 123 4567)',
    'invalid-email': 'e-postadressen är ogiltig',
    'invalid-url': 'webbadressen ska vara en fullständig http- eller https-adress (t.ex. https://www.juva.fi/)',
    'invalid-section': 'paragrafen ska vara ett nummer, eventuellt med en bokstav (t.ex. 23 eller 23 a)',
    'invalid-day-of-year': 'dagen ska anges som MM-DD (t.ex. 06-30)',
    'invalid-sha256': 'kontrollsumman ska vara en SHA-256-summa med 64 hexadecimala siffror',
    'invalid-file-path': 'sökvägen ska vara en .json-, .html- eller .css-fil med små bokstäver (t.ex. groups/steering-group.json)',
    'invalid-domain': 'domänen ska skrivas som perhekeskus.fi',
    'invalid-rrule': 'upprepningen ska vara en RRULE enligt iCalendar (t.ex. FREQ=MONTHLY;BYDAY=2TU)',
    'invalid-characters': 'texten får inte innehålla radbrytningar eller andra styrtecken',
    'invalid-unicode':
      'texten innehåller ett trasigt tecken (en halva av ett teckenpar, visas som �); spara texten på nytt som UTF-8 eller skriv in den igen',
  },
  rules: {
    'text-needs-national-language': 'texten behöver en finsk eller svensk version (fi eller sv)',
    'activity-ends-before-start': 'sluttiden ska vara senare än starttiden',
    'valid-to-before-valid-from': 'slutdatumet (validTo) får inte vara före startdatumet (validFrom)',
    'exception-hours':
      'ett undantag med avvikande öppettider behöver start- och sluttid, start före slut (eller closed: true om platsen är stängd)',
    'entry-ends-before-start': 'sluttiden ska vara senare än starttiden',
    'min-age-above-max-age': 'den lägsta åldern får inte vara högre än den högsta',
    'period-ends-before-start': 'perioden kan inte sluta innan den börjar',
    'termination-twice': 'ange termination eller det föråldrade noticeDeadline, inte båda',
    'no-termination-rule': 'avtalet anger ingen uppsägningsregel (termination)',
    'notice-after-period': 'uppsägningen görs efter att avtalsperioden har upphört, så det finns inget att säga upp',
    'role-needs-holder': 'en roll behöver en person (personId) eller en titel (title)',
    'deputy-of-not-deputy': 'bara en ersättare (deputy-member) kan ha fältet deputyOf',
    'in-person-beyond-times': 'det kan inte finnas fler fysiska möten (inPerson) än möten (times)',
    'in-person-at-beyond-times': 'inPersonAt hänvisar till ett möte som inte finns (times)',
    'in-person-disagree': 'inPersonAt och inPerson anger olika antal fysiska möten',
    'cadence-does-not-fit': 'mötena ryms inte i året: högst ett i veckan i genomsnitt, månaderna i skipMonths oräknade',
    'in-person-beyond-year': 'det kan inte finnas fler fysiska möten (inPerson) än årets möten',
    'in-person-at-beyond-year': 'inPersonAt hänvisar till ett möte som året inte har',
    'phase-year-required': 'phaseYear behövs när every är större än 1 eller variants anges',
    'variant-not-evaluation-kind':
      'varje variant (variants) ska vara en typ av utvärdering: en som biblioteket känner eller ett id i områdets vokabulär',
    'to-before-from': 'slutdagen (to) får inte vara före startdagen (from)',
    'employment-needs-period': 'en anställning behöver minst en arbetsperiod',
    'extract-after-check': 'straffregisterutdraget kan inte vara daterat efter kontrollen',
    'needed-for-missing': 'ange varför uppgifterna fortfarande behövs (neededFor)',
    'not-student-welfare-group': 'gruppen ska vara en elevhälsogrupp (kind student-welfare-group)',
    'ring-entries-share-id': 'två poster i ringen har samma id',
    'rings-share-id': 'två ringar har samma id',
    'result-outside-years': 'det resulterande datumet ligger utanför åren 0000–9999',
    'instant-outside-years': 'tidpunktens datum i Helsingfors ska ligga inom åren 0000–9999',
    'occurrence-ends-before-start': 'sluttiden ska vara senare än starttiden',
    'event-ends-before-start': 'sluttiden ska vara senare än starttiden',
    'exdates-need-rrule': 'undantagen (exdates) behöver en upprepningsregel (rrule)',
    'recurrence-start-ambiguous':
      'en återkommande händelse ska börja vid en entydig tid i Helsingfors år 1997 eller senare',
    'rrule-until-not-utc': 'UNTIL ska anges i UTC (t.ex. 20291231T215959Z)',
    'rrule-until-and-count': 'ange UNTIL eller COUNT, inte båda',
    'all-day-recurrence': 'en heldagshändelse kan inte ha en upprepningsregel (rrule)',
    'name-missing': 'ett namn behövs: ange options.name eller ett möte med titel',
    'group-missing': 'gruppen är okänd: ange en grupps möten eller options.group',
    'group-mismatch': 'mötet hör till en annan grupp än options.group',
    'rotation-repeats': 'samma id står två gånger i rotationens lista among',
    'rotation-needs-start': 'en rotation med listan among behöver startåret fromYear',
    'rotation-empty': 'en rotation (rotation) anger ledningen (lead), sekreteraren (secretary) eller båda',
  },
  sentences: {
    'invalid-type': (i) =>
      i.expected === 'int' && i.received === 'number'
        ? 'värdet ska vara ett heltal.'
        : `värdet ska vara ${type(i.expected)} men är ${type(i.received)}.`,
    missing: (i) =>
      i.expected
        ? `en obligatorisk uppgift saknas; den ska vara ${type(i.expected)}.`
        : 'en obligatorisk uppgift saknas.',
    'invalid-value': (i) =>
      `värdet ${i.received !== undefined ? `${value(i)} ` : ''}är inte tillåtet.` +
      (i.allowed?.length ? ` Tillåtna värden: ${i.allowed.join(', ')}.` : ''),
    'unknown-field': (i) => {
      const keys = (i.unknownKeys ?? []).map(quote).join(', ');
      return (i.unknownKeys?.length ?? 0) > 1
        ? `okända fält ${keys}; kontrollera stavningen eller ta bort fälten.`
        : `okänt fält ${keys}; kontrollera stavningen eller ta bort fältet.`;
    },
    'too-small': (i) => {
      const n = limit(i);
      if (i.origin === 'string')
        return n === 1 ? 'texten får inte vara tom.' : `texten ska vara minst ${n} tecken lång.`;
      if (i.origin === 'array') return `listan ska ha minst ${items(n)}.`;
      return `värdet ska vara minst ${n}.`;
    },
    'too-big': (i) => {
      const n = limit(i);
      if (i.origin === 'string') return `texten får vara högst ${n} tecken lång.`;
      if (i.origin === 'array') return `listan får ha högst ${items(n)}.`;
      return `värdet får vara högst ${n}.`;
    },
    'not-a-multiple': (i) => `värdet ska vara en multipel av ${i.expected}.`,
    'invalid-key': () => 'en nyckel i värdet är ogiltig.',
    'invalid-element': () => 'ett element i värdet är ogiltigt.',
    'no-matching-shape': () => 'värdet motsvarar ingen av de tillåtna formerna.',
    'invalid-format': (i) => `värdet har fel format${i.received !== undefined ? sv.got(i.received) : ''}.`,
    invalid: () => 'värdet är ogiltigt.',
    'not-a-list': (i) =>
      i.expected === 'entries'
        ? 'förväntade en lista med händelser eller ett objekt med fältet entries; inga händelser kunde läsas.'
        : i.expected === 'places'
          ? 'förväntade en lista med platser eller ett objekt med fältet places; inga platser kunde läsas.'
          : `förväntade en lista eller ett objekt med fältet ${i.expected ?? 'list'}; ingenting kunde läsas.`,
    'duplicate-id': (i) =>
      i.row?.section === 'places'
        ? `id:t ${value(i)} används redan av en tidigare plats, så den här platsen hoppades över.`
        : i.row?.section === 'entries'
          ? `id:t ${value(i)} används redan av en tidigare händelse, så den här händelsen hoppades över.`
          : `id:t ${value(i)} används redan på en tidigare rad.`,
    'too-many-items': (i) =>
      `listan har ${i.received ?? 'för många'} poster, men den får ha högst ${items(limit(i))}; posterna kontrollerades inte.`,
    'too-many-issues': () =>
      'värdet har för många fel för att räknas upp; rätta och kontrollera uppgifterna i mindre delar.',
    'year-outside-range': (i) =>
      `året ska i finsk tid ligga inom ${i.expected}, eftersom biblioteket inte stöder andra år${i.received !== undefined ? sv.got(i.received) : ''}.`,
    'range-too-long': (i) => `intervallet får vara högst ${i.expected} dagar långt.`,
    'unknown-reference': (i) =>
      i.expected === 'wellbeing-county'
        ? `${value(i)} är inte id för något välfärdsområde (t.ex. etela-savo, pohjanmaa).`
        : i.expected === 'agreement'
          ? `området har inget avtal med id ${value(i)}${i.allowed?.length ? `; avtalen: ${i.allowed.join(', ')}` : ''}.`
          : `hänvisningen ${value(i)} motsvarar inget id.`,
    mismatch: (i) =>
      i.expected === 'agreement-parties'
        ? `parten ${value(i)} finns inte i avtalets partsförteckning (parties).`
        : `${value(i)}: kommunens område (areaId) och områdets kommunlista (municipalityCodes) stämmer inte överens.`,
    cycle: (i) => `gruppen ${quote(i.row?.id ?? i.received ?? '')} är sin egen överordnade grupp via parentGroupId.`,
    'unknown-municipality': (i) => `kommunkoden ${value(i)} är inte koden för någon kommun i Finland.`,
    'outside-region': (i) =>
      `kommun ${municipality(i.received, named(i.names?.received))} finns inte i områdets kommunlista (municipalities).`,
    'outside-list': (i) =>
      `kommun ${municipality(i.received, named(i.names?.received))} finns inte i filens kommunlista (municipalities).`,
    'outside-county': (i) => {
      const place = municipality(i.received, named(i.names?.received));
      const own = named(i.names?.region) ?? '?';
      const county = named(i.names?.expected);
      return county === undefined
        ? `kommun ${place} hör inte till något välfärdsområde, alltså inte till regionens (${own}).`
        : `kommun ${place} hör till ${county}, inte till regionens (${own}).`;
    },
    'unknown-kind': (i) =>
      `${value(i)} är ingen känd ${sv.vocabularies[i.expected as keyof IssueMessages['vocabularies']] ?? i.expected}. ` +
      `Tillåtna: ${(i.allowed ?? []).join(', ')} eller en som lagts till i områdets vokabulär (vocabulary).`,
    unschedulable: (i) =>
      `tidtabellen kan inte beräknas för ${sv.date(i.period?.from ?? '')}–${sv.date(i.period?.to ?? '')}` +
      `${i.received === undefined ? '' : ` med detta värde (${value(i)})`}.`,
  },
};

// Importer issues (PTV, Linked Events).

/** A language by its name in the sentences, with its code; any other code quoted. */
const language = (code: string) => {
  const name = Object.hasOwn(svImportIssues.languages, code) ? svImportIssues.languages[code] : undefined;
  return name ? `${name} (${code})` : quote(code);
};

/** The importer-issue sentences in Swedish. */
export const svImportIssues: ImportIssueMessages = {
  record: {
    ptv: 'Serviceställe',
    'linked-events': 'Evenemang',
    hsds: 'HSDS-tjänsten',
    'hsds-export': 'Mötesplatsen',
    other: 'Post',
  },
  input: 'Indata',
  field: (path) => `fältet ${path}`,
  quote,
  where: {
    ptv: 'i PTV',
    'linked-events': 'i Linked Events',
    hsds: 'i HSDS-datan',
    'hsds-export': 'i mötesplatsens uppgifter',
    other: 'i källsystemet',
  },
  skip: {
    ptv: 'servicestället hoppades över',
    'linked-events': 'evenemanget hoppades över',
    hsds: 'tjänsten hoppades över',
    'hsds-export': 'mötesplatsen exporterades inte',
    other: 'posten hoppades över',
  },
  languages: {
    fi: 'finska',
    sv: 'svenska',
    en: 'engelska',
    se: 'nordsamiska',
    smn: 'enaresamiska',
    sms: 'skoltsamiska',
    ru: 'ryska',
    zh_hans: 'kinesiska (förenklad)',
    ar: 'arabiska',
  },
  defaults: {
    organizationId:
      'PTV-organisationen finns inte bland våra parter, så arrangörerna (organiserIds) lämnades tomma; lägg till arrangören för hand.',
    'MeetingPlace.audiences':
      'PTV har inga målgrupper, så standardmålgruppen familjer (families) sattes; kontrollera målgrupperna.',
    'MeetingPlace.offerings':
      'PTV har inga verksamhetsformer, så standardvärdet öppen verksamhet (open-activity) sattes; kontrollera verksamheten.',
    'MeetingPlace.accessibility':
      'inga tillgänglighetsuppgifter är kända, så listan lämnades tom; lägg till dem för hand.',
    serviceHours: 'öppettiderna importerades som aktiviteter med namnet ”Öppet” (öppen verksamhet).',
    languages: 'inga servicespråk anges, så språklistan lämnades tom; lägg till servicespråken i PTV.',
    phoneNumbers:
      'telefonnumret och e-postadressen blev en kontakt med rollen kontaktperson (contact-person) utan namn, eftersom PTV inte säger vem som svarar.',
    emails:
      'e-postadressen blev en kontakt med rollen kontaktperson (contact-person) utan namn, eftersom PTV inte säger vem som svarar.',
  },
  defaulted: 'uppgiften saknas i källan och fick ett standardvärde; kontrollera det.',
  codes: {
    'invalid-record': () =>
      'posten är inte en PTV-servicekanal med ett id, så den hoppades över. Kontrollera indatans format.',
    'duplicate-id': () => 'en tidigare post importerades redan med samma id, så den här hoppades över.',
    'not-service-location': (i) =>
      i.value === undefined
        ? 'kanalen är inte ett serviceställe (ServiceLocation) och alltså ingen plats att besöka, så den hoppades över.'
        : `kanalens typ är ${quote(i.value)}, inte ett serviceställe (ServiceLocation), så den är ingen plats att besöka; kanalen hoppades över.`,
    'not-published': (i) =>
      `${i.value === undefined ? 'publiceringsstatus är inte Published' : `publiceringsstatus är ${quote(i.value)}, inte Published`}; ` +
      'servicestället hoppades över. Publicera det i PTV om det ska vara med.',
    'other-municipality': (i) =>
      i.value === undefined
        ? 'servicestället ligger i en annan kommun än den valda, så det hoppades över.'
        : `serviceställets kommunkod är ${quote(i.value)}, inte den valda kommunens, så det hoppades över.`,
    'missing-municipality': () =>
      'adressen har ingen kommunkod och serviceområdet är inte en enda kommun, så servicestället hoppades över. Lägg till kommunen i besöksadressen i PTV.',
    'missing-name': (i) =>
      `det finns inget namn på finska eller svenska, och modellen kräver ett namn på något av dem; ${i.skip}. ` +
      `Lägg till ett namn på finska eller svenska ${i.where}.`,
    'schema-failure': () =>
      'det importerade servicestället klarade inte MeetingPlace-modellens kontroll i det här fältet, så det hoppades över. Kontrollera motsvarande uppgift i PTV.',
    'invalid-value': (i) =>
      `${i.value === undefined ? 'värdet saknas eller har fel form' : `värdet ${quote(i.value)} har fel form`}, ` +
      `så uppgiften lämnades bort. Rätta den ${i.where}.`,
    'unknown-field': () =>
      'fältet finns inte i källans beskrivna datastruktur och lästes inte; kontrollera om gränssnittet har ändrats.',
    'unmapped-field': () =>
      'vår datamodell har ingen plats för uppgiften, så den importerades inte; lägg vid behov till den för hand.',
    'unsupported-language': (i) => {
      if (isLanguageList(i.field))
        return `språkkoden ${i.value === undefined ? '' : `${quote(i.value)} `}är inte en ISO 639-kod, så språket importerades inte.`;
      return (
        `${i.value === undefined ? 'textens språk kan inte lagras' : `textens språk är ${language(i.value)}`}, ` +
        'men modellen lagrar bara text på finska, svenska, engelska och samiska (nord-, enare- och skoltsamiska); texten importerades inte.'
      );
    },
    'language-not-selected': (i) =>
      `textens språk ${i.value === undefined ? '' : `(${language(i.value)}) `}är inte bland de språk som importeras, så texten importerades inte.`,
    'missing-national-language': (i) => {
      if (i.skipped)
        return `texten finns varken på finska eller svenska, och modellen kräver det ena; ${i.skip}. Lägg till en text på finska eller svenska ${i.where}.`;
      if (isPlaceText(i.field))
        return `platsen har inget namn på finska eller svenska, så dess namn på ett annat språk användes i texten. Lägg till ett namn på finska eller svenska ${i.where}.`;
      return `texten finns varken på finska eller svenska, och modellen kräver det ena, så texten på andra språk lämnades bort. Lägg till en text på finska eller svenska ${i.where}.`;
    },
    defaulted: (i) =>
      Object.hasOwn(svImportIssues.defaults, i.field)
        ? (svImportIssues.defaults[i.field] as string)
        : svImportIssues.defaulted,
    'coordinates-not-ok': (i) =>
      `${i.value === undefined ? 'koordinaternas status är inte Ok eller Loaded' : `koordinaternas status är ${quote(i.value)}, inte Ok eller Loaded`}, ` +
      'så koordinaterna användes inte. Kontrollera adressens läge i PTV.',
    'coordinates-missing': (i) =>
      `besöksadressen eller dess koordinater saknas, så platsen har inget läge. Lägg till adress och läge ${i.where}.`,
    'coordinates-invalid': () =>
      'koordinaterna är inte ETRS-TM35FIN-koordinater inom Finland, så de användes inte. Kontrollera läget i PTV.',
    'coordinates-from-entrance': () => 'adressen har inga användbara koordinater, så ingångens koordinater användes.',
    'incomplete-address': (i) =>
      `gatuadressen saknar gata, ett femsiffrigt postnummer eller en postanstalt på finska eller svenska, så adressen importerades inte. Komplettera adressen ${i.where}.`,
    'municipality-from-area': (i) =>
      `adressen anger ingen kommun, så serviceområdets ${i.value === undefined ? 'kommun' : `kommunkod ${quote(i.value)}`} användes. ` +
      'Lägg till kommunen i besöksadressen i PTV.',
    'time-truncated': (i) =>
      `sekunderna ${i.value === undefined ? '' : `i tiden ${quote(i.value)} `}togs bort, eftersom modellen lagrar tider som HH:mm.`,
    'over-midnight': () =>
      'öppettiden fortsätter över midnatt, vilket modellen inte kan visa; fältet importerades inte.',
    'always-open': () =>
      'platsen är öppen dygnet runt (isAlwaysOpen), vilket modellen inte kan visa; öppettiden importerades inte.',
    'holiday-not-dated': (i) =>
      `öppettiden för helgdagen ${i.value === undefined ? '' : `${quote(i.value)} `}återkommer varje år, men undantag lagras med datum ` +
      'och importen fick inga år (holidayYears); öppettiden importerades inte.',
    'exception-too-long': (i) =>
      `undantagsperioden ${i.value === undefined ? '' : `${quote(i.value)} `}är över ett år lång, så den importerades inte. ` +
      'Kontrollera periodens datum i PTV.',
    'hours-conflict': () =>
      'samma undantagsdag har en andra öppettid, men ett undantag rymmer bara en; den här importerades inte.',
    'more-pages': (i) =>
      'indata är bara en sida av en längre lista, så posterna på de andra sidorna saknas. ' +
      `Hämta också de andra sidorna${i.value === undefined ? '' : ` (nästa: ${quote(i.value)})`}.`,
    'not-exported': () =>
      'HSDS 3.0 har ingen plats för fältet, så det exporterades inte; det finns kvar bara i våra egna uppgifter.',
    'unsupported-recurrence': (i) =>
      `upprepningsregeln ${i.value === undefined ? '' : `${quote(i.value)} `}är inte veckovis (eller varannan vecka under udda eller jämna veckor), ` +
      'vilket en veckovis verksamhet inte kan uttrycka; schemat importerades inte. Lägg till verksamheten för hand.',
    'unknown-reference': (i) =>
      `raden hänvisar till identifieraren ${i.value === undefined ? '' : `${quote(i.value)} `}, som inte finns i indata; raden importerades inte. Kontrollera datans helhet ${i.where}.`,
    'invalid-event': () =>
      'posten är inget evenemang med ett användbart id, så den hoppades över. Kontrollera indatans format.',
    deleted: (i) => `evenemanget har raderats ${i.where}; det importerades inte.`,
    draft: (i) =>
      `evenemanget är ett utkast och inte publicerat; det importerades inte. Publicera det ${i.where} om det ska vara med.`,
    'series-container': () =>
      'evenemanget är samlingsposten för en återkommande serie; seriens delevenemang importeras som egna poster, så samlingsposten importerades inte.',
    cancelled: () => 'evenemanget är inställt; det importerades inte.',
    postponed: () => 'evenemanget har skjutits upp och ingen ny tidpunkt är känd ännu; det importerades inte.',
    'missing-start-time': (i) =>
      `evenemanget har ingen starttid och kan därför inte placeras i en kalender; det hoppades över. Lägg till starttiden ${i.where}.`,
    'invalid-time': (i) =>
      `tiden ${i.value === undefined ? '' : `${quote(i.value)} `}är inte ett datum eller en tidpunkt i ISO 8601-format; ` +
      `${i.skipped ? i.skip : 'den behandlades som saknad'}. Rätta tiden ${i.where}.`,
    'end-before-start': (i) =>
      `evenemanget slutar${i.value === undefined ? '' : ` (${quote(i.value)})`} innan det börjar, så det hoppades över. Rätta tiderna ${i.where}.`,
    'missing-end-time': (i) =>
      'sluttiden saknas eller är densamma som starttiden, så evenemanget antogs sluta vid dagens slut. ' +
      `Lägg till sluttiden ${i.where}.`,
    'invalid-entry': (i) =>
      'kalenderposten som skapades av evenemanget klarade inte CalendarEntry-modellens kontroll, så evenemanget hoppades över. ' +
      `Kontrollera evenemangets uppgifter ${i.where}.`,
    rescheduled: () => 'evenemanget har flyttats till en ny tidpunkt; de importerade tiderna är de nya.',
    'unknown-value': (i) =>
      `värdet ${i.value === undefined ? '' : `${quote(i.value)} `}är inget värde som gränssnittet beskriver, så det ignorerades.`,
    'invalid-field': (i) =>
      `värdet har fel form eller är motstridigt, så det lämnades bort. Rätta uppgiften ${i.where}.`,
    'invalid-url': (i) =>
      `adressen ${i.value === undefined ? '' : `${quote(i.value)} `}är inte en http- eller https-adress, så den lämnades bort. ` +
      `Rätta adressen ${i.where}.`,
    'reference-only': (i) =>
      `uppgifterna kom bara som länkar utan namn; namnen fås när evenemangen hämtas med parametern include=${includeFor(i.field)}.`,
  },
  unknown: (code, i) => `uppgiften kunde inte importeras (kod ${quote(code)})${i.skipped ? `; ${i.skip}` : ''}.`,
};
