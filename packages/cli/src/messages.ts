import {
  type AgreementEntry,
  type AgreementPartyState,
  type AgreementStatus,
  formatDate,
  type Locale,
  type MeetingDuty,
  type MoveReason,
} from '@perhekeskus/core';

/**
 * Every sentence the `perhekeskus` command prints itself, in Finnish, Swedish and English, in one place
 * so a translator sees them all. Every sentence about a problem in data (a row and field of a region,
 * a places file or calendar entries, a reference, a schedule) comes from core's catalogue
 * (`dataIssueMessage`, `importIssueMessage`); this catalogue holds the command's own: help texts, option
 * errors, file and network errors, summaries. Dates are written by core's `formatDate`. The TypeScript
 * interface makes a missing sentence a compile error; `messages.test.ts` checks the same at run time.
 */

/** The languages of the command's output (`--lang`): core's locales. */
export const cliLanguages = ['fi', 'sv', 'en'] as const satisfies readonly Locale[];
/**
 * The language of the command's output.
 *
 * @deprecated The same as core's `Locale`; use that.
 */
export type CliLanguage = Locale;

/** What `validate` recognised a file as. */
export type FileKind = 'region' | 'places' | 'entries' | 'published-places';

/** The help text of each command. */
export interface HelpTexts {
  main: string;
  validate: string;
  import: string;
  importPtv: string;
  importHsds: string;
  export: string;
  exportHsds: string;
  importLinkedEvents: string;
  ics: string;
  schedule: string;
  jsonld: string;
  migrate: string;
  publish: string;
  followUp: string;
  agreementStatus: string;
  agenda: string;
}

/** The sentences of `perhekeskus agenda`. */
export interface AgendaTexts {
  invalidFormat(value: string): string;
  /** The group has no dated meetings near the day (no cadence, or none in the years around it). */
  noMeetings(group: string): string;
  notAMeeting(group: string, date: string, nearest: readonly string[]): string;
  title(group: string): string;
  example: string;
  meeting(date: string, time: string, modes: string): string;
  convener(role: string, who: string): string;
  secretary(who: string): string;
  nobody: string;
  itemsHeading: string;
  noItems: string;
  reason: string;
  inviteesHeading: string;
  noInvitees: string;
  deputyOf(who: string): string;
}

/** The sentences of `perhekeskus agreement-status`. */
export interface AgreementStatusTexts {
  unknownAgreement(id: string, valid: readonly string[]): string;
  noAgreements: string;
  /** `etela-savo-2026-2029 · period 1 Jan 2026–31 Dec 2029 · Etelä-Savo (built-in data)` */
  subtitle(id: string, start: string, end: string | undefined, region: string): string;
  summary(on: string, counts: AgreementStatus['counts']): string;
  entry(entry: AgreementEntry): string;
  states: Record<AgreementPartyState, string>;
  partiesHeading: string;
  noDecision: string;
  caseNumber(value: string): string;
  electronic: string;
  signatory(post: string): string;
  signed(date: string): string;
  signaturePending: string;
}

/** The sentences of `perhekeskus follow-up`. */
export interface FollowUpTexts {
  invalidYear(value: string, first: number, last: number): string;
  /** `Follow-up 2026 · as of 1 Jan 2026` */
  title(year: number, date: string): string;
  evaluationsHeading(year: number, due: number, done: number): string;
  noEvaluationActivity: string;
  noEvaluationsDue(year: number): string;
  done: string;
  notDone: string;
  late: string;
  example: string;
  coverageHeading(date: string, covered: number, total: number): string;
  withPlace(count: number): string;
  withoutPlace(count: number): string;
  none: string;
  deletionHeading(year: number): string;
  noAnnualReport: string;
  noDeletion(year: number): string;
  deletion(deleteOn: string, report: string, reportDate: string): string;
}

/** The sentences of `perhekeskus export hsds` and `import hsds`. */
export interface HsdsTexts {
  unknownFormat(name: string): string;
  missingFormat: string;
  missingInput: string;
  invalidTextLanguage(value: string): string;
  /** `--out` holds files that are no HSDS export: refused rather than replaced. */
  notOurs(dir: string): string;
  /** A folder with none of the table files. */
  noTables(dir: string): string;
  done(dir: string, count: number): string;
  notExportedHeading(count: number): string;
}

/** The parts a language provides. */
export interface Messages {
  help: HelpTexts;
  hsds: HsdsTexts;
  // Command line
  unknownCommand(name: string): string;
  unknownImportSource(name: string): string;
  missingImportSource: string;
  unknownLanguage(value: string): string;
  unknownOption(option: string): string;
  missingValue(option: string): string;
  unexpectedArgument(value: string): string;
  seeHelp(command: string | undefined): string;
  missingOption(option: string): string;
  missingFile: string;
  tooManyFiles: string;
  invalidDate(option: string, value: string): string;
  dateOrder(from: string, to: string): string;
  yearRange(option: string, value: string, first: number, last: number): string;
  invalidMonths(value: string): string;
  invalidMunicipality(value: string): string;
  invalidHolidayYears(value: string): string;
  invalidApi(value: string): string;
  invalidKind(value: string): string;
  invalidUrl(option: string, value: string): string;
  missingKey: string;
  internalError(message: string): string;
  // Files
  fileNotFound(path: string): string;
  fileIsDirectory(path: string): string;
  fileNotReadable(path: string, reason: string): string;
  jsonSyntax(path: string, line: number, column: number, problem: string): string;
  jsonUnexpectedEnd: string;
  jsonUnexpectedChar(char: string): string;
  jsonTrailingComma(char: string): string;
  // validate
  kindNames: Record<FileKind, string>;
  unknownKind(path: string): string;
  validPlaces(path: string, count: number): string;
  validEntries(path: string, count: number): string;
  validRegion(path: string, name: string, municipalities: number, groups: number, places: number): string;
  invalidFile(path: string, kind: FileKind, issues: number): string;
  rowsKept(valid: number, total: number): string;
  // migrate
  missingMigrateFile: string;
  /** One rewrite `migrateRegion` made, by its code. */
  migrationChanges: Record<'notice-deadline-to-termination', (path: string) => string>;
  migrateNothing(path: string): string;
  migrateWrote(path: string): string;
  migrateValid(path: string): string;
  migrateInvalid(count: number): string;
  // publish
  missingRegionFile: string;
  invalidYears(value: string): string;
  invalidSourceDateEpoch(value: string): string;
  publishRefused(path: string, count: number): string;
  publishNotDirectory(path: string): string;
  publishNotOurs(path: string): string;
  writeFailed(path: string, reason: string): string;
  publishDone(dir: string, count: number, years: readonly number[]): string;
  publishExample: string;
  regionInvalid(path: string, count: number): string;
  regionHint(path: string): string;
  moreProblems(count: number): string;
  // ics and schedule
  unknownGroups(ids: readonly string[], valid: readonly string[]): string;
  noCadence(group: string): string;
  noEvents: string;
  meetingsCalendarName(region: string): string;
  evaluationCalendarName(region: string): string;
  icsWrote(path: string, events: number): string;
  /** A date in running text: `10.3.2026`, `10 Mar 2026`. */
  date(iso: string): string;
  meetingsHeading(from: string, to: string, count: number): string;
  evaluationHeading(from: string, to: string, count: number): string;
  noMeetings: string;
  noEvaluations: string;
  moved(from: string, reason: MoveReason): string;
  // schedule --person
  unknownPerson(value: string, roles: readonly string[], people: readonly string[]): string;
  personHeading(who: string, from: string, to: string, count: number): string;
  duties: Record<MeetingDuty, string>;
  clash(holders: readonly string[]): string;
  loadHeading: string;
  load(count: number): string;
  builtInRegion: string;
  // import
  pageProgress(page: number, pageCount: number | undefined, items: number): string;
  readFromFile(path: string, records: number): string;
  networkError(url: string, reason: string): string;
  httpError(url: string, status: number, statusText: string): string;
  httpAuthHint: string;
  notJson(url: string): string;
  unexpectedResponse(url: string, expected: string): string;
  tooManyPages(limit: number): string;
  /** A `meta.next` that leads back to a page already fetched, after `pages` pages. */
  pageLoop(url: string, pages: number): string;
  otherOrigin(url: string): string;
  importFailed(message: string): string;
  skippedHeading(count: number): string;
  fieldIssuesHeading(count: number): string;
  invalidRowsHeading(count: number): string;
  importDonePlaces(count: number): string;
  importDoneEntries(count: number): string;
  importNothing: string;
  // jsonld
  jsonldMissingFile: string;
  /** A file `jsonld` cannot turn into JSON-LD: a region description, or a file of no known kind. */
  jsonldUnsupportedKind(path: string, kind: 'region' | 'published-places' | undefined): string;
  jsonldUrlOneRow(count: number): string;
  jsonldValidRowsOnly(count: number): string;
  jsonldNothing: string;
  // follow-up
  followUp: FollowUpTexts;
  // agreement-status
  agreementStatus: AgreementStatusTexts;
  // agenda
  agenda: AgendaTexts;
}

const fiDate = (iso: string): string => formatDate(iso, 'fi');
const svDate = (iso: string): string => formatDate(iso, 'sv');
const enDate = (iso: string): string => formatDate(iso, 'en');

const fi: Messages = {
  help: {
    main: `perhekeskus — perhekeskustoiminnan aineistojen työkalu

Käyttö: perhekeskus <komento> [valinnat]

Komennot:
  validate TIEDOSTO      tarkistaa alueen kuvauksen, kohtaamispaikkaluettelon tai kalenterimerkinnät (JSON)
  import ptv             tuo kunnan palvelupaikat Palvelutietovarannosta (PTV) kohtaamispaikoiksi
  import linked-events   tuo tapahtumat Linked Events -rajapinnasta kalenterimerkinnöiksi
  import hsds TIEDOSTO   tuo Open Referral HSDS 3.0 -palveluhakemiston kohtaamispaikoiksi
  export hsds TIEDOSTO   kirjoittaa kohtaamispaikat Open Referral HSDS 3.0 -muodossa (--out HAKEMISTO)
  ics                    kirjoittaa ryhmien tapaamiset tai arviointikalenterin iCalendar-muodossa (.ics)
  schedule [TIEDOSTO]    tulostaa tulevat tapaamiset ja arvioinnit luettavana yhteenvetona
  follow-up [TIEDOSTO]   kohtaamispaikkojen arvioinnit, kuntien kohtaamispaikat ja henkilötietojen poisto
  agreement-status       kertoo, ketkä sopimuksen osapuolista ovat päättäneet ja allekirjoittaneet
  agenda                 tulostaa ryhmän kokouksen esityslistan ja kutsuttavat
  jsonld TIEDOSTO        kirjoittaa kohtaamispaikat tai kalenterimerkinnät verkkosivulle schema.org JSON-LD:nä
  migrate TIEDOSTO       päivittää alueen kuvauksen vanhentuneet kohdat nykyiseen muotoon
  publish TIEDOSTO       kirjoittaa alueen kuvauksesta sivuston staattiset tiedostot (--out HAKEMISTO)

Yhteiset valinnat:
  --lang fi|sv|en        viestien kieli (oletus fi)
  -h, --help             komennon ohje
  --version              versio

Komennon ohje: perhekeskus <komento> --help
`,
    validate: `Käyttö: perhekeskus validate TIEDOSTO [--type region|places|entries] [--lang fi|sv|en]

Tarkistaa JSON-tiedoston: alueen kuvauksen (Region), kohtaamispaikkaluettelon ({ "places": [...] } tai
pelkkä lista, myös perhekeskus publishin places.json) tai kalenterimerkinnät ({ "entries": [...] } tai
pelkkä lista). Tiedoston laji päätellään sisällöstä ($schema, places, entries, alueen kentät). Jokainen
virhe nimeää rivin (järjestysnumero ja nimi tai tunniste) ja kentän; JSON-syntaksivirheestä kerrotaan rivi
ja sarake.

Alueen kuvauksesta tarkistetaan kaikki, mihin myöhempi käyttö kaatuisi: muoto, viittaukset (tunnisteet,
kunnat kansallisen kuntaluettelon mukaan, hyvinvointialue, lajit ja sanasto) ja se, että jokaisen ryhmän
ja arvioinnin aikataulu voidaan laskea sopimuskaudelle. Kohtaamispaikkojen kuntakoodien pitää olla Suomen
kuntia ja, jos tiedosto luettelee kuntansa, niistä jokin.

Valinnat:
  --type region|places|entries   tiedoston laji, jos sitä ei haluta päätellä
  --lang fi|sv|en                viestien kieli (oletus fi)
  -h, --help                     tämä ohje

Paluuarvo: 0 kun tiedosto kelpaa, 1 kun siinä on virheitä tai sitä ei voi lukea, 2 virheellisillä valinnoilla.

Esimerkki:
  perhekeskus validate places.json
`,
    import: `Käyttö: perhekeskus import <lähde> [valinnat]

Lähteet:
  ptv             kunnan palvelupaikat Suomi.fi-palvelutietovarannosta (PTV) kohtaamispaikoiksi
  linked-events   tapahtumat Linked Events -rajapinnasta kalenterimerkinnöiksi
  hsds            Open Referral HSDS 3.0 -palveluhakemisto (tiedosto tai hakemisto) kohtaamispaikoiksi

Lähteen ohje: perhekeskus import ptv --help
`,
    importPtv: `Käyttö: perhekeskus import ptv --municipality KOODI [--out TIEDOSTO] [valinnat]

Hakee kunnan palvelupaikat (ServiceLocation-asiointikanavat) Suomi.fi-palvelutietovarannosta sivu
kerrallaan, muuntaa ne kohtaamispaikoiksi, tarkistaa ne ja kirjoittaa kohtaamispaikkaluettelon (JSON)
vakiotulosteeseen tai --out-tiedostoon. Ohitetut kohteet ja pois jääneet kentät syineen kerrotaan
virhetulosteessa.

Valinnat:
  --municipality KOODI   kunnan kolminumeroinen koodi, esim. 681 (pakollinen, ellei --from-file)
  --api v11|v12          rajapinnan versio (oletus v11; v12 vaatii API-avaimen)
  --key AVAIN            v12:n API-avain (otsake x-api-key); oletus ympäristömuuttujasta PTV_API_KEY
  --base URL             rajapinnan osoite (oletus https://api.palvelutietovaranto.suomi.fi)
  --holiday-years VUODET pyhäpäivien aukioloajat näiksi vuosiksi, esim. 2026,2027 (oletus tämä ja ensi vuosi)
  --from-file TIEDOSTO   lukee tallennetun vastauksen (sivu, lista sivuja tai lista kanavia) verkon sijaan
  --out TIEDOSTO         kirjoittaa tiedostoon (väliaikaiseen tiedostoon, joka nimetään lopuksi: epäonnistunut
                         tuonti jättää edellisen tiedoston ennalleen)
  --progress             näyttää haetut sivut (aina, kun virhetuloste on pääte)
  --strict               paluuarvo 1, jos jotain ohitettiin
  --lang fi|sv|en        viestien kieli (oletus fi)
  -h, --help             tämä ohje

Esimerkki:
  perhekeskus import ptv --municipality 681 --out places.json
`,
    importLinkedEvents: `Käyttö: perhekeskus import linked-events --base URL [--out TIEDOSTO] [valinnat]

Hakee tapahtumat Linked Events -rajapinnasta (seuraten meta.next-linkkejä), muuntaa ne
kalenterimerkinnöiksi, tarkistaa ne ja kirjoittaa merkinnät (JSON) vakiotulosteeseen tai
--out-tiedostoon. Ohitetut tapahtumat ja pois jääneet kentät syineen kerrotaan virhetulosteessa.

Valinnat:
  --base URL             rajapinnan osoite, esim. https://api.hel.fi/linkedevents/v1 (pakollinen, ellei --from-file)
  --keyword TUNNISTE     vain tämän asiasanan tapahtumat, esim. yso:p4354
  --from PVM             tapahtumat tästä päivästä alkaen (VVVV-KK-PP)
  --to PVM               tapahtumat tähän päivään asti (VVVV-KK-PP)
  --from-file TIEDOSTO   lukee tallennetun vastauksen (sivu, lista sivuja tai lista tapahtumia) verkon sijaan
  --out TIEDOSTO         kirjoittaa tiedostoon (väliaikaiseen tiedostoon, joka nimetään lopuksi: epäonnistunut
                         tuonti jättää edellisen tiedoston ennalleen)
  --progress             näyttää haetut sivut (aina, kun virhetuloste on pääte)
  --strict               paluuarvo 1, jos jotain ohitettiin
  --lang fi|sv|en        viestien kieli (oletus fi)
  -h, --help             tämä ohje

Esimerkki:
  perhekeskus import linked-events --base https://api.hel.fi/linkedevents/v1 --keyword yso:p4354 --out events.json
`,
    ics: `Käyttö: perhekeskus ics [TIEDOSTO] [--group TUNNISTE]... [--evaluation] [--from PVM] [--to PVM] [--out POLKU] [valinnat]

Kirjoittaa ryhmien tapaamiset ja/tai arviointikalenterin iCalendar-muodossa (.ics) vakiotulosteeseen tai
--out-tiedostoon, Helsingin ajassa. Ilman --group- ja --evaluation-valintoja mukana ovat kaikkien ryhmien
tapaamiset. Tapahtumien tunnisteet (UID) päättyvät alueen tunnisteeseen (@etela-savo), joten kalenteri
päivittää tapahtumat uudelleen tuotaessa eikä sekoita kahden alueen tapahtumia.

Valinnat:
  --group TUNNISTE     ryhmän tunniste, esim. steering-group (voi antaa useita)
  --evaluation         arviointikalenteri: jokainen arviointi kokopäivän tapahtumana koko ajanjaksoltaan
  --from PVM           ensimmäinen päivä, VVVV-KK-PP (oletus tänään)
  --to PVM             viimeinen päivä, VVVV-KK-PP (oletus vuoden päästä)
  --region TIEDOSTO    alueen kuvaus (JSON), kuten TIEDOSTO; oletus sisäänrakennettu Etelä-Savo
  --out POLKU          kirjoittaa tiedostoon; hakemistoon (olemassa oleva tai /-merkkiin päättyvä) nimellä
                       <alue>-<ryhmä>.ics, esim. etela-savo-steering-group.ics (tai -meetings, -evaluation)
  --lang fi|sv|en      tapahtumien ja viestien kieli (oletus fi)
  -h, --help           tämä ohje

Esimerkit:
  perhekeskus ics --group steering-group --from 2026-01-01 --to 2026-12-31 --out kalenterit/
  perhekeskus ics --evaluation --out etela-savo-evaluation.ics
`,
    followUp: `Käyttö: perhekeskus follow-up [TIEDOSTO] [--year VVVV] [--date PVM] [--json] [--lang fi|sv|en]

Koordinaattorin seuranta vuodelta: mikä kohtaamispaikkojen arviointi (vertais- tai itsearviointi) kunkin
paikan on tehtävä sinä vuonna, missä ikkunassa ja onko se tehty; kunnat, joissa on ja joissa ei ole
kohtaamispaikkaa päivänä PVM; ja päivä, jona tarpeettomat henkilötiedot poistetaan toimintaraportin
kokoamisen jälkeen (raportin ikkunan viimeistä päivää seuraava päivä). Kaikki luetaan alueen kuvauksen
arvioinneista ja kohtaamispaikoista; jos kuvauksessa ei ole kohtaamispaikkojen arviointia tai
toimintaraporttia, tuloste sanoo sen eikä keksi mitään.

Valinnat:
  --year VVVV          vuosi (oletus päivän PVM vuosi)
  --date PVM           päivä, VVVV-KK-PP (oletus tänään Helsingin aikaa; jos tämä päivä ei ole --year-vuodessa, sen 1.1.)
  --json               tulostaa tuloksen JSONina
  --region TIEDOSTO    alueen kuvaus (JSON), kuten TIEDOSTO; oletus sisäänrakennettu Etelä-Savo
  --lang fi|sv|en      kieli (oletus fi)
  -h, --help           tämä ohje

Esimerkki:
  perhekeskus follow-up --year 2026 --date 2026-01-01
`,
    schedule: `Käyttö: perhekeskus schedule [TIEDOSTO] [--from PVM] [--months N] [--group TUNNISTE]... [--person ROOLI|HENKILÖ] [--lang fi|sv|en]

Tulostaa tulevat tapaamiset kuukausittain ja arviointikalenterin luettavana yhteenvetona. Tapaamiset on
sovitettu niin, ettei kenelläkään koolle kutsuvalla, vetävällä tai sihteerillä ole kahta tapaamista
samana päivänä eikä yli kahta samalla viikolla; siirto kerrotaan.

Valinnat:
  --from PVM           ensimmäinen päivä, VVVV-KK-PP (oletus tänään Helsingin aikaa)
  --months N           kuinka monta kuukautta, 1–120 (oletus 12)
  --group TUNNISTE     vain tämän ryhmän tapaamiset (voi antaa useita)
  --person ROOLI       yhden ihmisen vuosi: tapaamiset, joissa hän kutsuu koolle, vetää tai on
                       sihteerinä, tehtävineen, ja tapaamisten määrä kuukausittain; ROOLI on koko
                       alueen rooli (esim. coordinator) tai henkilön tunniste
  --region TIEDOSTO    alueen kuvaus (JSON), kuten TIEDOSTO; oletus sisäänrakennettu Etelä-Savo
  --lang fi|sv|en      kieli (oletus fi)
  -h, --help           tämä ohje

Esimerkit:
  perhekeskus schedule --from 2026-01-01 --months 6
  perhekeskus schedule --person coordinator --from 2026-01-01
`,
    migrate: `Käyttö: perhekeskus migrate TIEDOSTO [--out TIEDOSTO] [--lang fi|sv|en]

Päivittää alueen kuvauksen vanhentuneet kohdat nykyiseen muotoon (esim. sopimuksen noticeDeadline →
termination) ja kertoo virhetulosteessa jokaisen muutoksen kohtineen. Tulos kirjoitetaan vakiotulosteeseen
tai --out-tiedostoon (ensin väliaikaiseen tiedostoon, joka nimetään lopuksi, joten keskeytynyt kirjoitus ei
jätä puolikasta tiedostoa). Lopuksi tulos tarkistetaan kuten komennolla perhekeskus validate.

Valinnat:
  --out TIEDOSTO    kirjoittaa tuloksen tähän tiedostoon (voi olla sama kuin luettava)
  --lang fi|sv|en   viestien kieli (oletus fi)
  -h, --help        tämä ohje

Paluuarvo: 0 kun tulos kelpaa, 1 kun siinä on virheitä tai tiedostoa ei voi lukea tai kirjoittaa,
2 virheellisillä valinnoilla.

Esimerkki:
  perhekeskus migrate region.json --out region.json
`,
    publish: `Käyttö: perhekeskus publish TIEDOSTO --out HAKEMISTO [--years VUODET] [--lang fi|sv|en]

Tarkistaa alueen kuvauksen kuten perhekeskus validate ja kirjoittaa siitä sivuston staattiset tiedostot
upotuskansion viereen: index.json (luettelo, jonka osoite riittää widgetille), places.json
(kohtaamispaikat, niiden kunnat ja järjestäjät), groups/<ryhmä>.json (jokaisen ryhmän tapaamiset
kalenterimerkintöinä), year-clocks/<tunniste>.json (vuosikellot), action-plan/<vuosi>.json (koko
toimintasuunnitelman vuosikello: ryhmien tapaamiset, arviointi ja raportit) ja evaluation.json
(arviointikalenteri). Lisäksi html/<kieli>/ saa suomeksi, ruotsiksi ja englanniksi HTML-palat sivuille,
jotka toimivat ilman JavaScriptiä (places.html, meetings.html, year-clock-<tunniste>.html), ja
html/perhekeskus-fragments.css niiden tyylit.
Mukana on vain se, minkä widgetit näyttävät: ei lähteitä eikä oletuksia. Virheellisestä tiedostosta ei
kirjoiteta mitään. Tiedostot kirjoitetaan ensin väliaikaiseen hakemistoon, joka nimetään lopuksi
HAKEMISTOksi, joten epäonnistunut julkaisu jättää edellisen ennalleen. Sama aineisto ja sama hetki
tuottavat tavulleen samat tiedostot; SOURCE_DATE_EPOCH (sekunteja) kiinnittää hetken.

Valinnat:
  --out HAKEMISTO   kohdehakemisto (pakollinen); olemassa olevan pitää olla aiemman julkaisun tulos
  --years VUODET    kalentereiden vuodet, esim. 2026,2027 (oletus tämä ja ensi vuosi Helsingin aikaa)
  --lang fi|sv|en   viestien kieli (oletus fi)
  -h, --help        tämä ohje

Paluuarvo: 0 kun tiedostot kirjoitettiin, 1 kun alueen kuvaus ei kelpaa tai kirjoitus epäonnistui,
2 virheellisillä valinnoilla.

Esimerkki:
  perhekeskus publish region.json --out public/data/alue
`,
    jsonld: `Käyttö: perhekeskus jsonld TIEDOSTO [--script] [--url URL] [--out TIEDOSTO] [--lang fi|sv|en]

Kirjoittaa schema.org JSON-LD:n verkkosivulle, jotta hakukoneet ja karttapalvelut voivat lukea sen:
kohtaamispaikkaluettelosta ({ "places": [...] } tai pelkkä lista) tulee paikkoja (Place: osoite,
koordinaatit, viikoittaiset aukioloajat), kalenterimerkinnöistä ({ "entries": [...] } tai pelkkä lista)
tapahtumia (Event). Tuloste on yksi JSON-lista vakiotulosteessa tai --out-tiedostossa. Esimerkkirivit (example: true) saavat
example-ominaisuuden, jottei niitä luulla todellisiksi paikoiksi tai tapahtumiksi.

Rivit tarkistetaan kuten komennolla perhekeskus validate. Virheelliset rivit kerrotaan virhetulosteessa
ja jätetään pois; kelpaavien rivien JSON-LD kirjoitetaan silti, ja paluuarvo on 1.

Valinnat:
  --script          kirjoittaa listan <script type="application/ld+json">-elementin sisään niin
                    suojattuna, ettei mikään aineiston teksti voi päättää elementtiä; käytä tätä sivulla
  --url URL         paikan tai tapahtuman oman sivun osoite (paikalle myös @id); vain tiedostolle,
                    jossa on yksi kelpaava rivi
  --out TIEDOSTO    kirjoittaa tiedostoon (väliaikaiseen tiedostoon, joka nimetään lopuksi); kun yksikään
                    rivi ei kelpaa, edellinen tiedosto jää ennalleen
  --lang fi|sv|en   JSON-LD:n nimien ja tekstien sekä viestien kieli (oletus fi)
  -h, --help        tämä ohje

Paluuarvo: 0 kun kaikki rivit kirjoitettiin, 1 kun jossain rivissä on virheitä (kelpaavat kirjoitetaan
silti) tai tiedostoa ei voi käyttää, 2 virheellisillä valinnoilla.

Esimerkki:
  perhekeskus jsonld places.json --script --out kohtaamispaikat-jsonld.html
`,
    agreementStatus: `Käyttö: perhekeskus agreement-status [TIEDOSTO] [--agreement TUNNISTE] [--date PVM] [--json] [--lang fi|sv|en]

Kertoo yhteistyösopimuksen tilanteen päivänä PVM: jokaisen osapuolen päätökset (toimielin, päivä, §,
diaarinumero, tulos), allekirjoittaja ja allekirjoitus sekä se, onko osapuoli hyväksynyt, allekirjoittanut,
hylännyt vai vielä toimimatta; lisäksi voimaantulopäivä, kun viimeinenkin osapuoli on allekirjoittanut.
Päivän jälkeiset päätökset ja allekirjoitukset jätetään pois. Jos osapuolten luettelo on osittainen,
voimaantulopäivää ei voi vielä tietää.

Valinnat:
  --agreement TUNNISTE  sopimus (oletus alueen uusin, esim. etela-savo-2026-2029)
  --date PVM            päivä, VVVV-KK-PP (oletus tänään Helsingin aikaa)
  --json                tulostaa tilanteen JSONina
  --region TIEDOSTO     alueen kuvaus (JSON), kuten TIEDOSTO; oletus sisäänrakennettu Etelä-Savo
  --lang fi|sv|en       kieli (oletus fi)
  -h, --help            tämä ohje

Esimerkki:
  perhekeskus agreement-status --agreement etela-savo-2026-2029 --date 2026-03-01
`,
    agenda: `Käyttö: perhekeskus agenda [TIEDOSTO] --group TUNNISTE [--date PVM] [--format text|markdown|html] [--lang fi|sv|en]

Tulostaa ryhmän kokouksen esityslistan tulostettavaksi: kokouksen aika ja muoto, koollekutsuja ja
sihteeri, käsiteltävät asiat numeroituina ja kunkin peruste (sopimuskauden alun tehtävät, muiden ryhmien
raportointivelvoitteet, arviointien tulokset sitä mukaa kuin ne valmistuvat) sekä kutsuttavat: jäsenet ja
varajäsenet (001 §13) työsähköposteineen, jos ne on kirjattu. PVM:n on oltava ryhmän kokous; muuten
kerrotaan lähimmät kokoukset. Ilman --date-valintaa tulostetaan seuraava kokous tänään tai sen jälkeen.

Valinnat:
  --group TUNNISTE                 ryhmän tunniste, esim. steering-group
  --date PVM                       kokouksen päivä, VVVV-KK-PP (oletus seuraava kokous)
  --format text|markdown|html      tulosteen muoto (oletus text); html on kokonainen, tulostettava sivu
  --region TIEDOSTO                alueen kuvaus (JSON), kuten TIEDOSTO; oletus sisäänrakennettu Etelä-Savo
  --lang fi|sv|en                  kieli (oletus fi)
  -h, --help                       tämä ohje

Esimerkki:
  perhekeskus agenda --group steering-group --date 2026-03-10
`,
    importHsds: `Käyttö: perhekeskus import hsds TIEDOSTO-TAI-HAKEMISTO [--out TIEDOSTO] [valinnat]

Tuo Open Referral HSDS 3.0 -palveluhakemiston kohtaamispaikkaluetteloksi (JSON) vakiotulosteeseen tai
--out-tiedostoon, joka korvataan vasta onnistuneen tuonnin jälkeen. Syötteeksi käy sisäkkäinen
service_at_location_list-lista, yksi JSON-olio taulukoittain ({ "service": [...], "location": [...] }) tai
hakemisto, jossa on taulukot omina tiedostoinaan (service.json, location.json, schedule.json…, kuten
export hsds ne kirjoittaa). Jokaisesta palvelusta sijainnissaan tulee kohtaamispaikka; viikoittaiset
aikataulut ovat toimintoja, yhden päivän aikataulut poikkeuksia. Ohitetut kohteet ja pois jääneet kentät
syineen kerrotaan virhetulosteessa.

Valinnat:
  --out TIEDOSTO         kirjoita tiedostoon vakiotulosteen sijaan
  --text-lang KIELI      aineiston tekstien kieli: fi, sv, en, se, smn tai sms (oletus fi)
  --municipality KOODI   kunta niille paikoille, joiden osoite ei nimeä Suomen kuntaa (esim. 681)
  --example              merkitse paikat keksityiksi esimerkeiksi (example: true)
  --strict               paluuarvo 1, jos jokin kohde ohitettiin tai hylättiin
  --lang fi|sv|en        viestien kieli (oletus fi)
  -h, --help             tämä ohje

Esimerkki:
  perhekeskus import hsds hsds/ --out places.json
`,
    export: `Käyttö: perhekeskus export <muoto> [valinnat]

Muodot:
  hsds            kohtaamispaikat Open Referral HSDS 3.0 -muodossa

Muodon ohje: perhekeskus export hsds --help
`,
    exportHsds: `Käyttö: perhekeskus export hsds ALUE-TAI-PLACES.json --out HAKEMISTO [valinnat]

Kirjoittaa alueen kuvauksen tai perhekeskus publishin places.json-tiedoston kohtaamispaikat Open Referral
HSDS 3.0 -muodossa hakemistoon: jokainen taulukko omana JSON-listanaan (organization.json, service.json,
location.json, service_at_location.json, schedule.json, language.json, accessibility.json, contact.json,
phone.json…) ja sisäkkäinen service_at_location_list.json. Tunnisteet ovat UUID v5 -tunnisteita omista
tunnisteistamme, samat joka ajolla. Hakemisto korvataan kokonaan vasta, kun kaikki tiedostot on
kirjoitettu; hakemistoa, jossa on muita tiedostoja, ei korvata. Kentät, joille HSDS:ssä ei ole paikkaa,
luetellaan virhetulosteessa.

Valinnat:
  --out HAKEMISTO        kohdehakemisto (pakollinen)
  --text-lang KIELI      tekstien kieli: fi, sv, en, se, smn tai sms (oletus fi; HSDS-rivit ovat yksikielisiä)
  --region-id TUNNISTE   alueen tunniste tunnisteiden pohjaksi (places.json-tiedostolle pakollinen)
  --lang fi|sv|en        viestien kieli (oletus fi)
  -h, --help             tämä ohje

Esimerkki:
  perhekeskus export hsds region.json --out hsds
`,
  },
  hsds: {
    unknownFormat: (name) => `tuntematon vientimuoto ”${name}”; muodot: hsds.`,
    missingFormat: 'anna vientimuoto: hsds.',
    missingInput: 'anna luettava tiedosto tai hakemisto.',
    invalidTextLanguage: (value) => `--text-lang: käytä fi, sv, en, se, smn tai sms; nyt ”${value}”.`,
    notOurs: (dir) =>
      `hakemistossa ${dir} on muitakin kuin HSDS-vientitiedostoja, joten sitä ei korvata; anna tyhjä tai uusi hakemisto.`,
    noTables: (dir) => `hakemistossa ${dir} ei ole yhtään HSDS-taulukkotiedostoa (service.json, location.json…).`,
    done: (dir, count) => `Kirjoitettu ${count} HSDS-tiedostoa hakemistoon ${dir}.`,
    notExportedHeading: (count) => `Ei viety (${count}):`,
  },
  unknownCommand: (name) =>
    `tuntematon komento ”${name}”; komennot ovat validate, import, export, ics, schedule, follow-up, jsonld, migrate ja publish.`,
  unknownImportSource: (name) => `tuntematon tuontilähde ”${name}”; lähteet ovat ptv, linked-events ja hsds.`,
  missingImportSource: 'anna tuontilähde: ptv, linked-events tai hsds.',
  unknownLanguage: (value) => `tuntematon kieli ”${value}”; käytä fi, sv tai en.`,
  unknownOption: (option) => `tuntematon valinta ${option}.`,
  missingValue: (option) => `valinnalle ${option} pitää antaa arvo.`,
  unexpectedArgument: (value) => `ylimääräinen argumentti ”${value}”.`,
  seeHelp: (command) => `Ohje: perhekeskus ${command ? `${command} ` : ''}--help`,
  missingOption: (option) => `valinta ${option} puuttuu.`,
  missingFile: 'anna tarkistettava tiedosto.',
  tooManyFiles: 'anna vain yksi tiedosto.',
  invalidDate: (option, value) =>
    `${option}: päivämäärä pitää antaa muodossa VVVV-KK-PP ja sen pitää olla todellinen päivä; nyt ”${value}”.`,
  dateOrder: (from, to) => `--to (${to}) ei voi olla ennen --from-päivää (${from}).`,
  yearRange: (option, value, first, last) => `${option}: aikataulun vuoden pitää olla ${first}–${last}; nyt ${value}.`,
  invalidMonths: (value) => `--months: anna kokonaisluku 1–120; nyt ”${value}”.`,
  invalidMunicipality: (value) =>
    `--municipality: kuntakoodin pitää olla Tilastokeskuksen kolminumeroinen koodi (esim. 681); nyt ”${value}”.`,
  invalidApi: (value) => `--api: käytä v11 tai v12; nyt ”${value}”.`,
  invalidHolidayYears: (value) =>
    `--holiday-years: anna vuodet pilkuin eroteltuina (esim. 2026,2027), 1900–2200; nyt ”${value}”.`,
  invalidKind: (value) => `--type: käytä region, places tai entries; nyt ”${value}”.`,
  invalidUrl: (option, value) => `${option}: anna kokonainen http- tai https-osoite; nyt ”${value}”.`,
  missingKey: 'PTV:n v12-rajapinta vaatii API-avaimen: anna --key tai aseta ympäristömuuttuja PTV_API_KEY.',
  internalError: (message) => `sisäinen virhe: ${message}`,
  fileNotFound: (path) => `tiedostoa ${path} ei löydy.`,
  fileIsDirectory: (path) => `${path} on hakemisto, ei tiedosto.`,
  fileNotReadable: (path, reason) => `tiedostoa ${path} ei voi lukea: ${reason}`,
  jsonSyntax: (path, line, column, problem) => `${path}:${line}:${column}: JSON-syntaksivirhe: ${problem}.`,
  jsonUnexpectedEnd: 'tiedosto loppuu kesken',
  jsonUnexpectedChar: (char) => `odottamaton merkki ”${char}”`,
  jsonTrailingComma: (char) => `ylimääräinen pilkku ennen merkkiä ”${char}”`,
  kindNames: {
    region: 'alueen kuvaus',
    places: 'kohtaamispaikkaluettelo',
    entries: 'kalenterimerkinnät',
    'published-places': 'julkaistu kohtaamispaikkaluettelo',
  },
  unknownKind: (path) =>
    `${path}: lajia ei tunnistettu. Odotettiin alueen kuvausta, kohtaamispaikkaluetteloa ({ "places": [...] }) tai kalenterimerkintöjä ({ "entries": [...] }); anna laji valinnalla --type.`,
  validPlaces: (path, count) =>
    `OK: ${path} — kohtaamispaikkaluettelo, ${count} ${count === 1 ? 'kohde' : 'kohdetta'}.`,
  validEntries: (path, count) =>
    `OK: ${path} — kalenterimerkinnät, ${count} ${count === 1 ? 'merkintä' : 'merkintää'}.`,
  validRegion: (path, name, municipalities, groups, places) =>
    `OK: ${path} — alueen kuvaus ”${name}”: ${municipalities} kuntaa, ${groups} ryhmää, ${places} kohtaamispaikkaa.`,
  invalidFile: (path, kind, issues) =>
    `${path} (${fi.kindNames[kind]}): ${issues} ${issues === 1 ? 'virhe' : 'virhettä'}.`,
  rowsKept: (valid, total) => `${valid}/${total} riviä kelpaa.`,
  missingMigrateFile: 'anna päivitettävä alueen kuvaus.',
  migrationChanges: {
    'notice-deadline-to-termination': (path) =>
      `${path}: noticeDeadline on nyt termination: { kind: 'year-end', deadline } (sama sääntö).`,
  },
  migrateNothing: (path) => `${path} on jo nykyisessä muodossa; mitään ei muutettu.`,
  migrateWrote: (path) => `Kirjoitettu ${path}.`,
  migrateValid: (path) => `Tulos kelpaa: ${path}.`,
  migrateInvalid: (count) => `Tulos ei kelpaa (${count} ${count === 1 ? 'virhe' : 'virhettä'}); korjaa ne käsin.`,
  missingRegionFile: 'anna julkaistava alueen kuvaus.',
  invalidYears: (value) =>
    `--years: anna 1–10 vuotta pilkuin eroteltuina (esim. 2026,2027), 1922–2200; nyt ”${value}”.`,
  invalidSourceDateEpoch: (value) =>
    `ympäristömuuttujan SOURCE_DATE_EPOCH pitää olla kokonaisia sekunteja vuoden 1970 alusta; nyt ”${value}”.`,
  publishRefused: (path, count) =>
    `${path} ei kelpaa (${count} ${count === 1 ? 'virhe' : 'virhettä'}); mitään ei kirjoitettu.`,
  publishNotDirectory: (path) => `${path} on tiedosto; --out on hakemisto.`,
  publishNotOurs: (path) =>
    `hakemisto ${path} ei ole tyhjä eikä aiemman julkaisun tulos (ei index.json-luetteloa); valitse uusi tai tyhjä hakemisto, jottei sen tiedostoja korvata.`,
  writeFailed: (path, reason) => `tiedostoa ${path} ei voitu kirjoittaa: ${reason}`,
  publishDone: (dir, count, years) =>
    `Julkaistu ${dir}: ${count} ${count === 1 ? 'tiedosto' : 'tiedostoa'} (kalenterit ${years.join(', ')}).`,
  publishExample: 'Aineisto on keksittyä esimerkkiä (example: true); jokainen julkaistu rivi on merkitty esimerkiksi.',
  regionInvalid: (path, count) => `alueen kuvaus ${path} ei kelpaa (${count} ${count === 1 ? 'virhe' : 'virhettä'}):`,
  regionHint: (path) => `Kaikki virheet: perhekeskus validate ${path}`,
  moreProblems: (count) => `… ja ${count} muuta.`,
  unknownGroups: (ids, valid) =>
    `tuntematon ryhmä ${ids.map((id) => `”${id}”`).join(', ')}. Ryhmien tunnisteet: ${valid.join(', ')}.`,
  noCadence: (group) => `ryhmällä ${group} ei ole kokoontumisaikataulua (cadence), joten sillä ei ole tapaamisia.`,
  noEvents: 'valitulla aikavälillä ei ole tapahtumia.',
  meetingsCalendarName: (region) => `${region}: tapaamiset`,
  evaluationCalendarName: (region) => `${region}: arviointikalenteri`,
  icsWrote: (path, events) => `Kirjoitettu ${path}: ${events} ${events === 1 ? 'tapahtuma' : 'tapahtumaa'}.`,
  date: fiDate,
  meetingsHeading: (from, to, count) =>
    `Tapaamiset ${fiDate(from)}–${fiDate(to)}: ${count} ${count === 1 ? 'tapaaminen' : 'tapaamista'}`,
  evaluationHeading: (from, to, count) =>
    `Arviointikalenteri ${fiDate(from)}–${fiDate(to)}: ${count} ${count === 1 ? 'arviointi' : 'arviointia'}`,
  noMeetings: 'ei tapaamisia',
  noEvaluations: 'ei arviointeja',
  moved: (from, reason) =>
    `siirretty ${fiDate(from)} → ${{ weekend: 'viikonloppu', holiday: 'pyhäpäivä', 'day-off': 'vapaapäivä', conflict: 'päällekkäisyys' }[reason]}`,
  unknownPerson: (value, roles, people) =>
    `--person: ”${value}” ei ole koko alueen rooli eikä henkilö; roolit: ${roles.join(', ') || '(ei yhtään)'}; henkilöt: ${people.join(', ') || '(ei yhtään)'}.`,
  personHeading: (who, from, to, count) =>
    `${who}: tapaamiset ${fiDate(from)}–${fiDate(to)}: ${count} ${count === 1 ? 'tapaaminen' : 'tapaamista'}`,
  duties: {
    convener: 'kutsuu koolle',
    chair: 'puheenjohtaja',
    'responsible-person': 'vastuuhenkilö',
    secretary: 'sihteeri',
    lead: 'vetovuoro',
  },
  clash: (holders) => `ei mahtunut: päällekkäin (${holders.join(', ')})`,
  loadHeading: 'Tapaamisia kuukausittain',
  load: (count) => `${count} ${count === 1 ? 'tapaaminen' : 'tapaamista'}`,
  builtInRegion: 'sisäänrakennettu aineisto',
  pageProgress: (page, pageCount, items) =>
    `haettu sivu ${page}${pageCount !== undefined ? `/${pageCount}` : ''} (${items} ${items === 1 ? 'tietue' : 'tietuetta'})`,
  readFromFile: (path, records) => `luettu ${path}: ${records} ${records === 1 ? 'tietue' : 'tietuetta'}`,
  networkError: (url, reason) => `yhteys osoitteeseen ${url} epäonnistui: ${reason}`,
  httpError: (url, status, statusText) => `palvelin vastasi ${status} ${statusText} osoitteelle ${url}.`,
  httpAuthHint: 'Tarkista API-avain (--key tai PTV_API_KEY).',
  notJson: (url) => `vastaus osoitteesta ${url} ei ole JSONia.`,
  unexpectedResponse: (url, expected) => `odottamaton vastaus osoitteesta ${url}: odotettiin ${expected}.`,
  tooManyPages: (limit) => `keskeytetty ${limit} sivun jälkeen; rajaa hakua.`,
  pageLoop: (url, pages) =>
    `seuraavan sivun osoite (meta.next) ${url} vie jo haetulle sivulle; haku keskeytettiin ${pages} sivun jälkeen.`,
  otherOrigin: (url) => `seuraavan sivun osoite ${url} on eri palvelimella kuin --base; haku keskeytettiin.`,
  importFailed: (message) => `tuonti epäonnistui: ${message}`,
  skippedHeading: (count) => `Ohitettu kokonaan (${count}):`,
  fieldIssuesHeading: (count) => `Kenttiä jäi pois (${count}):`,
  invalidRowsHeading: (count) => `Tarkistuksessa hylätty (${count}):`,
  importDonePlaces: (count) => `Kirjoitettu ${count} ${count === 1 ? 'kohtaamispaikka' : 'kohtaamispaikkaa'}.`,
  importDoneEntries: (count) => `Kirjoitettu ${count} ${count === 1 ? 'kalenterimerkintä' : 'kalenterimerkintää'}.`,
  importNothing: 'mitään ei voitu tuoda.',
  followUp: {
    invalidYear: (value, first, last) => `--year: anna vuosi ${first}–${last}; nyt ”${value}”.`,
    title: (year, date) => `Seuranta ${year} · tilanne ${fiDate(date)}`,
    evaluationsHeading: (year, due, done) => `Kohtaamispaikkojen arvioinnit ${year}: tehty ${done}/${due}`,
    noEvaluationActivity:
      'alueen kuvauksessa ei ole kohtaamispaikkojen arviointia (evaluationActivities), joten sitä, mikä arviointi kuuluu tehdä, ei voi laskea.',
    noEvaluationsDue: (year) => `ei kohtaamispaikkojen arviointeja vuonna ${year}`,
    done: 'tehty',
    notDone: 'tekemättä',
    late: 'myöhässä',
    example: 'esimerkki',
    coverageHeading: (date, covered, total) => `Kunnat, joissa on kohtaamispaikka ${fiDate(date)}: ${covered}/${total}`,
    withPlace: (count) => `Kohtaamispaikka (${count})`,
    withoutPlace: (count) => `Ei kohtaamispaikkaa (${count})`,
    none: 'ei yhtään',
    deletionHeading: (year) => `Tarpeettomien henkilötietojen poisto ${year}`,
    noAnnualReport:
      'alueen kuvauksessa ei ole toimintaraporttia (arviointi, jonka laji on annual-report), joten poistopäivää ei voi laskea.',
    noDeletion: (year) => `ei poistopäivää vuonna ${year}`,
    deletion: (deleteOn, report, reportDate) =>
      `${fiDate(deleteOn)}: poista tarpeettomat henkilötiedot — ${report} koottu viimeistään ${fiDate(reportDate)}`,
  },
  jsonldMissingFile: 'anna tiedosto, josta JSON-LD tehdään.',
  jsonldUnsupportedKind: (path, kind) =>
    `${kind === undefined ? `${path}: lajia ei tunnistettu` : `${path} on ${fi.kindNames[kind]}`}; jsonld tekee JSON-LD:n kohtaamispaikkaluettelosta ({ "places": [...] }) tai kalenterimerkinnöistä ({ "entries": [...] }).`,
  jsonldUrlOneRow: (count) =>
    `--url on yhden paikan tai tapahtuman sivun osoite, mutta tiedostossa on ${count} kelpaavaa riviä (sama osoite kaikille yhdistäisi ne yhdeksi); jätä --url pois tai anna tiedosto, jossa on yksi rivi.`,
  jsonldValidRowsOnly: (count) =>
    `JSON-LD kirjoitettiin vain ${count} kelpaavasta rivistä; virheelliset rivit jätettiin pois.`,
  jsonldNothing: 'JSON-LD:tä ei kirjoitettu: yksikään rivi ei kelpaa.',
  agreementStatus: {
    unknownAgreement: (id, valid) =>
      `alueella ei ole sopimusta ”${id}”. Sopimusten tunnisteet: ${valid.join(', ') || 'ei yhtään'}.`,
    noAgreements: 'alueen kuvauksessa ei ole yhtään sopimusta.',
    subtitle: (id, start, end, region) =>
      `${id} · sopimuskausi ${fiDate(start)}–${end ? fiDate(end) : 'toistaiseksi'} · ${region}`,
    summary: (on, c) =>
      `Tilanne ${fiDate(on)}: ${c.parties} ${c.parties === 1 ? 'osapuoli' : 'osapuolta'} — allekirjoittanut ${c.signed}, hyväksynyt ${c.approved}, hylännyt ${c.declined}, vielä toimimatta ${c['to-act']}`,
    entry: (e) =>
      e.status === 'known'
        ? `Voimaantulo: ${fiDate(e.date)} (kaikki osapuolet ovat allekirjoittaneet).`
        : e.status === 'partial-list'
          ? 'Voimaantulo: ei vielä tiedossa — osapuolten luettelo on osittainen, joten ei tiedetä, ketkä vielä allekirjoittavat.'
          : e.status === 'no-parties'
            ? 'Voimaantulo: ei tiedossa — sopimuksella ei ole osapuolia.'
            : `Voimaantulo: kun kaikki ovat allekirjoittaneet; ${e.unsigned} ${e.unsigned === 1 ? 'osapuoli ei ole' : 'osapuolta ei ole'} vielä allekirjoittanut.`,
    states: { signed: 'allekirjoittanut', approved: 'hyväksynyt', declined: 'hylännyt', 'to-act': 'vielä toimimatta' },
    partiesHeading: 'Osapuolet',
    noDecision: 'ei päätöstä',
    caseNumber: (value) => `dnro ${value}`,
    electronic: 'sähköinen päätöksenteko',
    signatory: (post) => `allekirjoittaja: ${post}`,
    signed: (date) => `allekirjoitettu ${fiDate(date)}`,
    signaturePending: 'allekirjoitus odottaa',
  },
  agenda: {
    invalidFormat: (value) => `--format on text, markdown tai html, ei ”${value}”.`,
    noMeetings: (group) => `ryhmällä ”${group}” ei ole päivättyjä kokouksia tuolloin (sillä ei ehkä ole kokousrytmiä).`,
    notAMeeting: (group, date, nearest) =>
      `ryhmällä ”${group}” ei ole kokousta ${fiDate(date)}. Lähimmät kokoukset: ${nearest.map(fiDate).join(', ')}.`,
    title: (group) => `Esityslista: ${group}`,
    example: 'Esimerkkiaineisto: keksitty, ei todellinen.',
    meeting: (date, time, modes) => `Kokous ${fiDate(date)} ${time} · ${modes}`,
    convener: (role, who) => `Koollekutsuja (${role}): ${who}`,
    secretary: (who) => `Sihteeri: ${who}`,
    nobody: 'ei nimetty',
    itemsHeading: 'Käsiteltävät asiat',
    noItems: 'Aineiston mukaan tähän kokoukseen ei ole erääntyviä asioita.',
    reason: 'Peruste',
    inviteesHeading: 'Kutsuttavat: jäsenet ja varajäsenet (001 §13)',
    noInvitees: 'Jäseniä ei ole kirjattu.',
    deputyOf: (who) => `varajäsen: ${who}`,
  },
};

const sv: Messages = {
  help: {
    main: `perhekeskus — verktyg för data om familjecentralssamarbete

Användning: perhekeskus <kommando> [alternativ]

Kommandon:
  validate FIL           kontrollerar en områdesbeskrivning, en lista över mötesplatser eller kalenderposter (JSON)
  import ptv             importerar kommunens serviceställen från Servicedatalagret (PTV) som mötesplatser
  import linked-events   importerar evenemang från ett Linked Events-gränssnitt som kalenderposter
  import hsds FIL       importerar en Open Referral HSDS 3.0-tjänstekatalog som mötesplatser
  export hsds FIL       skriver mötesplatserna i Open Referral HSDS 3.0-format (--out KATALOG)
  ics                    skriver gruppernas möten eller utvärderingskalendern i iCalendar-format (.ics)
  schedule [FIL]         skriver ut kommande möten och utvärderingar som en läsbar översikt
  follow-up [FIL]        mötesplatsernas utvärderingar, kommunernas mötesplatser och radering av personuppgifter
  agreement-status       visar vilka av avtalets parter som har beslutat och undertecknat
  agenda                 skriver ut föredragningslistan och de kallade för ett möte i en grupp
  jsonld FIL             skriver mötesplatser eller kalenderposter som schema.org JSON-LD för en webbsida
  migrate FIL            uppdaterar föråldrade delar av en områdesbeskrivning till det nuvarande formatet
  publish FIL            skriver webbplatsens statiska filer ur en områdesbeskrivning (--out KATALOG)

Gemensamma alternativ:
  --lang fi|sv|en        meddelandenas språk (standard fi)
  -h, --help             kommandots hjälp
  --version              version

Hjälp för ett kommando: perhekeskus <kommando> --help
`,
    validate: `Användning: perhekeskus validate FIL [--type region|places|entries] [--lang fi|sv|en]

Kontrollerar en JSON-fil: en områdesbeskrivning (Region), en lista över mötesplatser ({ "places": [...] }
eller en ren lista) eller kalenderposter ({ "entries": [...] } eller en ren lista). Filens typ avgörs av
innehållet ($schema, places, entries, områdets fält); även places.json från perhekeskus publish godtas.
Varje fel anger raden (ordningsnummer och namn eller id) och fältet; för ett JSON-syntaxfel anges rad och
kolumn.

I en områdesbeskrivning kontrolleras allt som senare användning skulle falla på: formen, hänvisningarna
(id:n, kommuner enligt den nationella kommunlistan, välfärdsområdet, typer och vokabulär) och att varje
grupps och utvärderings tidtabell kan beräknas för avtalsperioden. Mötesplatsernas kommunkoder ska vara
kommuner i Finland och, om filen räknar upp sina kommuner, en av dem.

Alternativ:
  --type region|places|entries   filens typ, om den inte ska avgöras automatiskt
  --lang fi|sv|en                meddelandenas språk (standard fi)
  -h, --help                     denna hjälp

Slutkod: 0 när filen är giltig, 1 när den har fel eller inte kan läsas, 2 vid felaktiga alternativ.

Exempel:
  perhekeskus validate places.json --lang sv
`,
    import: `Användning: perhekeskus import <källa> [alternativ]

Källor:
  ptv             kommunens serviceställen från Suomi.fi-servicedatalagret (PTV) som mötesplatser
  linked-events   evenemang från ett Linked Events-gränssnitt som kalenderposter
  hsds            en Open Referral HSDS 3.0-tjänstekatalog (fil eller katalog) som mötesplatser

Hjälp för en källa: perhekeskus import ptv --help
`,
    importPtv: `Användning: perhekeskus import ptv --municipality KOD [--out FIL] [alternativ]

Hämtar kommunens serviceställen (servicekanaler av typen ServiceLocation) från Suomi.fi-servicedatalagret
sida för sida, gör dem till mötesplatser, kontrollerar dem och skriver en lista över mötesplatser (JSON)
till standardutdata eller till --out-filen. Vad som hoppades över och varför skrivs till standardfel.

Alternativ:
  --municipality KOD     kommunens tresiffriga kod, t.ex. 681 (krävs om inte --from-file)
  --api v11|v12          gränssnittets version (standard v11; v12 kräver en API-nyckel)
  --key NYCKEL           API-nyckel för v12 (huvudet x-api-key); standard från miljövariabeln PTV_API_KEY
  --base URL             gränssnittets adress (standard https://api.palvelutietovaranto.suomi.fi)
  --holiday-years ÅR     helgdagarnas öppettider för dessa år, t.ex. 2026,2027 (standard i år och nästa år)
  --from-file FIL        läser ett sparat svar (en sida, en lista med sidor eller kanaler) i stället för nätet
  --out FIL              skriver till filen (först till en tillfällig fil som byter namn till sist: en
                         misslyckad import lämnar den tidigare filen orörd)
  --progress             visar hämtade sidor (alltid när standardfel är en terminal)
  --strict               slutkod 1 om något hoppades över
  --lang fi|sv|en        meddelandenas språk (standard fi)
  -h, --help             denna hjälp

Exempel:
  perhekeskus import ptv --municipality 681 --out places.json
`,
    importLinkedEvents: `Användning: perhekeskus import linked-events --base URL [--out FIL] [alternativ]

Hämtar evenemang från ett Linked Events-gränssnitt (följer meta.next), gör dem till kalenderposter,
kontrollerar dem och skriver posterna (JSON) till standardutdata eller till --out-filen. Vad som hoppades
över och varför skrivs till standardfel.

Alternativ:
  --base URL             gränssnittets adress, t.ex. https://api.hel.fi/linkedevents/v1 (krävs om inte --from-file)
  --keyword ID           bara evenemang med detta nyckelord, t.ex. yso:p4354
  --from DATUM           evenemang från och med denna dag (ÅÅÅÅ-MM-DD)
  --to DATUM             evenemang till och med denna dag (ÅÅÅÅ-MM-DD)
  --from-file FIL        läser ett sparat svar (en sida, en lista med sidor eller evenemang) i stället för nätet
  --out FIL              skriver till filen (först till en tillfällig fil som byter namn till sist: en
                         misslyckad import lämnar den tidigare filen orörd)
  --progress             visar hämtade sidor (alltid när standardfel är en terminal)
  --strict               slutkod 1 om något hoppades över
  --lang fi|sv|en        meddelandenas språk (standard fi)
  -h, --help             denna hjälp

Exempel:
  perhekeskus import linked-events --base https://api.hel.fi/linkedevents/v1 --keyword yso:p4354 --out events.json
`,
    ics: `Användning: perhekeskus ics [FIL] [--group ID]... [--evaluation] [--from DATUM] [--to DATUM] [--out SÖKVÄG] [alternativ]

Skriver gruppernas möten och/eller utvärderingskalendern i iCalendar-format (.ics) till standardutdata
eller till --out, i Helsingforstid. Utan --group och --evaluation tas alla gruppers möten med. Händelsernas
id (UID) slutar med områdets id (@etela-savo), så att en kalender uppdaterar händelserna när filen
importeras igen och inte blandar ihop två områdens händelser.

Alternativ:
  --group ID           gruppens id, t.ex. steering-group (kan anges flera gånger)
  --evaluation         utvärderingskalendern: varje utvärdering som heldagshändelse över hela sin period
  --from DATUM         första dagen, ÅÅÅÅ-MM-DD (standard i dag)
  --to DATUM           sista dagen, ÅÅÅÅ-MM-DD (standard om ett år)
  --region FIL         områdesbeskrivning (JSON), som FIL; standard den inbyggda Södra Savolax
  --out SÖKVÄG         skriver till en fil; i en katalog (befintlig eller som slutar med /) med namnet
                       <område>-<grupp>.ics, t.ex. etela-savo-steering-group.ics (eller -meetings, -evaluation)
  --lang fi|sv|en      händelsernas och meddelandenas språk (standard fi)
  -h, --help           denna hjälp

Exempel:
  perhekeskus ics --group steering-group --from 2026-01-01 --to 2026-12-31 --out kalendrar/
  perhekeskus ics --evaluation --out etela-savo-evaluation.ics
`,
    followUp: `Användning: perhekeskus follow-up [FIL] [--year ÅÅÅÅ] [--date DATUM] [--json] [--lang fi|sv|en]

Koordinatorns uppföljning för ett år: vilken utvärdering av mötesplatserna (kollegial utvärdering eller
självutvärdering) varje mötesplats ska göra det året, i vilket fönster och om den är gjord; kommunerna med
och utan en mötesplats på dagen DATUM; och dagen då onödiga personuppgifter raderas efter att
verksamhetsberättelsen har sammanställts (dagen efter berättelsens fönster). Allt läses ur
områdesbeskrivningens utvärderingar och mötesplatser; saknar beskrivningen en utvärdering av
mötesplatserna eller en verksamhetsberättelse säger utskriften det och hittar inte på något.

Alternativ:
  --year ÅÅÅÅ          året (standard året för dagen DATUM)
  --date DATUM         dagen, ÅÅÅÅ-MM-DD (standard i dag i Helsingforstid; om den inte ligger i --year-året, dess 1.1.)
  --json               skriver ut resultatet som JSON
  --region FIL         områdesbeskrivning (JSON), som FIL; standard den inbyggda Södra Savolax
  --lang fi|sv|en      språk (standard fi)
  -h, --help           denna hjälp

Exempel:
  perhekeskus follow-up --year 2026 --date 2026-01-01 --lang sv
`,
    schedule: `Användning: perhekeskus schedule [FIL] [--from DATUM] [--months N] [--group ID]... [--person ROLL|PERSON] [--lang fi|sv|en]

Skriver ut kommande möten månad för månad och utvärderingskalendern som en läsbar översikt. Mötena är
placerade så att ingen som sammankallar, leder eller för protokoll har två möten samma dag eller fler
än två samma vecka; en flytt anges.

Alternativ:
  --from DATUM         första dagen, ÅÅÅÅ-MM-DD (standard i dag i Helsingforstid)
  --months N           antal månader, 1–120 (standard 12)
  --group ID           bara denna grupps möten (kan anges flera gånger)
  --person ROLL        en persons år: mötena där hen sammankallar, leder eller för protokoll, med
                       uppgifterna, och antalet möten per månad; ROLL är en roll för hela området
                       (t.ex. coordinator) eller en persons id
  --region FIL         områdesbeskrivning (JSON), som FIL; standard den inbyggda Södra Savolax
  --lang fi|sv|en      språk (standard fi)
  -h, --help           denna hjälp

Exempel:
  perhekeskus schedule --from 2026-01-01 --months 6 --lang sv
  perhekeskus schedule --person coordinator --from 2026-01-01 --lang sv
`,
    migrate: `Användning: perhekeskus migrate FIL [--out FIL] [--lang fi|sv|en]

Uppdaterar föråldrade delar av en områdesbeskrivning till det nuvarande formatet (t.ex. avtalets
noticeDeadline → termination) och skriver varje ändring med sin plats till standardfel. Resultatet skrivs
till standardutdata eller till --out-filen (först till en tillfällig fil som byter namn till sist, så att
ett avbrott aldrig lämnar en halv fil). Till sist kontrolleras resultatet som med perhekeskus validate.

Alternativ:
  --out FIL         skriver resultatet till denna fil (får vara samma som den som läses)
  --lang fi|sv|en   meddelandenas språk (standard fi)
  -h, --help        denna hjälp

Slutkod: 0 när resultatet är giltigt, 1 när det har fel eller filen inte kan läsas eller skrivas,
2 vid felaktiga alternativ.

Exempel:
  perhekeskus migrate region.json --out region.json --lang sv
`,
    publish: `Användning: perhekeskus publish FIL --out KATALOG [--years ÅR] [--lang fi|sv|en]

Kontrollerar områdesbeskrivningen som perhekeskus validate och skriver webbplatsens statiska filer bredvid
inbäddningsmappen: index.json (förteckningen, vars adress räcker för en widget), places.json
(mötesplatserna, deras kommuner och arrangörer), groups/<grupp>.json (varje grupps möten som
kalenderposter), year-clocks/<id>.json (årsklockorna), action-plan/<år>.json (hela verksamhetsplanens
årsklocka: gruppernas möten, utvärderingen och rapporterna) och evaluation.json (utvärderingskalendern).
Dessutom får html/<språk>/ på finska, svenska och engelska HTML-fragment för sidor som fungerar utan
JavaScript (places.html, meetings.html, year-clock-<id>.html), och html/perhekeskus-fragments.css deras stil. Bara
det som widgetarna visar tas med: inga källor och inga antaganden. Ur en ogiltig fil skrivs ingenting.
Filerna skrivs först till en tillfällig katalog som till sist byter namn till KATALOG, så att en
misslyckad publicering lämnar den förra orörd. Samma data och samma tidpunkt ger byte för byte samma
filer; SOURCE_DATE_EPOCH (sekunder) fäster tidpunkten.

Alternativ:
  --out KATALOG     målkatalogen (krävs); en befintlig ska vara resultatet av en tidigare publicering
  --years ÅR        kalendrarnas år, t.ex. 2026,2027 (standard i år och nästa år enligt Helsingforstid)
  --lang fi|sv|en   meddelandenas språk (standard fi)
  -h, --help        denna hjälp

Slutkod: 0 när filerna skrevs, 1 när områdesbeskrivningen är ogiltig eller skrivningen misslyckades,
2 vid felaktiga alternativ.

Exempel:
  perhekeskus publish region.json --out public/data/omrade --lang sv
`,
    jsonld: `Användning: perhekeskus jsonld FIL [--script] [--url URL] [--out FIL] [--lang fi|sv|en]

Skriver schema.org JSON-LD för en webbsida, så att sökmotorer och karttjänster kan läsa den: en lista
över mötesplatser ({ "places": [...] } eller en ren lista) blir platser (Place: adress, koordinater,
öppettider per vecka), kalenderposter ({ "entries": [...] } eller en ren lista) blir evenemang (Event).
Utdata är en JSON-lista på standardutdata eller i --out-filen. Exempelrader (example: true) får egenskapen example, så att
ingen tar dem för verkliga platser eller evenemang.

Raderna kontrolleras som med perhekeskus validate. Rader med fel rapporteras på standardfel och lämnas
bort; JSON-LD för de giltiga raderna skrivs ändå, och slutkoden är 1.

Alternativ:
  --script          skriver listan inuti ett <script type="application/ld+json">-element, skyddad så att
                    ingen text i data kan avsluta elementet; använd detta för en sida
  --url URL         adressen till sidan om platsen eller evenemanget (för en plats även @id); bara för
                    en fil med en giltig rad
  --out FIL         skriver till filen (först till en tillfällig fil som byter namn till sist); när ingen
                    rad är giltig lämnas den tidigare filen orörd
  --lang fi|sv|en   språket för namn och texter i JSON-LD och för meddelandena (standard fi)
  -h, --help        denna hjälp

Slutkod: 0 när alla rader skrevs, 1 när någon rad har fel (de giltiga skrivs ändå) eller filen inte kan
användas, 2 vid felaktiga alternativ.

Exempel:
  perhekeskus jsonld places.json --script --lang sv --out motesplatser-jsonld.html
`,
    agreementStatus: `Användning: perhekeskus agreement-status [FIL] [--agreement ID] [--date DATUM] [--json] [--lang fi|sv|en]

Visar samarbetsavtalets läge på dagen DATUM: varje parts beslut (organ, dag, §, diarienummer, utfall),
undertecknare och underskrift, och om parten har godkänt, undertecknat, avslagit eller ännu inte agerat;
därtill dagen då avtalet träder i kraft, när också den sista parten har undertecknat. Beslut och
underskrifter efter dagen lämnas bort. Om partsförteckningen är ofullständig kan dagen ännu inte vara känd.

Alternativ:
  --agreement ID        avtalet (standard områdets senaste, t.ex. etela-savo-2026-2029)
  --date DATUM          dagen, ÅÅÅÅ-MM-DD (standard i dag enligt Helsingforstid)
  --json                skriver ut läget som JSON
  --region FIL          områdesbeskrivning (JSON), som FIL; standard det inbyggda Södra Savolax
  --lang fi|sv|en       språk (standard fi)
  -h, --help            denna hjälp

Exempel:
  perhekeskus agreement-status --agreement etela-savo-2026-2029 --date 2026-03-01 --lang sv
`,
    agenda: `Användning: perhekeskus agenda [FIL] --group ID [--date DATUM] [--format text|markdown|html] [--lang fi|sv|en]

Skriver ut föredragningslistan för ett möte i en grupp: mötets tid och form, den som sammankallar och
sekreteraren, ärendena numrerade med grunden för varje ärende (uppgifter i början av avtalsperioden,
andra gruppers rapporteringsskyldigheter, utvärderingsresultat när de blir klara) och de kallade:
medlemmar och ersättare (001 §13) med arbetsmejl, om sådana har förts in. DATUM ska vara ett möte i
gruppen; annars anges de närmaste mötena. Utan --date skrivs nästa möte i dag eller senare ut.

Alternativ:
  --group ID                       gruppens id, t.ex. steering-group
  --date DATUM                     mötets dag, ÅÅÅÅ-MM-DD (standard nästa möte)
  --format text|markdown|html      utskriftens form (standard text); html är en hel sida för utskrift
  --region FIL                     områdesbeskrivning (JSON), som FIL; standard inbyggda Södra Savolax
  --lang fi|sv|en                  språk (standard fi)
  -h, --help                       denna hjälp

Exempel:
  perhekeskus agenda --group steering-group --date 2026-03-10 --lang sv
`,
    importHsds: `Användning: perhekeskus import hsds FIL-ELLER-KATALOG [--out FIL] [alternativ]

Importerar en Open Referral HSDS 3.0-tjänstekatalog som en lista över mötesplatser (JSON) till
standardutdata eller till --out-filen, som ersätts först när importen lyckats. Indata kan vara den
kapslade listan service_at_location_list, ett JSON-objekt per tabell ({ "service": [...], "location": [...] })
eller en katalog med tabellerna som egna filer (service.json, location.json, schedule.json…, som
export hsds skriver dem). Varje tjänst på en plats blir en mötesplats; veckoscheman blir verksamheter,
scheman för en dag undantag. Överhoppade poster och utelämnade fält med orsaker skrivs till standardfel.

Alternativ:
  --out FIL              skriv till filen i stället för standardutdata
  --text-lang SPRÅK      språket i datans texter: fi, sv, en, se, smn eller sms (standard fi)
  --municipality KOD     kommun för platser vars adress inte nämner en finländsk kommun (t.ex. 681)
  --example              märk platserna som påhittade exempel (example: true)
  --strict               returkod 1 om någon post hoppades över eller avvisades
  --lang fi|sv|en        meddelandenas språk (standard fi)
  -h, --help             denna hjälp

Exempel:
  perhekeskus import hsds hsds/ --out places.json
`,
    export: `Användning: perhekeskus export <format> [alternativ]

Format:
  hsds            mötesplatserna i Open Referral HSDS 3.0-format

Hjälp för ett format: perhekeskus export hsds --help
`,
    exportHsds: `Användning: perhekeskus export hsds REGION-ELLER-PLACES.json --out KATALOG [alternativ]

Skriver mötesplatserna i en regionbeskrivning eller i perhekeskus publishs places.json i Open Referral
HSDS 3.0-format till en katalog: varje tabell som en egen JSON-lista (organization.json, service.json,
location.json, service_at_location.json, schedule.json, language.json, accessibility.json, contact.json,
phone.json…) och den kapslade service_at_location_list.json. Identifierarna är UUID v5 av våra egna
identifierare, desamma vid varje körning. Katalogen ersätts helt först när alla filer är skrivna; en
katalog med andra filer ersätts inte. Fält som HSDS inte har plats för räknas upp på standardfel.

Alternativ:
  --out KATALOG          målkatalog (obligatorisk)
  --text-lang SPRÅK      texternas språk: fi, sv, en, se, smn eller sms (standard fi; HSDS-rader är enspråkiga)
  --region-id ID         regionens id som grund för identifierarna (obligatoriskt för places.json)
  --lang fi|sv|en        meddelandenas språk (standard fi)
  -h, --help             denna hjälp

Exempel:
  perhekeskus export hsds region.json --out hsds
`,
  },
  hsds: {
    unknownFormat: (name) => `okänt exportformat ”${name}”; format: hsds.`,
    missingFormat: 'ange ett exportformat: hsds.',
    missingInput: 'ange en fil eller katalog att läsa.',
    invalidTextLanguage: (value) => `--text-lang: använd fi, sv, en, se, smn eller sms; nu ”${value}”.`,
    notOurs: (dir) =>
      `katalogen ${dir} innehåller andra filer än en HSDS-export och ersätts därför inte; ange en tom eller ny katalog.`,
    noTables: (dir) => `katalogen ${dir} innehåller ingen HSDS-tabellfil (service.json, location.json…).`,
    done: (dir, count) => `Skrev ${count} HSDS-filer till katalogen ${dir}.`,
    notExportedHeading: (count) => `Exporterades inte (${count}):`,
  },
  unknownCommand: (name) =>
    `okänt kommando ”${name}”; kommandona är validate, import, export, ics, schedule, follow-up, jsonld, migrate och publish.`,
  unknownImportSource: (name) => `okänd importkälla ”${name}”; källorna är ptv, linked-events och hsds.`,
  missingImportSource: 'ange en importkälla: ptv, linked-events eller hsds.',
  unknownLanguage: (value) => `okänt språk ”${value}”; använd fi, sv eller en.`,
  unknownOption: (option) => `okänt alternativ ${option}.`,
  missingValue: (option) => `alternativet ${option} behöver ett värde.`,
  unexpectedArgument: (value) => `överflödigt argument ”${value}”.`,
  seeHelp: (command) => `Hjälp: perhekeskus ${command ? `${command} ` : ''}--help`,
  missingOption: (option) => `alternativet ${option} saknas.`,
  missingFile: 'ange filen som ska kontrolleras.',
  tooManyFiles: 'ange bara en fil.',
  invalidDate: (option, value) => `${option}: datumet ska anges som ÅÅÅÅ-MM-DD och vara en verklig dag; nu ”${value}”.`,
  dateOrder: (from, to) => `--to (${to}) får inte vara före --from (${from}).`,
  yearRange: (option, value, first, last) => `${option}: schemats år ska vara ${first}–${last}; nu ${value}.`,
  invalidMonths: (value) => `--months: ange ett heltal 1–120; nu ”${value}”.`,
  invalidMunicipality: (value) =>
    `--municipality: kommunkoden ska vara Statistikcentralens tresiffriga kod (t.ex. 681); nu ”${value}”.`,
  invalidApi: (value) => `--api: använd v11 eller v12; nu ”${value}”.`,
  invalidHolidayYears: (value) =>
    `--holiday-years: ange åren åtskilda med komma (t.ex. 2026,2027), 1900–2200; nu ”${value}”.`,
  invalidKind: (value) => `--type: använd region, places eller entries; nu ”${value}”.`,
  invalidUrl: (option, value) => `${option}: ange en fullständig http- eller https-adress; nu ”${value}”.`,
  missingKey: 'PTV:s v12-gränssnitt kräver en API-nyckel: ange --key eller sätt miljövariabeln PTV_API_KEY.',
  internalError: (message) => `internt fel: ${message}`,
  fileNotFound: (path) => `filen ${path} finns inte.`,
  fileIsDirectory: (path) => `${path} är en katalog, inte en fil.`,
  fileNotReadable: (path, reason) => `filen ${path} kan inte läsas: ${reason}`,
  jsonSyntax: (path, line, column, problem) => `${path}:${line}:${column}: JSON-syntaxfel: ${problem}.`,
  jsonUnexpectedEnd: 'filen tar slut för tidigt',
  jsonUnexpectedChar: (char) => `oväntat tecken ”${char}”`,
  jsonTrailingComma: (char) => `överflödigt kommatecken före ”${char}”`,
  kindNames: {
    region: 'områdesbeskrivning',
    places: 'lista över mötesplatser',
    entries: 'kalenderposter',
    'published-places': 'publicerad lista över mötesplatser',
  },
  unknownKind: (path) =>
    `${path}: typen känns inte igen. Förväntade en områdesbeskrivning, en lista över mötesplatser ({ "places": [...] }) eller kalenderposter ({ "entries": [...] }); ange typen med --type.`,
  validPlaces: (path, count) => `OK: ${path} — lista över mötesplatser, ${count} ${count === 1 ? 'plats' : 'platser'}.`,
  validEntries: (path, count) => `OK: ${path} — kalenderposter, ${count} ${count === 1 ? 'post' : 'poster'}.`,
  validRegion: (path, name, municipalities, groups, places) =>
    `OK: ${path} — områdesbeskrivning ”${name}”: ${municipalities} kommuner, ${groups} grupper, ${places} mötesplatser.`,
  invalidFile: (path, kind, issues) => `${path} (${sv.kindNames[kind]}): ${issues} fel.`,
  rowsKept: (valid, total) => `${valid}/${total} rader är giltiga.`,
  missingMigrateFile: 'ange områdesbeskrivningen som ska uppdateras.',
  migrationChanges: {
    'notice-deadline-to-termination': (path) =>
      `${path}: noticeDeadline är nu termination: { kind: 'year-end', deadline } (samma regel).`,
  },
  migrateNothing: (path) => `${path} har redan det nuvarande formatet; ingenting ändrades.`,
  migrateWrote: (path) => `Skrev ${path}.`,
  migrateValid: (path) => `Resultatet är giltigt: ${path}.`,
  migrateInvalid: (count) => `Resultatet är inte giltigt (${count} fel); rätta dem för hand.`,
  missingRegionFile: 'ange områdesbeskrivningen som ska publiceras.',
  invalidYears: (value) =>
    `--years: ange 1–10 år åtskilda med kommatecken (t.ex. 2026,2027), 1922–2200; nu ”${value}”.`,
  invalidSourceDateEpoch: (value) =>
    `miljövariabeln SOURCE_DATE_EPOCH ska vara hela sekunder sedan början av 1970; nu ”${value}”.`,
  publishRefused: (path, count) => `${path} är inte giltig (${count} fel); ingenting skrevs.`,
  publishNotDirectory: (path) => `${path} är en fil; --out är en katalog.`,
  publishNotOurs: (path) =>
    `katalogen ${path} är inte tom och inte resultatet av en tidigare publicering (ingen index.json); välj en ny eller tom katalog så att dess filer inte ersätts.`,
  writeFailed: (path, reason) => `filen ${path} kunde inte skrivas: ${reason}`,
  publishDone: (dir, count, years) =>
    `Publicerade ${dir}: ${count} ${count === 1 ? 'fil' : 'filer'} (kalendrar ${years.join(', ')}).`,
  publishExample: 'Uppgifterna är påhittade exempel (example: true); varje publicerad rad är märkt som exempel.',
  regionInvalid: (path, count) => `områdesbeskrivningen ${path} är ogiltig (${count} fel):`,
  regionHint: (path) => `Alla fel: perhekeskus validate ${path}`,
  moreProblems: (count) => `… och ${count} till.`,
  unknownGroups: (ids, valid) =>
    `okänd grupp ${ids.map((id) => `”${id}”`).join(', ')}. Gruppernas id: ${valid.join(', ')}.`,
  noCadence: (group) => `gruppen ${group} har ingen mötesrytm (cadence) och därför inga möten.`,
  noEvents: 'inga händelser under den valda perioden.',
  meetingsCalendarName: (region) => `${region}: möten`,
  evaluationCalendarName: (region) => `${region}: utvärderingskalender`,
  icsWrote: (path, events) => `Skrev ${path}: ${events} ${events === 1 ? 'händelse' : 'händelser'}.`,
  date: svDate,
  meetingsHeading: (from, to, count) =>
    `Möten ${svDate(from)}–${svDate(to)}: ${count} ${count === 1 ? 'möte' : 'möten'}`,
  evaluationHeading: (from, to, count) =>
    `Utvärderingskalender ${svDate(from)}–${svDate(to)}: ${count} ${count === 1 ? 'utvärdering' : 'utvärderingar'}`,
  noMeetings: 'inga möten',
  noEvaluations: 'inga utvärderingar',
  moved: (from, reason) =>
    `flyttat ${svDate(from)} → ${{ weekend: 'veckoslut', holiday: 'helgdag', 'day-off': 'ledig dag', conflict: 'krock' }[reason]}`,
  unknownPerson: (value, roles, people) =>
    `--person: ”${value}” är varken en roll för hela området eller en person; roller: ${roles.join(', ') || '(inga)'}; personer: ${people.join(', ') || '(inga)'}.`,
  personHeading: (who, from, to, count) =>
    `${who}: möten ${svDate(from)}–${svDate(to)}: ${count} ${count === 1 ? 'möte' : 'möten'}`,
  duties: {
    convener: 'sammankallar',
    chair: 'ordförande',
    'responsible-person': 'ansvarsperson',
    secretary: 'sekreterare',
    lead: 'leder i tur',
  },
  clash: (holders) => `rymdes inte: krock (${holders.join(', ')})`,
  loadHeading: 'Möten per månad',
  load: (count) => `${count} ${count === 1 ? 'möte' : 'möten'}`,
  builtInRegion: 'inbyggda data',
  pageProgress: (page, pageCount, items) =>
    `hämtade sida ${page}${pageCount !== undefined ? `/${pageCount}` : ''} (${items} ${items === 1 ? 'post' : 'poster'})`,
  readFromFile: (path, records) => `läste ${path}: ${records} ${records === 1 ? 'post' : 'poster'}`,
  networkError: (url, reason) => `anslutningen till ${url} misslyckades: ${reason}`,
  httpError: (url, status, statusText) => `servern svarade ${status} ${statusText} för ${url}.`,
  httpAuthHint: 'Kontrollera API-nyckeln (--key eller PTV_API_KEY).',
  notJson: (url) => `svaret från ${url} är inte JSON.`,
  unexpectedResponse: (url, expected) => `oväntat svar från ${url}: förväntade ${expected}.`,
  tooManyPages: (limit) => `avbröts efter ${limit} ${limit === 1 ? 'sida' : 'sidor'}; avgränsa sökningen.`,
  pageLoop: (url, pages) =>
    `nästa sidas adress (meta.next) ${url} leder till en sida som redan hämtats; hämtningen avbröts efter ${pages} ${pages === 1 ? 'sida' : 'sidor'}.`,
  otherOrigin: (url) => `nästa sidas adress ${url} ligger på en annan server än --base; hämtningen avbröts.`,
  importFailed: (message) => `importen misslyckades: ${message}`,
  skippedHeading: (count) => `Hoppades över helt (${count}):`,
  fieldIssuesHeading: (count) => `Fält som lämnades bort (${count}):`,
  invalidRowsHeading: (count) => `Underkändes vid kontrollen (${count}):`,
  importDonePlaces: (count) => `Skrev ${count} ${count === 1 ? 'mötesplats' : 'mötesplatser'}.`,
  importDoneEntries: (count) => `Skrev ${count} ${count === 1 ? 'kalenterpost' : 'kalenderposter'}.`,
  importNothing: 'inget kunde importeras.',
  followUp: {
    invalidYear: (value, first, last) => `--year: ange ett år ${first}–${last}; nu ”${value}”.`,
    title: (year, date) => `Uppföljning ${year} · läget ${svDate(date)}`,
    evaluationsHeading: (year, due, done) => `Mötesplatsernas utvärderingar ${year}: gjorda ${done}/${due}`,
    noEvaluationActivity:
      'områdesbeskrivningen har ingen utvärdering av mötesplatserna (evaluationActivities), så det går inte att räkna ut vilken utvärdering som ska göras.',
    noEvaluationsDue: (year) => `inga utvärderingar av mötesplatser år ${year}`,
    done: 'gjord',
    notDone: 'inte gjord',
    late: 'försenad',
    example: 'exempel',
    coverageHeading: (date, covered, total) => `Kommuner med en mötesplats ${svDate(date)}: ${covered}/${total}`,
    withPlace: (count) => `Med mötesplats (${count})`,
    withoutPlace: (count) => `Utan mötesplats (${count})`,
    none: 'ingen',
    deletionHeading: (year) => `Radering av onödiga personuppgifter ${year}`,
    noAnnualReport:
      'områdesbeskrivningen har ingen verksamhetsberättelse (en utvärdering av typen annual-report), så dagen för radering kan inte räknas ut.',
    noDeletion: (year) => `ingen dag för radering år ${year}`,
    deletion: (deleteOn, report, reportDate) =>
      `${svDate(deleteOn)}: radera onödiga personuppgifter — ${report} sammanställd senast ${svDate(reportDate)}`,
  },
  jsonldMissingFile: 'ange filen som JSON-LD ska göras av.',
  jsonldUnsupportedKind: (path, kind) =>
    `${kind === undefined ? `${path}: typen känns inte igen` : `${path} är en ${sv.kindNames[kind]}`}; jsonld gör JSON-LD av en lista över mötesplatser ({ "places": [...] }) eller kalenderposter ({ "entries": [...] }).`,
  jsonldUrlOneRow: (count) =>
    `--url är adressen till sidan om en plats eller ett evenemang, men filen har ${count} giltiga rader (samma adress för alla skulle slå ihop dem till en); utelämna --url eller ange en fil med en rad.`,
  jsonldValidRowsOnly: (count) =>
    `JSON-LD skrevs bara för ${count} ${count === 1 ? 'giltig rad' : 'giltiga rader'}; rader med fel lämnades bort.`,
  jsonldNothing: 'ingen JSON-LD skrevs: ingen rad är giltig.',
  agreementStatus: {
    unknownAgreement: (id, valid) =>
      `området har inget avtal ”${id}”. Avtalens id: ${valid.join(', ') || 'inga'}.`,
    noAgreements: 'områdesbeskrivningen har inga avtal.',
    subtitle: (id, start, end, region) =>
      `${id} · avtalsperiod ${svDate(start)}–${end ? svDate(end) : 'tills vidare'} · ${region}`,
    summary: (on, c) =>
      `Läget ${svDate(on)}: ${c.parties} ${c.parties === 1 ? 'part' : 'parter'} — undertecknat ${c.signed}, godkänt ${c.approved}, avslagit ${c.declined}, ännu inte agerat ${c['to-act']}`,
    entry: (e) =>
      e.status === 'known'
        ? `Ikraftträdande: ${svDate(e.date)} (alla parter har undertecknat).`
        : e.status === 'partial-list'
          ? 'Ikraftträdande: ännu inte känt — partsförteckningen är ofullständig, så man vet inte vilka som ännu ska underteckna.'
          : e.status === 'no-parties'
            ? 'Ikraftträdande: inte känt — avtalet har inga parter.'
            : `Ikraftträdande: när alla har undertecknat; ${e.unsigned} ${e.unsigned === 1 ? 'part har' : 'parter har'} ännu inte undertecknat.`,
    states: { signed: 'undertecknat', approved: 'godkänt', declined: 'avslagit', 'to-act': 'ännu inte agerat' },
    partiesHeading: 'Parter',
    noDecision: 'inget beslut',
    caseNumber: (value) => `dnr ${value}`,
    electronic: 'elektroniskt beslutsfattande',
    signatory: (post) => `undertecknare: ${post}`,
    signed: (date) => `undertecknat ${svDate(date)}`,
    signaturePending: 'underskriften väntar',
  },
  agenda: {
    invalidFormat: (value) => `--format är text, markdown eller html, inte ”${value}”.`,
    noMeetings: (group) => `gruppen ”${group}” har inga daterade möten då (den har kanske ingen mötesrytm).`,
    notAMeeting: (group, date, nearest) =>
      `gruppen ”${group}” har inget möte ${svDate(date)}. De närmaste mötena: ${nearest.map(svDate).join(', ')}.`,
    title: (group) => `Föredragningslista: ${group}`,
    example: 'Exempeldata: påhittade, inte verkliga.',
    meeting: (date, time, modes) => `Möte ${svDate(date)} ${time} · ${modes}`,
    convener: (role, who) => `Sammankallare (${role}): ${who}`,
    secretary: (who) => `Sekreterare: ${who}`,
    nobody: 'inte utsedd',
    itemsHeading: 'Ärenden',
    noItems: 'Enligt uppgifterna förfaller inga ärenden till detta möte.',
    reason: 'Grund',
    inviteesHeading: 'Kallade: medlemmar och ersättare (001 §13)',
    noInvitees: 'Inga medlemmar har förts in.',
    deputyOf: (who) => `ersättare för ${who}`,
  },
};

const en: Messages = {
  help: {
    main: `perhekeskus — a tool for family-centre cooperation data

Usage: perhekeskus <command> [options]

Commands:
  validate FILE          checks a region description, a meeting-place list or calendar entries (JSON)
  import ptv             imports a municipality's service locations from the Finnish Service Catalogue (PTV)
  import linked-events   imports events from a Linked Events API as calendar entries
  import hsds FILE       imports an Open Referral HSDS 3.0 service directory as meeting places
  export hsds FILE       writes the meeting places as Open Referral HSDS 3.0 (--out DIR)
  ics                    writes the groups' meetings or the evaluation calendar as iCalendar (.ics)
  schedule [FILE]        prints the coming meetings and evaluations as a readable summary
  follow-up [FILE]       meeting places' evaluations, municipalities' meeting places, personal-data deletion
  agreement-status       shows which of an agreement's parties have decided and signed
  agenda                 prints the agenda and the invitation list of a group's meeting
  jsonld FILE            writes meeting places or calendar entries as schema.org JSON-LD for a web page
  migrate FILE           rewrites a region description's deprecated parts in the current format
  publish FILE           writes a site's static files from a region description (--out DIR)

Common options:
  --lang fi|sv|en        language of the messages (default fi)
  -h, --help             help for a command
  --version              the version

Help for a command: perhekeskus <command> --help
`,
    validate: `Usage: perhekeskus validate FILE [--type region|places|entries] [--lang fi|sv|en]

Checks a JSON file: a region description (Region), a meeting-place list ({ "places": [...] } or a bare
list) or calendar entries ({ "entries": [...] } or a bare list). The kind of file is told from its
content ($schema, places, entries, the region's fields); the places.json of perhekeskus publish is
accepted too. Every error names the row (its number and name or id) and the field; a JSON syntax error
gives the line and column.

A region description is checked for everything a later use would fail on: its form, its references (ids,
municipalities by the national list, the wellbeing services county, kinds and vocabulary), and that every
group's and evaluation's schedule can be computed over the agreement period. Meeting places' municipality
codes must be municipalities of Finland and, when the file lists its municipalities, one of them.

Options:
  --type region|places|entries   the kind of file, instead of telling it from the content
  --lang fi|sv|en                language of the messages (default fi)
  -h, --help                     this help

Exit code: 0 when the file is valid, 1 when it has errors or cannot be read, 2 for wrong options.

Example:
  perhekeskus validate places.json --lang en
`,
    import: `Usage: perhekeskus import <source> [options]

Sources:
  ptv             a municipality's service locations from the Finnish Service Catalogue (PTV) as meeting places
  linked-events   events from a Linked Events API as calendar entries
  hsds            an Open Referral HSDS 3.0 service directory (file or folder) as meeting places

Help for a source: perhekeskus import ptv --help
`,
    importPtv: `Usage: perhekeskus import ptv --municipality CODE [--out FILE] [options]

Fetches a municipality's service locations (ServiceLocation channels) from the Finnish Service Catalogue
(Suomi.fi Palvelutietovaranto, PTV) page by page, maps them to meeting places, validates them and
writes a meeting-place list (JSON) to standard output or to the --out file. What was skipped, and why,
goes to standard error.

Options:
  --municipality CODE    the municipality's three-digit code, e.g. 681 (required unless --from-file)
  --api v11|v12          API version (default v11; v12 needs an API key)
  --key KEY              API key for v12 (header x-api-key); default from the PTV_API_KEY environment variable
  --base URL             API address (default https://api.palvelutietovaranto.suomi.fi)
  --holiday-years YEARS  dates holiday hours in these years, e.g. 2026,2027 (default this year and next)
  --from-file FILE       reads a saved response (a page, a list of pages or of channels) instead of the network
  --out FILE             writes to the file (first to a temporary file renamed at the end: a failed import
                         leaves the previous file as it was)
  --progress             shows the pages fetched (always when standard error is a terminal)
  --strict               exit code 1 if anything was skipped
  --lang fi|sv|en        language of the messages (default fi)
  -h, --help             this help

Example:
  perhekeskus import ptv --municipality 681 --out places.json
`,
    importLinkedEvents: `Usage: perhekeskus import linked-events --base URL [--out FILE] [options]

Fetches events from a Linked Events API (following meta.next), maps them to calendar entries, validates
them and writes the entries (JSON) to standard output or to the --out file. What was skipped, and why,
goes to standard error.

Options:
  --base URL             API address, e.g. https://api.hel.fi/linkedevents/v1 (required unless --from-file)
  --keyword ID           only events with this keyword, e.g. yso:p4354
  --from DATE            events from this day on (YYYY-MM-DD)
  --to DATE              events up to this day (YYYY-MM-DD)
  --from-file FILE       reads a saved response (a page, a list of pages or of events) instead of the network
  --out FILE             writes to the file (first to a temporary file renamed at the end: a failed import
                         leaves the previous file as it was)
  --progress             shows the pages fetched (always when standard error is a terminal)
  --strict               exit code 1 if anything was skipped
  --lang fi|sv|en        language of the messages (default fi)
  -h, --help             this help

Example:
  perhekeskus import linked-events --base https://api.hel.fi/linkedevents/v1 --keyword yso:p4354 --out events.json
`,
    ics: `Usage: perhekeskus ics [FILE] [--group ID]... [--evaluation] [--from DATE] [--to DATE] [--out PATH] [options]

Writes the groups' meetings and/or the evaluation calendar as iCalendar (.ics) to standard output or to
--out, in Helsinki time. Without --group and --evaluation, every group's meetings are included. Event ids
(UIDs) end in the region's id (@etela-savo), so a calendar app updates the events when the file is
imported again and keeps two regions' events apart.

Options:
  --group ID           a group's id, e.g. steering-group (may be given several times)
  --evaluation         the evaluation calendar: each evaluation as an all-day event over its whole window
  --from DATE          first day, YYYY-MM-DD (default today)
  --to DATE            last day, YYYY-MM-DD (default a year from --from)
  --region FILE        a region description (JSON), as FILE; default the built-in Etelä-Savo
  --out PATH           writes to a file; into a folder (one that exists, or ending in /) as
                       <region>-<group>.ics, e.g. etela-savo-steering-group.ics (or -meetings, -evaluation)
  --lang fi|sv|en      language of the events and messages (default fi)
  -h, --help           this help

Examples:
  perhekeskus ics --group steering-group --from 2026-01-01 --to 2026-12-31 --out calendars/
  perhekeskus ics --evaluation --out etela-savo-evaluation.ics
`,
    followUp: `Usage: perhekeskus follow-up [FILE] [--year YYYY] [--date DATE] [--json] [--lang fi|sv|en]

The coordinator's follow-up of a year: which meeting-place evaluation (peer or self-evaluation) each
meeting place owes that year, in which window, and whether it is done; the municipalities with and
without a meeting place on DATE; and the day personal data no longer needed is deleted after the annual
report is compiled (the day after the report's window). Everything is read from the region description's
evaluations and meeting places; when it has no meeting-place evaluation or no annual report, the output
says so and invents nothing.

Options:
  --year YYYY          the year (default the year of DATE)
  --date DATE          the day, YYYY-MM-DD (default today in Helsinki; 1 January of --year when today is not in it)
  --json               prints the result as JSON
  --region FILE        a region description (JSON), as FILE; default the built-in Etelä-Savo
  --lang fi|sv|en      language (default fi)
  -h, --help           this help

Example:
  perhekeskus follow-up --year 2026 --date 2026-01-01 --lang en
`,
    schedule: `Usage: perhekeskus schedule [FILE] [--from DATE] [--months N] [--group ID]... [--person ROLE|PERSON] [--lang fi|sv|en]

Prints the coming meetings month by month and the evaluation calendar as a readable summary. The
meetings are placed so that nobody who convenes, leads or takes minutes has two meetings on one day
or more than two in one week; a move says so.

Options:
  --from DATE          first day, YYYY-MM-DD (default today in Helsinki)
  --months N           how many months, 1–120 (default 12)
  --group ID           only this group's meetings (may be given several times)
  --person ROLE        one person's year: the meetings they convene, lead or take minutes at, with
                       their duties, and the meetings per month; ROLE is a role held region-wide
                       (e.g. coordinator) or a person's id
  --region FILE        a region description (JSON), as FILE; default the built-in Etelä-Savo
  --lang fi|sv|en      language (default fi)
  -h, --help           this help

Examples:
  perhekeskus schedule --from 2026-01-01 --months 6 --lang en
  perhekeskus schedule --person coordinator --from 2026-01-01 --lang en
`,
    migrate: `Usage: perhekeskus migrate FILE [--out FILE] [--lang fi|sv|en]

Rewrites a region description's deprecated parts in the current format (such as an agreement's
noticeDeadline → termination) and lists each change with its place on standard error. The result goes to
standard output, or to the --out file (first to a temporary file that is renamed at the end, so an
interruption never leaves half a file). Then the result is checked as by perhekeskus validate.

Options:
  --out FILE        writes the result to this file (may be the one read)
  --lang fi|sv|en   language of the messages (default fi)
  -h, --help        this help

Exit code: 0 when the result is valid, 1 when it has errors or the file cannot be read or written,
2 for wrong options.

Example:
  perhekeskus migrate region.json --out region.json --lang en
`,
    publish: `Usage: perhekeskus publish FILE --out DIR [--years YEARS] [--lang fi|sv|en]

Checks the region description as perhekeskus validate does and writes a site's static files, to serve
beside the embed folder: index.json (the manifest, the one address a widget needs), places.json (the
meeting places, their municipalities and organisers), groups/<group>.json (each group's meetings as
calendar entries), year-clocks/<id>.json (the year clocks), action-plan/<year>.json (the whole action
plan's year clock: the groups' meetings, the evaluation and the reports) and evaluation.json (the
evaluation calendar). Also, in html/<lang>/, HTML fragments in Finnish, Swedish and English for pages that
work without JavaScript (places.html, meetings.html, year-clock-<id>.html), with their stylesheet
html/perhekeskus-fragments.css. Only what the widgets show is written: no sources, no assumptions. Nothing is written from an
invalid file. The files go to a temporary folder first, renamed to DIR at the end, so a failed publish
leaves the previous one as it was. The same data and the same moment give byte-identical files;
SOURCE_DATE_EPOCH (seconds) fixes the moment.

Options:
  --out DIR         the folder to write (required); an existing one must hold an earlier publish
  --years YEARS     the calendars' years, e.g. 2026,2027 (default this year and next in Helsinki)
  --lang fi|sv|en   language of the messages (default fi)
  -h, --help        this help

Exit code: 0 when the files were written, 1 when the region description is invalid or writing failed,
2 for wrong options.

Example:
  perhekeskus publish region.json --out public/data/region --lang en
`,
    jsonld: `Usage: perhekeskus jsonld FILE [--script] [--url URL] [--out FILE] [--lang fi|sv|en]

Writes schema.org JSON-LD for a web page, so that search engines and map services can read it: a
meeting-place list ({ "places": [...] } or a bare list) becomes places (Place: address, coordinates,
weekly opening hours), calendar entries ({ "entries": [...] } or a bare list) become events (Event).
The output is one JSON array on standard output or in the --out file. Example rows (example: true) get an example
property, so that nobody takes them for real places or events.

The rows are checked as by perhekeskus validate. Rows with errors are reported on standard error and
left out; the JSON-LD of the valid rows is still written, and the exit code is 1.

Options:
  --script          writes the array inside a <script type="application/ld+json"> element, escaped so
                    that no text in the data can end the element; use this for a page
  --url URL         the address of the page about the place or event (for a place also its @id); only
                    for a file with one valid row
  --out FILE        writes to the file (first to a temporary file renamed at the end); when no row is
                    valid the previous file is left as it was
  --lang fi|sv|en   language of the names and texts in the JSON-LD and of the messages (default fi)
  -h, --help        this help

Exit code: 0 when every row was written, 1 when a row has errors (the valid ones are still written) or
the file cannot be used, 2 for wrong options.

Example:
  perhekeskus jsonld places.json --script --lang en --out meeting-places-jsonld.html
`,
    agreementStatus: `Usage: perhekeskus agreement-status [FILE] [--agreement ID] [--date DATE] [--json] [--lang fi|sv|en]

Shows a cooperation agreement's status on DATE: each party's decisions (body, date, §, case number,
outcome), its signer and signature, and whether it has approved, signed, declined or is still to act;
and the date the agreement enters into force once the last party has signed. Decisions and signatures
after the day are left out. While the party list is partial, the entry-into-force date cannot be known.

Options:
  --agreement ID        the agreement (default the region's newest, e.g. etela-savo-2026-2029)
  --date DATE           the day, YYYY-MM-DD (default today in Helsinki)
  --json                prints the status as JSON
  --region FILE         a region description (JSON), like FILE; default the built-in Etelä-Savo
  --lang fi|sv|en       language (default fi)
  -h, --help            this help

Example:
  perhekeskus agreement-status --agreement etela-savo-2026-2029 --date 2026-03-01 --lang en
`,
    agenda: `Usage: perhekeskus agenda [FILE] --group ID [--date DATE] [--format text|markdown|html] [--lang fi|sv|en]

Prints a printable agenda for a meeting of a group: the meeting's time and format, who convenes it and
the secretary, the items numbered with the reason for each (start-of-period tasks, other groups'
reporting duties, evaluation results as they come in) and the invitation list: members and deputy
members (001 §13) with their work e-mails where recorded. DATE must be a meeting of the group; if it is
not, the nearest meetings are named. Without --date, the next meeting from today is printed.

Options:
  --group ID                       the group's id, e.g. steering-group
  --date DATE                      the meeting's day, YYYY-MM-DD (default: the next meeting)
  --format text|markdown|html      output format (default text); html is a whole page to print
  --region FILE                    region description (JSON), as FILE; default the built-in Etelä-Savo
  --lang fi|sv|en                  language (default fi)
  -h, --help                       this help

Example:
  perhekeskus agenda --group steering-group --date 2026-03-10 --lang en
`,
    importHsds: `Usage: perhekeskus import hsds FILE-OR-DIR [--out FILE] [options]

Imports an Open Referral HSDS 3.0 service directory as a meeting-place list (JSON) to standard output
or to the --out file, which is replaced only when the import succeeds. The input may be the nested
service_at_location_list, one JSON object of tables ({ "service": [...], "location": [...] }) or a folder
holding the tables as files of their own (service.json, location.json, schedule.json…, as export hsds
writes them). Each service at a location becomes a meeting place; weekly schedules become activities,
one-day schedules exceptions. Skipped records and fields left out, with reasons, go to standard error.

Options:
  --out FILE             write to the file instead of standard output
  --text-lang LANG       the language of the data's text: fi, sv, en, se, smn or sms (default fi)
  --municipality CODE    the municipality of places whose address names no Finnish municipality (e.g. 681)
  --example              mark the places as invented examples (example: true)
  --strict               exit code 1 when any record was skipped or rejected
  --lang fi|sv|en        language of the messages (default fi)
  -h, --help             this help

Example:
  perhekeskus import hsds hsds/ --out places.json
`,
    export: `Usage: perhekeskus export <format> [options]

Formats:
  hsds            the meeting places as Open Referral HSDS 3.0

Help for a format: perhekeskus export hsds --help
`,
    exportHsds: `Usage: perhekeskus export hsds REGION-OR-PLACES.json --out DIR [options]

Writes the meeting places of a region file or of perhekeskus publish's places.json as Open Referral
HSDS 3.0 into a folder: each table as a JSON array of its own (organization.json, service.json,
location.json, service_at_location.json, schedule.json, language.json, accessibility.json, contact.json,
phone.json…) and the nested service_at_location_list.json. Identifiers are UUID v5 over our own ids, the
same on every run. The folder is replaced as a whole only once every file is written; a folder holding
other files is not replaced. Fields HSDS has no place for are listed on standard error.

Options:
  --out DIR              the folder to write (required)
  --text-lang LANG       the language of the text: fi, sv, en, se, smn or sms (default fi; HSDS rows hold one language)
  --region-id ID         the region id the identifiers are made from (required for places.json)
  --lang fi|sv|en        language of the messages (default fi)
  -h, --help             this help

Example:
  perhekeskus export hsds region.json --out hsds
`,
  },
  hsds: {
    unknownFormat: (name) => `unknown export format “${name}”; the formats are: hsds.`,
    missingFormat: 'give an export format: hsds.',
    missingInput: 'give a file or folder to read.',
    invalidTextLanguage: (value) => `--text-lang: use fi, sv, en, se, smn or sms; got “${value}”.`,
    notOurs: (dir) =>
      `the folder ${dir} holds files other than an HSDS export, so it is not replaced; give an empty or new folder.`,
    noTables: (dir) => `the folder ${dir} holds no HSDS table file (service.json, location.json…).`,
    done: (dir, count) => `Wrote ${count} HSDS files to ${dir}.`,
    notExportedHeading: (count) => `Not exported (${count}):`,
  },
  unknownCommand: (name) =>
    `unknown command “${name}”; the commands are validate, import, export, ics, schedule, follow-up, jsonld, migrate and publish.`,
  unknownImportSource: (name) => `unknown import source “${name}”; the sources are ptv, linked-events and hsds.`,
  missingImportSource: 'give an import source: ptv, linked-events or hsds.',
  unknownLanguage: (value) => `unknown language “${value}”; use fi, sv or en.`,
  unknownOption: (option) => `unknown option ${option}.`,
  missingValue: (option) => `option ${option} needs a value.`,
  unexpectedArgument: (value) => `unexpected argument “${value}”.`,
  seeHelp: (command) => `Help: perhekeskus ${command ? `${command} ` : ''}--help`,
  missingOption: (option) => `option ${option} is missing.`,
  missingFile: 'give the file to check.',
  tooManyFiles: 'give only one file.',
  invalidDate: (option, value) => `${option}: the date must be given as YYYY-MM-DD and be a real day; got “${value}”.`,
  dateOrder: (from, to) => `--to (${to}) cannot be before --from (${from}).`,
  yearRange: (option, value, first, last) => `${option}: a schedule's years are ${first}–${last}; got ${value}.`,
  invalidMonths: (value) => `--months: give a whole number 1–120; got “${value}”.`,
  invalidMunicipality: (value) =>
    `--municipality: the municipality code must be the three-digit Statistics Finland code (e.g. 681); got “${value}”.`,
  invalidApi: (value) => `--api: use v11 or v12; got “${value}”.`,
  invalidHolidayYears: (value) =>
    `--holiday-years: give years separated by commas (e.g. 2026,2027), 1900–2200; got “${value}”.`,
  invalidKind: (value) => `--type: use region, places or entries; got “${value}”.`,
  invalidUrl: (option, value) => `${option}: give a full http or https address; got “${value}”.`,
  missingKey: 'the PTV v12 API needs an API key: give --key or set the PTV_API_KEY environment variable.',
  internalError: (message) => `internal error: ${message}`,
  fileNotFound: (path) => `file ${path} not found.`,
  fileIsDirectory: (path) => `${path} is a directory, not a file.`,
  fileNotReadable: (path, reason) => `cannot read ${path}: ${reason}`,
  jsonSyntax: (path, line, column, problem) => `${path}:${line}:${column}: JSON syntax error: ${problem}.`,
  jsonUnexpectedEnd: 'the file ends too early',
  jsonUnexpectedChar: (char) => `unexpected character “${char}”`,
  jsonTrailingComma: (char) => `extra comma before “${char}”`,
  kindNames: {
    region: 'region description',
    places: 'meeting-place list',
    entries: 'calendar entries',
    'published-places': 'published meeting-place list',
  },
  unknownKind: (path) =>
    `${path}: not recognised. Expected a region description, a meeting-place list ({ "places": [...] }) or calendar entries ({ "entries": [...] }); give the kind with --type.`,
  validPlaces: (path, count) => `OK: ${path} — meeting-place list, ${count} ${count === 1 ? 'place' : 'places'}.`,
  validEntries: (path, count) => `OK: ${path} — calendar entries, ${count} ${count === 1 ? 'entry' : 'entries'}.`,
  validRegion: (path, name, municipalities, groups, places) =>
    `OK: ${path} — region description “${name}”: ${municipalities} municipalities, ${groups} groups, ${places} meeting places.`,
  invalidFile: (path, kind, issues) =>
    `${path} (${en.kindNames[kind]}): ${issues} ${issues === 1 ? 'error' : 'errors'}.`,
  rowsKept: (valid, total) => `${valid} of ${total} rows are valid.`,
  missingMigrateFile: 'give the region description to rewrite.',
  migrationChanges: {
    'notice-deadline-to-termination': (path) =>
      `${path}: noticeDeadline is now termination: { kind: 'year-end', deadline } (the same rule).`,
  },
  migrateNothing: (path) => `${path} is already in the current format; nothing changed.`,
  migrateWrote: (path) => `Wrote ${path}.`,
  migrateValid: (path) => `The result is valid: ${path}.`,
  migrateInvalid: (count) =>
    `The result is not valid (${count} ${count === 1 ? 'error' : 'errors'}); fix them by hand.`,
  missingRegionFile: 'give the region description to publish.',
  invalidYears: (value) => `--years: give 1–10 years separated by commas (e.g. 2026,2027), 1922–2200; got “${value}”.`,
  invalidSourceDateEpoch: (value) =>
    `the environment variable SOURCE_DATE_EPOCH must be whole seconds since the start of 1970; got “${value}”.`,
  publishRefused: (path, count) =>
    `${path} is not valid (${count} ${count === 1 ? 'error' : 'errors'}); nothing was written.`,
  publishNotDirectory: (path) => `${path} is a file; --out is a folder.`,
  publishNotOurs: (path) =>
    `the folder ${path} is not empty and holds no earlier publish (no index.json); choose a new or empty folder so that its files are not replaced.`,
  writeFailed: (path, reason) => `could not write ${path}: ${reason}`,
  publishDone: (dir, count, years) =>
    `Published ${dir}: ${count} ${count === 1 ? 'file' : 'files'} (calendars ${years.join(', ')}).`,
  publishExample: 'The data is an invented example (example: true); every published row is marked as an example.',
  regionInvalid: (path, count) =>
    `region description ${path} is not valid (${count} ${count === 1 ? 'error' : 'errors'}):`,
  regionHint: (path) => `All errors: perhekeskus validate ${path}`,
  moreProblems: (count) => `… and ${count} more.`,
  unknownGroups: (ids, valid) =>
    `unknown group ${ids.map((id) => `“${id}”`).join(', ')}. The group ids are: ${valid.join(', ')}.`,
  noCadence: (group) => `group ${group} has no cadence, so it has no meetings.`,
  noEvents: 'no events in the chosen period.',
  meetingsCalendarName: (region) => `${region}: meetings`,
  evaluationCalendarName: (region) => `${region}: evaluation calendar`,
  icsWrote: (path, events) => `Wrote ${path}: ${events} ${events === 1 ? 'event' : 'events'}.`,
  date: enDate,
  meetingsHeading: (from, to, count) =>
    `Meetings ${enDate(from)}–${enDate(to)}: ${count} ${count === 1 ? 'meeting' : 'meetings'}`,
  evaluationHeading: (from, to, count) =>
    `Evaluation calendar ${enDate(from)}–${enDate(to)}: ${count} ${count === 1 ? 'evaluation' : 'evaluations'}`,
  noMeetings: 'no meetings',
  noEvaluations: 'no evaluations',
  moved: (from, reason) =>
    `moved from ${enDate(from)}: ${{ weekend: 'weekend', holiday: 'public holiday', 'day-off': 'day off', conflict: 'clash with another meeting' }[reason]}`,
  unknownPerson: (value, roles, people) =>
    `--person: “${value}” is neither a role held region-wide nor a person; roles: ${roles.join(', ') || '(none)'}; people: ${people.join(', ') || '(none)'}.`,
  personHeading: (who, from, to, count) =>
    `${who}: meetings ${enDate(from)}–${enDate(to)}: ${count} ${count === 1 ? 'meeting' : 'meetings'}`,
  duties: {
    convener: 'convenes',
    chair: 'chair',
    'responsible-person': 'responsible person',
    secretary: 'secretary',
    lead: 'leads in turn',
  },
  clash: (holders) => `did not fit: clash (${holders.join(', ')})`,
  loadHeading: 'Meetings per month',
  load: (count) => `${count} ${count === 1 ? 'meeting' : 'meetings'}`,
  builtInRegion: 'built-in data',
  pageProgress: (page, pageCount, items) =>
    `fetched page ${page}${pageCount !== undefined ? ` of ${pageCount}` : ''} (${items} ${items === 1 ? 'record' : 'records'})`,
  readFromFile: (path, records) => `read ${path}: ${records} ${records === 1 ? 'record' : 'records'}`,
  networkError: (url, reason) => `could not connect to ${url}: ${reason}`,
  httpError: (url, status, statusText) => `the server answered ${status} ${statusText} for ${url}.`,
  httpAuthHint: 'Check the API key (--key or PTV_API_KEY).',
  notJson: (url) => `the response from ${url} is not JSON.`,
  unexpectedResponse: (url, expected) => `unexpected response from ${url}: expected ${expected}.`,
  tooManyPages: (limit) => `stopped after ${limit} ${limit === 1 ? 'page' : 'pages'}; narrow the query.`,
  pageLoop: (url, pages) =>
    `the next page's address (meta.next) ${url} leads back to a page already fetched; stopped after ${pages} ${pages === 1 ? 'page' : 'pages'}.`,
  otherOrigin: (url) => `the next page's address ${url} is on another server than --base; stopped.`,
  importFailed: (message) => `the import failed: ${message}`,
  skippedHeading: (count) => `Skipped entirely (${count}):`,
  fieldIssuesHeading: (count) => `Fields left out (${count}):`,
  invalidRowsHeading: (count) => `Rejected by validation (${count}):`,
  importDonePlaces: (count) => `Wrote ${count} ${count === 1 ? 'meeting place' : 'meeting places'}.`,
  importDoneEntries: (count) => `Wrote ${count} ${count === 1 ? 'calendar entry' : 'calendar entries'}.`,
  importNothing: 'nothing could be imported.',
  followUp: {
    invalidYear: (value, first, last) => `--year: give a year ${first}–${last}; got “${value}”.`,
    title: (year, date) => `Follow-up ${year} · as of ${enDate(date)}`,
    evaluationsHeading: (year, due, done) => `Meeting places' evaluations ${year}: ${done} of ${due} done`,
    noEvaluationActivity:
      'the region description has no meeting-place evaluation (evaluationActivities), so which evaluation is due cannot be worked out.',
    noEvaluationsDue: (year) => `no meeting-place evaluations in ${year}`,
    done: 'done',
    notDone: 'not done',
    late: 'late',
    example: 'example',
    coverageHeading: (date, covered, total) =>
      `Municipalities with a meeting place on ${enDate(date)}: ${covered} of ${total}`,
    withPlace: (count) => `With a meeting place (${count})`,
    withoutPlace: (count) => `Without a meeting place (${count})`,
    none: 'none',
    deletionHeading: (year) => `Deleting personal data no longer needed, ${year}`,
    noAnnualReport:
      'the region description has no annual report (an evaluation of kind annual-report), so no deletion date can be worked out.',
    noDeletion: (year) => `no deletion date in ${year}`,
    deletion: (deleteOn, report, reportDate) =>
      `${enDate(deleteOn)}: delete personal data no longer needed — ${report} compiled by ${enDate(reportDate)}`,
  },
  jsonldMissingFile: 'give the file to make JSON-LD from.',
  jsonldUnsupportedKind: (path, kind) =>
    `${kind === undefined ? `${path}: not recognised` : `${path} is a ${en.kindNames[kind]}`}; jsonld makes JSON-LD from a meeting-place list ({ "places": [...] }) or calendar entries ({ "entries": [...] }).`,
  jsonldUrlOneRow: (count) =>
    `--url is the address of the page about one place or event, but the file has ${count} valid rows (one address for all would merge them into one); leave --url out or give a file with one row.`,
  jsonldValidRowsOnly: (count) =>
    `JSON-LD was written for the ${count} valid ${count === 1 ? 'row' : 'rows'} only; rows with errors were left out.`,
  jsonldNothing: 'no JSON-LD was written: no row is valid.',
  agreementStatus: {
    unknownAgreement: (id, valid) =>
      `the region has no agreement “${id}”. The agreements' ids: ${valid.join(', ') || 'none'}.`,
    noAgreements: 'the region description has no agreements.',
    subtitle: (id, start, end, region) =>
      `${id} · period ${enDate(start)}–${end ? enDate(end) : 'until further notice'} · ${region}`,
    summary: (on, c) =>
      `Status on ${enDate(on)}: ${c.parties} ${c.parties === 1 ? 'party' : 'parties'} — signed ${c.signed}, approved ${c.approved}, declined ${c.declined}, still to act ${c['to-act']}`,
    entry: (e) =>
      e.status === 'known'
        ? `Entry into force: ${enDate(e.date)} (every party has signed).`
        : e.status === 'partial-list'
          ? 'Entry into force: not known yet — the party list is partial, so who still has to sign is not known.'
          : e.status === 'no-parties'
            ? 'Entry into force: not known — the agreement has no parties.'
            : `Entry into force: once all have signed; ${e.unsigned} ${e.unsigned === 1 ? 'party has' : 'parties have'} not signed yet.`,
    states: { signed: 'signed', approved: 'approved', declined: 'declined', 'to-act': 'still to act' },
    partiesHeading: 'Parties',
    noDecision: 'no decision',
    caseNumber: (value) => `case ${value}`,
    electronic: 'electronic decision-making',
    signatory: (post) => `signer: ${post}`,
    signed: (date) => `signed ${enDate(date)}`,
    signaturePending: 'signature pending',
  },
  agenda: {
    invalidFormat: (value) => `--format is text, markdown or html, not "${value}".`,
    noMeetings: (group) => `group "${group}" has no dated meetings then (it may have no cadence).`,
    notAMeeting: (group, date, nearest) =>
      `group "${group}" has no meeting on ${enDate(date)}. The nearest meetings: ${nearest.map(enDate).join(', ')}.`,
    title: (group) => `Agenda: ${group}`,
    example: 'Example data: invented, not real.',
    meeting: (date, time, modes) => `Meeting ${enDate(date)} ${time} · ${modes}`,
    convener: (role, who) => `Convener (${role}): ${who}`,
    secretary: (who) => `Secretary: ${who}`,
    nobody: 'not named',
    itemsHeading: 'Items',
    noItems: 'By the data, nothing is due at this meeting.',
    reason: 'Reason',
    inviteesHeading: 'Invited: members and deputy members (001 §13)',
    noInvitees: 'No members are recorded.',
    deputyOf: (who) => `deputy for ${who}`,
  },
};

/** The catalogue by language. */
export const messages: Readonly<Record<Locale, Messages>> = { fi, sv, en };

/**
 * Tells whether a string is one of the command's languages.
 *
 * @param value - a `--lang` value
 * @returns true for `fi`, `sv` and `en`
 * @example
 * isCliLanguage('sv'); // true
 * isCliLanguage('de'); // false
 */
export function isCliLanguage(value: string): value is Locale {
  return (cliLanguages as readonly string[]).includes(value);
}
