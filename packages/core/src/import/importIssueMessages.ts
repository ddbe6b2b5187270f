import type { Locale } from '../model/common.js';
import type { ImportSource } from './importIssue.js';
import type { LinkedEventIssueCode } from './linked-events/linkedEventIssues.js';
import type { PtvIssueCode } from './ptv/ptvIssueCodes.js';

/**
 * The message catalogue for importer issues (`ImportIssue`), in Finnish, Swedish and English, all in
 * one place so a translator sees every sentence; `importIssueMessage` assembles from it. Each sentence
 * says what happened to the source field and, where the data team can act, what to do about it.
 */

/** Every code either importer reports: {@link PtvIssueCode} and {@link LinkedEventIssueCode}. */
export type ImportIssueCode = PtvIssueCode | LinkedEventIssueCode;

/** An issue's source, or `other` when the caller does not say which importer reported it. */
export type ImportIssueSource = ImportSource | 'other';

/** What a sentence is built from: the issue without its English message, and words of the locale. */
export interface ImportIssueParts {
  /** The source field, `serviceHours[0].openingHour[1]`. */
  field: string;
  skipped: boolean;
  /** The offending value as received, made printable; absent when the importer gave none. */
  value?: string;
  /** Where the data is corrected: `PTV:ssä`, `i Linked Events`, `in the source system`. */
  where: string;
  /** The clause for a record left out: `palvelupaikka ohitettiin`. */
  skip: string;
}

/** The parts a locale must provide. */
export interface ImportIssueMessages {
  /** The record's noun before its id: `Palvelupaikka`, `Tapahtuma`, `Tietue`. */
  record: Record<ImportIssueSource, string>;
  /** The subject of an issue about the input as a whole (a page, not one record). */
  input: string;
  /** `kenttä serviceHours[0]` */
  field(path: string): string;
  quote(text: string): string;
  where: Record<ImportIssueSource, string>;
  skip: Record<ImportIssueSource, string>;
  /** Names of the languages the importers meet, by code; other codes are quoted as they are. */
  languages: Record<string, string>;
  /** Sentences for `defaulted`, by the field the PTV importer reports it at. */
  defaults: Record<string, string>;
  /** `defaulted` at a field not in {@link defaults}. */
  defaulted: string;
  codes: Record<ImportIssueCode, (issue: ImportIssueParts) => string>;
  /** A code this catalogue does not know (a newer importer). */
  unknown(code: string, issue: ImportIssueParts): string;
}

/** `in_language[1]` holds a language id, not a text in some language. */
const isLanguageList = (field: string) => field.startsWith('in_language');

/**
 * `location` and `location.name` (Linked Events): a place's texts in another language stand in its
 * Finnish or Swedish text as proper names, rather than being left out.
 */
const isPlaceText = (field: string) => field === 'location' || field === 'location.name';

/** The Linked Events `include` value that gives a reference-only field its names. */
const includeFor = (field: string) => (['keywords', 'audience', 'location'].includes(field) ? field : 'keywords');

const fiQuote = (text: string) => `”${text}”`;
const fiLanguage = (code: string) => {
  const name = Object.hasOwn(fi.languages, code) ? fi.languages[code] : undefined;
  return name ? `${name} (${code})` : fiQuote(code);
};

const fi: ImportIssueMessages = {
  record: { ptv: 'Palvelupaikka', 'linked-events': 'Tapahtuma', other: 'Tietue' },
  input: 'Aineisto',
  field: (path) => `kenttä ${path}`,
  quote: fiQuote,
  where: { ptv: 'PTV:ssä', 'linked-events': 'Linked Events -palvelussa', other: 'lähdejärjestelmässä' },
  skip: { ptv: 'palvelupaikka ohitettiin', 'linked-events': 'tapahtuma ohitettiin', other: 'tietue ohitettiin' },
  languages: {
    fi: 'suomi',
    sv: 'ruotsi',
    en: 'englanti',
    se: 'pohjoissaame',
    smn: 'inarinsaame',
    sms: 'koltansaame',
    ru: 'venäjä',
    zh_hans: 'kiina (yksinkertaistettu)',
    ar: 'arabia',
  },
  defaults: {
    organizationId:
      'PTV:n organisaatio ei ole osapuoltemme joukossa, joten järjestäjät (organiserIds) jätettiin tyhjiksi; lisää järjestäjä käsin.',
    'MeetingPlace.audiences':
      'PTV:ssä ei ole kohderyhmiä, joten kohderyhmäksi asetettiin oletus perheet (families); tarkista kohderyhmät.',
    'MeetingPlace.offerings':
      'PTV:ssä ei ole toimintamuotoja, joten toiminnaksi asetettiin oletus avoin toiminta (open-activity); tarkista toiminta.',
    'MeetingPlace.accessibility':
      'esteettömyystietoja ei tunneta, joten luettelo jätettiin tyhjäksi; lisää esteettömyystiedot käsin.',
    serviceHours: 'aukioloajat tuotiin toimintoina nimeltä ”Avoinna” (avoin toiminta).',
    languages: 'palvelukieliä ei ole annettu, joten kieliluettelo jätettiin tyhjäksi; lisää palvelukielet PTV:ssä.',
    phoneNumbers:
      'puhelinnumero ja sähköposti tuotiin yhteystiedoksi roolilla yhteyshenkilö (contact-person) ilman nimeä, koska PTV ei kerro, kuka vastaa.',
    emails:
      'sähköposti tuotiin yhteystiedoksi roolilla yhteyshenkilö (contact-person) ilman nimeä, koska PTV ei kerro, kuka vastaa.',
  },
  defaulted: 'lähteestä puuttuvalle tiedolle asetettiin oletusarvo; tarkista se.',
  codes: {
    'invalid-record': () =>
      'kohta ei ole PTV-palvelukanava, jolla on tunniste (id), joten se ohitettiin. Tarkista aineiston muoto.',
    'duplicate-id': () => 'aiempi tietue tuotiin jo samalla tunnisteella, joten tämä ohitettiin.',
    'not-service-location': (i) =>
      i.value === undefined
        ? 'kanava ei ole palvelupiste (ServiceLocation) eli käyntipaikka, joten se ohitettiin.'
        : `kanavan tyyppi on ${fiQuote(i.value)} eikä palvelupiste (ServiceLocation), joten se ei ole käyntipaikka; kanava ohitettiin.`,
    'not-published': (i) =>
      `${i.value === undefined ? 'julkaisutila ei ole Published' : `julkaisutila on ${fiQuote(i.value)} eikä Published`}; ` +
      'palvelupaikka ohitettiin. Julkaise se PTV:ssä, jos sen kuuluu olla mukana.',
    'other-municipality': (i) =>
      i.value === undefined
        ? 'palvelupaikka on muussa kuin valitussa kunnassa, joten se ohitettiin.'
        : `palvelupaikan kuntakoodi on ${fiQuote(i.value)} eikä valitun kunnan, joten se ohitettiin.`,
    'missing-municipality': () =>
      'osoitteessa ei ole kuntakoodia eikä palvelualue ole yksi kunta, joten palvelupaikka ohitettiin. Lisää kunta käyntiosoitteeseen PTV:ssä.',
    'missing-name': (i) =>
      `nimeä ei ole suomeksi eikä ruotsiksi, ja malli vaatii nimen jommallakummalla kielellä; ${i.skip}. ` +
      `Lisää nimi suomeksi tai ruotsiksi ${i.where}.`,
    'schema-failure': () =>
      'tuotu palvelupaikka ei läpäissyt MeetingPlace-mallin tarkistusta tässä kentässä, joten se ohitettiin. Tarkista vastaava tieto PTV:ssä.',
    'invalid-value': (i) =>
      `${i.value === undefined ? 'arvo puuttuu tai on väärän muotoinen' : `arvo ${fiQuote(i.value)} on väärän muotoinen`}, ` +
      `joten tieto jätettiin pois. Korjaa se ${i.where}.`,
    'unknown-field': () =>
      'kenttää ei ole lähteen kuvatussa tietorakenteessa, joten sitä ei luettu; tarkista, onko rajapinta muuttunut.',
    'unmapped-field': () =>
      'tietomallissamme ei ole paikkaa tälle tiedolle, joten sitä ei tuotu; lisää se tarvittaessa käsin.',
    'unsupported-language': (i) => {
      if (isLanguageList(i.field))
        return `kielitunnus ${i.value === undefined ? '' : `${fiQuote(i.value)} `}ei ole ISO 639 -kielikoodi, joten kieltä ei tuotu.`;
      return (
        `${i.value === undefined ? 'tekstin kieltä ei voi tallentaa' : `tekstin kieli on ${fiLanguage(i.value)}`}, ` +
        'mutta malli tallentaa tekstiä vain suomeksi, ruotsiksi, englanniksi ja saameksi (pohjois-, inarin- ja koltansaame); tekstiä ei tuotu.'
      );
    },
    'language-not-selected': (i) =>
      `tekstin kieli ${i.value === undefined ? '' : `(${fiLanguage(i.value)}) `}ei ole tuotaviksi valittujen kielten joukossa, joten tekstiä ei tuotu.`,
    'missing-national-language': (i) => {
      if (i.skipped)
        return `tekstiä ei ole suomeksi eikä ruotsiksi, ja malli vaatii jommankumman; ${i.skip}. Lisää teksti suomeksi tai ruotsiksi ${i.where}.`;
      if (isPlaceText(i.field))
        return `paikalla ei ole nimeä suomeksi eikä ruotsiksi, joten tekstissä käytettiin sen muunkielistä nimeä. Lisää nimi suomeksi tai ruotsiksi ${i.where}.`;
      return `tekstiä ei ole suomeksi eikä ruotsiksi, ja malli vaatii jommankumman, joten muunkielinen teksti jätettiin pois. Lisää teksti suomeksi tai ruotsiksi ${i.where}.`;
    },
    defaulted: (i) => (Object.hasOwn(fi.defaults, i.field) ? (fi.defaults[i.field] as string) : fi.defaulted),
    'coordinates-not-ok': (i) =>
      `${i.value === undefined ? 'koordinaattien tila ei ole Ok tai Loaded' : `koordinaattien tila on ${fiQuote(i.value)} eikä Ok tai Loaded`}, ` +
      'joten koordinaatteja ei käytetty. Tarkista osoitteen sijainti PTV:ssä.',
    'coordinates-missing': () =>
      'käyntiosoite tai sen koordinaatit puuttuvat, joten paikalla ei ole sijaintia. Lisää osoite ja sijainti PTV:ssä.',
    'coordinates-invalid': () =>
      'koordinaatit eivät ole ETRS-TM35FIN-koordinaatteja Suomen alueella, joten niitä ei käytetty. Tarkista sijainti PTV:ssä.',
    'coordinates-from-entrance': () =>
      'osoitteella ei ole käyttökelpoisia koordinaatteja, joten käytettiin sisäänkäynnin koordinaatteja.',
    'incomplete-address': () =>
      'katuosoitteesta puuttuu katu, viisinumeroinen postinumero tai postitoimipaikka suomeksi tai ruotsiksi, joten osoitetta ei tuotu. Täydennä osoite PTV:ssä.',
    'municipality-from-area': (i) =>
      `osoitteessa ei ole kuntaa, joten käytettiin palvelualueen ${i.value === undefined ? 'kuntaa' : `kuntakoodia ${fiQuote(i.value)}`}. ` +
      'Lisää kunta käyntiosoitteeseen PTV:ssä.',
    'time-truncated': (i) =>
      `ajasta ${i.value === undefined ? '' : `${fiQuote(i.value)} `}jätettiin sekunnit pois, koska malli tallentaa ajat muodossa HH:mm.`,
    'over-midnight': () => 'aukioloaika jatkuu yli puolenyön, mitä malli ei voi esittää; kenttää ei tuotu.',
    'always-open': () =>
      'paikka on auki ympäri vuorokauden (isAlwaysOpen), mitä malli ei voi esittää; aukioloaikaa ei tuotu.',
    'holiday-not-dated': (i) =>
      `pyhäpäivän ${i.value === undefined ? '' : `${fiQuote(i.value)} `}aukioloaika toistuu vuosittain, mutta poikkeukset tallennetaan ` +
      'päivämäärinä, eikä tuonnille annettu vuosia (holidayYears); aukioloaikaa ei tuotu.',
    'exception-too-long': (i) =>
      `poikkeusjakso ${i.value === undefined ? '' : `${fiQuote(i.value)} `}on yli vuoden pituinen, joten sitä ei tuotu. ` +
      'Tarkista jakson päivämäärät PTV:ssä.',
    'hours-conflict': () =>
      'samalle poikkeuspäivälle on toinen aukioloaika, mutta poikkeukseen mahtuu vain yksi; tätä ei tuotu.',
    'more-pages': (i) =>
      'aineisto on vain yksi sivu pidemmästä luettelosta, joten muiden sivujen tietueet puuttuvat. ' +
      `Hae myös muut sivut${i.value === undefined ? '' : ` (seuraava: ${fiQuote(i.value)})`}.`,
    'invalid-event': () =>
      'kohta ei ole tapahtuma, jolla on käyttökelpoinen tunniste (id), joten se ohitettiin. Tarkista aineiston muoto.',
    deleted: (i) => `tapahtuma on poistettu ${i.where}; sitä ei tuotu.`,
    draft: (i) =>
      `tapahtuma on luonnos eikä julkaistu; sitä ei tuotu. Julkaise se ${i.where}, jos sen kuuluu olla mukana.`,
    'series-container': () =>
      'tapahtuma on toistuvan sarjan kooste; sarjan osatapahtumat tuodaan omina merkintöinään, joten koostetta ei tuotu.',
    cancelled: () => 'tapahtuma on peruttu; sitä ei tuotu.',
    postponed: () => 'tapahtuma on siirretty, eikä uutta ajankohtaa ole vielä ilmoitettu; sitä ei tuotu.',
    'missing-start-time': (i) =>
      `tapahtumalla ei ole alkamisaikaa, joten sitä ei voi sijoittaa kalenteriin; se ohitettiin. Lisää alkamisaika ${i.where}.`,
    'invalid-time': (i) =>
      `aika ${i.value === undefined ? '' : `${fiQuote(i.value)} `}ei ole ISO 8601 -muotoinen päivämäärä tai kellonaika; ` +
      `${i.skipped ? i.skip : 'sitä käsiteltiin puuttuvana'}. Korjaa aika ${i.where}.`,
    'end-before-start': (i) =>
      `tapahtuma päättyy${i.value === undefined ? '' : ` (${fiQuote(i.value)})`} ennen kuin se alkaa, joten se ohitettiin. Korjaa ajat ${i.where}.`,
    'missing-end-time': (i) =>
      'loppumisaika puuttuu tai on sama kuin alkamisaika, joten tapahtuman oletettiin päättyvän päivän lopussa. ' +
      `Lisää loppumisaika ${i.where}.`,
    'invalid-entry': (i) =>
      'tapahtumasta muodostettu kalenterimerkintä ei läpäissyt CalendarEntry-mallin tarkistusta, joten se ohitettiin. ' +
      `Tarkista tapahtuman tiedot ${i.where}.`,
    rescheduled: () => 'tapahtuma on siirretty uuteen ajankohtaan; tuodut ajat ovat uudet ajat.',
    'unknown-value': (i) =>
      `arvo ${i.value === undefined ? '' : `${fiQuote(i.value)} `}ei ole rajapinnan kuvaama arvo, joten se jätettiin huomiotta.`,
    'invalid-field': (i) =>
      `arvo on väärän muotoinen tai ristiriitainen, joten se jätettiin pois. Korjaa tieto ${i.where}.`,
    'invalid-url': (i) =>
      `osoite ${i.value === undefined ? '' : `${fiQuote(i.value)} `}ei ole http- tai https-osoite, joten se jätettiin pois. ` +
      `Korjaa osoite ${i.where}.`,
    'reference-only': (i) =>
      `tiedot tulivat pelkkinä linkkeinä ilman nimiä; nimet saa, kun tapahtumat haetaan parametrilla include=${includeFor(i.field)}.`,
  },
  unknown: (code, i) => `tietoa ei voitu tuoda (koodi ${fiQuote(code)})${i.skipped ? `; ${i.skip}` : ''}.`,
};

const svQuote = (text: string) => `”${text}”`;
const svLanguage = (code: string) => {
  const name = Object.hasOwn(sv.languages, code) ? sv.languages[code] : undefined;
  return name ? `${name} (${code})` : svQuote(code);
};

const sv: ImportIssueMessages = {
  record: { ptv: 'Serviceställe', 'linked-events': 'Evenemang', other: 'Post' },
  input: 'Indata',
  field: (path) => `fältet ${path}`,
  quote: svQuote,
  where: { ptv: 'i PTV', 'linked-events': 'i Linked Events', other: 'i källsystemet' },
  skip: {
    ptv: 'servicestället hoppades över',
    'linked-events': 'evenemanget hoppades över',
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
        : `kanalens typ är ${svQuote(i.value)}, inte ett serviceställe (ServiceLocation), så den är ingen plats att besöka; kanalen hoppades över.`,
    'not-published': (i) =>
      `${i.value === undefined ? 'publiceringsstatus är inte Published' : `publiceringsstatus är ${svQuote(i.value)}, inte Published`}; ` +
      'servicestället hoppades över. Publicera det i PTV om det ska vara med.',
    'other-municipality': (i) =>
      i.value === undefined
        ? 'servicestället ligger i en annan kommun än den valda, så det hoppades över.'
        : `serviceställets kommunkod är ${svQuote(i.value)}, inte den valda kommunens, så det hoppades över.`,
    'missing-municipality': () =>
      'adressen har ingen kommunkod och serviceområdet är inte en enda kommun, så servicestället hoppades över. Lägg till kommunen i besöksadressen i PTV.',
    'missing-name': (i) =>
      `det finns inget namn på finska eller svenska, och modellen kräver ett namn på något av dem; ${i.skip}. ` +
      `Lägg till ett namn på finska eller svenska ${i.where}.`,
    'schema-failure': () =>
      'det importerade servicestället klarade inte MeetingPlace-modellens kontroll i det här fältet, så det hoppades över. Kontrollera motsvarande uppgift i PTV.',
    'invalid-value': (i) =>
      `${i.value === undefined ? 'värdet saknas eller har fel form' : `värdet ${svQuote(i.value)} har fel form`}, ` +
      `så uppgiften lämnades bort. Rätta den ${i.where}.`,
    'unknown-field': () =>
      'fältet finns inte i källans beskrivna datastruktur och lästes inte; kontrollera om gränssnittet har ändrats.',
    'unmapped-field': () =>
      'vår datamodell har ingen plats för uppgiften, så den importerades inte; lägg vid behov till den för hand.',
    'unsupported-language': (i) => {
      if (isLanguageList(i.field))
        return `språkkoden ${i.value === undefined ? '' : `${svQuote(i.value)} `}är inte en ISO 639-kod, så språket importerades inte.`;
      return (
        `${i.value === undefined ? 'textens språk kan inte lagras' : `textens språk är ${svLanguage(i.value)}`}, ` +
        'men modellen lagrar bara text på finska, svenska, engelska och samiska (nord-, enare- och skoltsamiska); texten importerades inte.'
      );
    },
    'language-not-selected': (i) =>
      `textens språk ${i.value === undefined ? '' : `(${svLanguage(i.value)}) `}är inte bland de språk som importeras, så texten importerades inte.`,
    'missing-national-language': (i) => {
      if (i.skipped)
        return `texten finns varken på finska eller svenska, och modellen kräver det ena; ${i.skip}. Lägg till en text på finska eller svenska ${i.where}.`;
      if (isPlaceText(i.field))
        return `platsen har inget namn på finska eller svenska, så dess namn på ett annat språk användes i texten. Lägg till ett namn på finska eller svenska ${i.where}.`;
      return `texten finns varken på finska eller svenska, och modellen kräver det ena, så texten på andra språk lämnades bort. Lägg till en text på finska eller svenska ${i.where}.`;
    },
    defaulted: (i) => (Object.hasOwn(sv.defaults, i.field) ? (sv.defaults[i.field] as string) : sv.defaulted),
    'coordinates-not-ok': (i) =>
      `${i.value === undefined ? 'koordinaternas status är inte Ok eller Loaded' : `koordinaternas status är ${svQuote(i.value)}, inte Ok eller Loaded`}, ` +
      'så koordinaterna användes inte. Kontrollera adressens läge i PTV.',
    'coordinates-missing': () =>
      'besöksadressen eller dess koordinater saknas, så platsen har inget läge. Lägg till adress och läge i PTV.',
    'coordinates-invalid': () =>
      'koordinaterna är inte ETRS-TM35FIN-koordinater inom Finland, så de användes inte. Kontrollera läget i PTV.',
    'coordinates-from-entrance': () => 'adressen har inga användbara koordinater, så ingångens koordinater användes.',
    'incomplete-address': () =>
      'gatuadressen saknar gata, ett femsiffrigt postnummer eller en postanstalt på finska eller svenska, så adressen importerades inte. Komplettera adressen i PTV.',
    'municipality-from-area': (i) =>
      `adressen anger ingen kommun, så serviceområdets ${i.value === undefined ? 'kommun' : `kommunkod ${svQuote(i.value)}`} användes. ` +
      'Lägg till kommunen i besöksadressen i PTV.',
    'time-truncated': (i) =>
      `sekunderna ${i.value === undefined ? '' : `i tiden ${svQuote(i.value)} `}togs bort, eftersom modellen lagrar tider som HH:mm.`,
    'over-midnight': () =>
      'öppettiden fortsätter över midnatt, vilket modellen inte kan visa; fältet importerades inte.',
    'always-open': () =>
      'platsen är öppen dygnet runt (isAlwaysOpen), vilket modellen inte kan visa; öppettiden importerades inte.',
    'holiday-not-dated': (i) =>
      `öppettiden för helgdagen ${i.value === undefined ? '' : `${svQuote(i.value)} `}återkommer varje år, men undantag lagras med datum ` +
      'och importen fick inga år (holidayYears); öppettiden importerades inte.',
    'exception-too-long': (i) =>
      `undantagsperioden ${i.value === undefined ? '' : `${svQuote(i.value)} `}är över ett år lång, så den importerades inte. ` +
      'Kontrollera periodens datum i PTV.',
    'hours-conflict': () =>
      'samma undantagsdag har en andra öppettid, men ett undantag rymmer bara en; den här importerades inte.',
    'more-pages': (i) =>
      'indata är bara en sida av en längre lista, så posterna på de andra sidorna saknas. ' +
      `Hämta också de andra sidorna${i.value === undefined ? '' : ` (nästa: ${svQuote(i.value)})`}.`,
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
      `tiden ${i.value === undefined ? '' : `${svQuote(i.value)} `}är inte ett datum eller en tidpunkt i ISO 8601-format; ` +
      `${i.skipped ? i.skip : 'den behandlades som saknad'}. Rätta tiden ${i.where}.`,
    'end-before-start': (i) =>
      `evenemanget slutar${i.value === undefined ? '' : ` (${svQuote(i.value)})`} innan det börjar, så det hoppades över. Rätta tiderna ${i.where}.`,
    'missing-end-time': (i) =>
      'sluttiden saknas eller är densamma som starttiden, så evenemanget antogs sluta vid dagens slut. ' +
      `Lägg till sluttiden ${i.where}.`,
    'invalid-entry': (i) =>
      'kalenderposten som skapades av evenemanget klarade inte CalendarEntry-modellens kontroll, så evenemanget hoppades över. ' +
      `Kontrollera evenemangets uppgifter ${i.where}.`,
    rescheduled: () => 'evenemanget har flyttats till en ny tidpunkt; de importerade tiderna är de nya.',
    'unknown-value': (i) =>
      `värdet ${i.value === undefined ? '' : `${svQuote(i.value)} `}är inget värde som gränssnittet beskriver, så det ignorerades.`,
    'invalid-field': (i) =>
      `värdet har fel form eller är motstridigt, så det lämnades bort. Rätta uppgiften ${i.where}.`,
    'invalid-url': (i) =>
      `adressen ${i.value === undefined ? '' : `${svQuote(i.value)} `}är inte en http- eller https-adress, så den lämnades bort. ` +
      `Rätta adressen ${i.where}.`,
    'reference-only': (i) =>
      `uppgifterna kom bara som länkar utan namn; namnen fås när evenemangen hämtas med parametern include=${includeFor(i.field)}.`,
  },
  unknown: (code, i) => `uppgiften kunde inte importeras (kod ${svQuote(code)})${i.skipped ? `; ${i.skip}` : ''}.`,
};

const enQuote = (text: string) => `“${text}”`;
const enLanguage = (code: string) => {
  const name = Object.hasOwn(en.languages, code) ? en.languages[code] : undefined;
  return name ? `${name} (${code})` : enQuote(code);
};

const en: ImportIssueMessages = {
  record: { ptv: 'Service location', 'linked-events': 'Event', other: 'Record' },
  input: 'The input',
  field: (path) => `field ${path}`,
  quote: enQuote,
  where: { ptv: 'in PTV', 'linked-events': 'in Linked Events', other: 'in the source system' },
  skip: {
    ptv: 'the service location was skipped',
    'linked-events': 'the event was skipped',
    other: 'the record was skipped',
  },
  languages: {
    fi: 'Finnish',
    sv: 'Swedish',
    en: 'English',
    se: 'Northern Sámi',
    smn: 'Inari Sámi',
    sms: 'Skolt Sámi',
    ru: 'Russian',
    zh_hans: 'Chinese (simplified)',
    ar: 'Arabic',
  },
  defaults: {
    organizationId:
      'the PTV organisation is not one of our parties, so the organisers (organiserIds) were left empty; add the organiser by hand.',
    'MeetingPlace.audiences': 'PTV has no audiences, so the default audience families was set; check the audiences.',
    'MeetingPlace.offerings':
      'PTV has no offerings, so the default open activity (open-activity) was set; check the offerings.',
    'MeetingPlace.accessibility': 'no accessibility features are known, so the list was left empty; add them by hand.',
    serviceHours: 'the opening hours became activities named “Open” (open activity).',
    languages: 'no service languages are given, so the list was left empty; add them in PTV.',
    phoneNumbers:
      'the phone number and email became a contact with the role contact person (contact-person) and no name, as PTV does not say who answers.',
    emails:
      'the email became a contact with the role contact person (contact-person) and no name, as PTV does not say who answers.',
  },
  defaulted: 'the source lacks this value, so a default was set; check it.',
  codes: {
    'invalid-record': () => 'not a PTV service channel with an id, so it was skipped. Check the format of the input.',
    'duplicate-id': () => 'an earlier record was already imported with the same id, so this one was skipped.',
    'not-service-location': (i) =>
      i.value === undefined
        ? 'the channel is not a service location (ServiceLocation), so it is no place to visit; it was skipped.'
        : `the channel type is ${enQuote(i.value)}, not a service location (ServiceLocation), so it is no place to visit; the channel was skipped.`,
    'not-published': (i) =>
      `${i.value === undefined ? 'the publishing status is not Published' : `the publishing status is ${enQuote(i.value)}, not Published`}; ` +
      'the service location was skipped. Publish it in PTV if it belongs in the list.',
    'other-municipality': (i) =>
      i.value === undefined
        ? 'the service location is in another municipality than the chosen one, so it was skipped.'
        : `the service location’s municipality code is ${enQuote(i.value)}, not the chosen municipality’s, so it was skipped.`,
    'missing-municipality': () =>
      'the address has no municipality code and the service area is not a single municipality, so the service location was skipped. Add the municipality to the visiting address in PTV.',
    'missing-name': (i) =>
      `there is no name in Finnish or Swedish, and the model requires a name in one of them; ${i.skip}. ` +
      `Add a Finnish or Swedish name ${i.where}.`,
    'schema-failure': () =>
      'the imported service location failed the MeetingPlace check in this field, so it was skipped. Check the matching data in PTV.',
    'invalid-value': (i) =>
      `${i.value === undefined ? 'the value is missing or has the wrong form' : `the value ${enQuote(i.value)} has the wrong form`}, ` +
      `so it was left out. Correct it ${i.where}.`,
    'unknown-field': () =>
      'the field is not part of the source’s documented shape, so it was not read; check whether the API has changed.',
    'unmapped-field': () =>
      'our data model has no place for this, so it was not imported; add it by hand if it is needed.',
    'unsupported-language': (i) => {
      if (isLanguageList(i.field))
        return `the language id ${i.value === undefined ? '' : `${enQuote(i.value)} `}is not an ISO 639 code, so the language was not imported.`;
      return (
        `${i.value === undefined ? 'the text’s language cannot be stored' : `the text is in ${enLanguage(i.value)}`}, ` +
        'but the model holds text in Finnish, Swedish, English and Sámi (Northern, Inari and Skolt Sámi) only; the text was not imported.'
      );
    },
    'language-not-selected': (i) =>
      `the text’s language ${i.value === undefined ? '' : `(${enLanguage(i.value)}) `}is not among the languages imported, so the text was left out.`,
    'missing-national-language': (i) => {
      if (i.skipped)
        return `the text is in neither Finnish nor Swedish, and the model requires one of them; ${i.skip}. Add a Finnish or Swedish text ${i.where}.`;
      if (isPlaceText(i.field))
        return `the place has no name in Finnish or Swedish, so its name in another language was used in the text. Add a Finnish or Swedish name ${i.where}.`;
      return `the text is in neither Finnish nor Swedish, and the model requires one of them, so the text in other languages was left out. Add a Finnish or Swedish text ${i.where}.`;
    },
    defaulted: (i) => (Object.hasOwn(en.defaults, i.field) ? (en.defaults[i.field] as string) : en.defaulted),
    'coordinates-not-ok': (i) =>
      `${i.value === undefined ? 'the coordinate state is not Ok or Loaded' : `the coordinate state is ${enQuote(i.value)}, not Ok or Loaded`}, ` +
      'so the coordinates were not used. Check the address location in PTV.',
    'coordinates-missing': () =>
      'the visiting address or its coordinates are missing, so the place has no location. Add the address and location in PTV.',
    'coordinates-invalid': () =>
      'the coordinates are not ETRS-TM35FIN coordinates within Finland, so they were not used. Check the location in PTV.',
    'coordinates-from-entrance': () =>
      'the address has no usable coordinates, so the entrance’s coordinates were used.',
    'incomplete-address': () =>
      'the street address lacks a street, a five-digit postal code or a post office in Finnish or Swedish, so the address was not imported. Complete the address in PTV.',
    'municipality-from-area': (i) =>
      `the address names no municipality, so the service area’s ${i.value === undefined ? 'municipality' : `municipality code ${enQuote(i.value)}`} was used. ` +
      'Add the municipality to the visiting address in PTV.',
    'time-truncated': (i) =>
      `the seconds ${i.value === undefined ? '' : `of the time ${enQuote(i.value)} `}were dropped, as the model keeps times as HH:mm.`,
    'over-midnight': () =>
      'the opening hours run past midnight, which the model cannot express; the field was not imported.',
    'always-open': () =>
      'open around the clock (isAlwaysOpen), which the model cannot express; the hours were not imported.',
    'holiday-not-dated': (i) =>
      `the hours for the holiday ${i.value === undefined ? '' : `${enQuote(i.value)} `}recur every year, but exceptions are stored by date ` +
      'and the import was given no years (holidayYears); the hours were not imported.',
    'exception-too-long': (i) =>
      `the exceptional period ${i.value === undefined ? '' : `${enQuote(i.value)} `}is over a year long, so it was not imported. ` +
      'Check its dates in PTV.',
    'hours-conflict': () =>
      'a second opening on the same exceptional day, but an exception holds one; this one was not imported.',
    'more-pages': (i) =>
      'the input is one page of a longer list, so the records on the other pages are missing. ' +
      `Fetch the other pages too${i.value === undefined ? '' : ` (next: ${enQuote(i.value)})`}.`,
    'invalid-event': () => 'not an event with a usable id, so it was skipped. Check the format of the input.',
    deleted: (i) => `the event was deleted ${i.where}; it was not imported.`,
    draft: (i) =>
      `the event is a draft, not published; it was not imported. Publish it ${i.where} if it belongs in the calendar.`,
    'series-container': () =>
      'the event is the container of a recurring series; its sub-events are imported as entries of their own, so the container was not.',
    cancelled: () => 'the event was cancelled; it was not imported.',
    postponed: () => 'the event was postponed and no new date is known yet; it was not imported.',
    'missing-start-time': (i) =>
      `the event has no start time, so it has no place in a calendar; it was skipped. Add the start time ${i.where}.`,
    'invalid-time': (i) =>
      `the time ${i.value === undefined ? '' : `${enQuote(i.value)} `}is not an ISO 8601 date or date-time; ` +
      `${i.skipped ? i.skip : 'it was treated as missing'}. Correct it ${i.where}.`,
    'end-before-start': (i) =>
      `the event ends${i.value === undefined ? '' : ` (${enQuote(i.value)})`} before it starts, so it was skipped. Correct the times ${i.where}.`,
    'missing-end-time': (i) =>
      'the end time is missing or equals the start time, so the event was taken to end at the end of the day. ' +
      `Add the end time ${i.where}.`,
    'invalid-entry': (i) =>
      `the calendar entry made from the event failed the CalendarEntry check, so the event was skipped. Check the event ${i.where}.`,
    rescheduled: () => 'the event was moved to a new time; the times imported are the new ones.',
    'unknown-value': (i) =>
      `the value ${i.value === undefined ? '' : `${enQuote(i.value)} `}is not one the API documents, so it was ignored.`,
    'invalid-field': (i) =>
      `the value has the wrong form or contradicts another, so it was left out. Correct it ${i.where}.`,
    'invalid-url': (i) =>
      `the address ${i.value === undefined ? '' : `${enQuote(i.value)} `}is not an http or https address, so it was left out. ` +
      `Correct it ${i.where}.`,
    'reference-only': (i) =>
      `these came as links only, without names; the names come when the events are fetched with include=${includeFor(i.field)}.`,
  },
  unknown: (code, i) => `this could not be imported (code ${enQuote(code)})${i.skipped ? `; ${i.skip}` : ''}.`,
};

/** The importer-issue catalogue by locale. */
export const importIssueMessages: Readonly<Record<Locale, ImportIssueMessages>> = { fi, sv, en };
