import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../model/common.js';
import { ValidationError } from '../validation/parseInput.js';
import type { ImportIssue, ImportSource } from './importIssue.js';
import { importIssueMessage } from './importIssueMessage.js';
import { importIssueMessages } from '../i18n/catalogue.js';
import { linkedEventIssueCodes, ptvIssueCodes } from '../validation/importIssueCodes.js';
import { importLinkedEvents } from './linked-events/importLinkedEvents.js';
import { importPtvServiceLocations } from './ptv/importPtvServiceLocations.js';

const LOCALES: readonly Locale[] = ['fi', 'sv', 'en'];
const PTV_ID = '00000000-0000-4000-8000-000000000001';

const issue = (fields: Partial<ImportIssue> & Pick<ImportIssue, 'code'>): ImportIssue => ({
  sourceId: PTV_ID,
  field: 'serviceHours[0]',
  message: 'An English sentence from the importer',
  skipped: false,
  ...fields,
});

/** Every issue the importers report on their own fixtures, with the importer that reported it. */
function fixtureIssues(): Array<{ fixture: string; source: ImportSource; issue: ImportIssue }> {
  const out: Array<{ fixture: string; source: ImportSource; issue: ImportIssue }> = [];
  const runs = [
    { dir: 'ptv', source: 'ptv', run: (input: unknown) => importPtvServiceLocations(input) },
    { dir: 'linked-events', source: 'linked-events', run: (input: unknown) => importLinkedEvents(input) },
  ] as const;
  for (const { dir, source, run } of runs) {
    const folder = new URL(`./${dir}/fixtures/`, import.meta.url);
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.json'))) {
      const input: unknown = JSON.parse(readFileSync(new URL(name, folder), 'utf8'));
      for (const found of run(input).issues) out.push({ fixture: `${dir}/${name}`, source, issue: found });
    }
  }
  return out;
}

/** The sentence without its quoted values, subject and field, which are names, not prose. */
function prose(text: string, found: ImportIssue): string {
  return text
    .replace(/[”“][^”“]*[”]/g, '')
    .split(found.sourceId)
    .join('')
    .split(found.field)
    .join('');
}

const ENGLISH_WORDS = /\b(the|was|were|is|not|and|has|no|of|to|it)\b/;

describe('importIssueMessage', () => {
  it('matches the documented example', () => {
    const overMidnight = issue({ sourceId: 'abc', field: 'serviceHours[0].openingHour[1]', code: 'over-midnight' });
    expect(importIssueMessage(overMidnight, 'fi', 'ptv')).toBe(
      'Palvelupaikka abc, kenttä serviceHours[0].openingHour[1]: aukioloaika jatkuu yli puolenyön, mitä malli ei voi esittää; kenttää ei tuotu.',
    );
  });

  it('puts the record and the field before the catalogue’s sentence of every code, in every language', () => {
    // That every code has a sentence in every language is the catalogue's test (i18n/issueMessages.test.ts).
    for (const code of [...ptvIssueCodes, ...Object.keys(linkedEventIssueCodes)]) {
      for (const locale of LOCALES) {
        const text = importIssueMessage(issue({ code }), locale, 'ptv');
        expect(text, `${locale} ${code}`).toMatch(/^\S.*, \S.*: \S.*[.]$/);
        expect(text, `${locale} ${code}`).toContain(PTV_ID);
      }
    }
  });

  it('gives a readable Finnish and Swedish sentence for every issue of the importers’ fixtures', () => {
    const found = fixtureIssues();
    expect(found.length).toBeGreaterThan(100);
    expect(new Set(found.map((f) => f.issue.code)).size).toBeGreaterThanOrEqual(12);
    for (const { fixture, source, issue: one } of found) {
      const where = `${fixture} ${one.sourceId} ${one.field} ${one.code}`;
      const en = importIssueMessage(one, 'en', source);
      const isInput = one.sourceId === '' || one.sourceId === '(input)';
      for (const locale of ['fi', 'sv'] as const) {
        const text = importIssueMessage(one, locale, source);
        expect(text, where).not.toBe(en);
        expect(text, where).not.toContain(one.message);
        expect(text, where).toContain(isInput ? importIssueMessages[locale].input : one.sourceId);
        expect(prose(text, one), where).not.toMatch(ENGLISH_WORDS);
      }
      expect(en, where).toContain(isInput ? 'The input' : one.sourceId);
    }
  });

  it('quotes the value the importer received', () => {
    const truncated = fixtureIssues().find((f) => f.issue.code === 'time-truncated')?.issue;
    expect(truncated?.value).toBe('11:15:30');
    expect(importIssueMessage(truncated as ImportIssue, 'fi', 'ptv')).toBe(
      `Palvelupaikka ${truncated?.sourceId}, kenttä serviceHours[0].openingHour[0].to: ajasta ”11:15:30” jätettiin sekunnit pois, koska malli tallentaa ajat muodossa HH:mm.`,
    );
    const draft = issue({ field: 'publishingStatus', code: 'not-published', skipped: true, value: 'Draft' });
    expect(importIssueMessage(draft, 'sv', 'ptv')).toBe(
      `Serviceställe ${PTV_ID}, fältet publishingStatus: publiceringsstatus är ”Draft”, inte Published; servicestället hoppades över. Publicera det i PTV om det ska vara med.`,
    );
    expect(importIssueMessage({ ...draft, value: undefined }, 'en', 'ptv')).toBe(
      `Service location ${PTV_ID}, field publishingStatus: the publishing status is not Published; the service location was skipped. Publish it in PTV if it belongs in the list.`,
    );
  });

  it('names languages by name in each locale', () => {
    const russian = issue({ field: 'serviceChannelNames.ru', code: 'unsupported-language', value: 'ru' });
    expect(importIssueMessage(russian, 'fi', 'ptv')).toBe(
      `Palvelupaikka ${PTV_ID}, kenttä serviceChannelNames.ru: tekstin kieli on venäjä (ru), mutta malli tallentaa tekstiä vain suomeksi, ruotsiksi, englanniksi ja saameksi (pohjois-, inarin- ja koltansaame); tekstiä ei tuotu.`,
    );
    const skolt = issue({ field: 'serviceChannelNames[3]', code: 'language-not-selected', value: 'sms' });
    expect(importIssueMessage(skolt, 'sv', 'ptv')).toBe(
      `Serviceställe ${PTV_ID}, fältet serviceChannelNames[3]: textens språk (skoltsamiska (sms)) är inte bland de språk som importeras, så texten importerades inte.`,
    );
    const id = issue({
      sourceId: 'helsinki:1',
      field: 'in_language[1]',
      code: 'unsupported-language',
      value: 'zh_hans',
    });
    expect(importIssueMessage(id, 'en', 'linked-events')).toBe(
      'Event helsinki:1, field in_language[1]: the language id “zh_hans” is not an ISO 639 code, so the language was not imported.',
    );
  });

  it('says that a Linked Events event was skipped, and where to fix it', () => {
    const name = { sourceId: 'helsinki:2', field: 'name', code: 'missing-name', message: '…', skipped: true };
    expect(importIssueMessage(name, 'fi', 'linked-events')).toBe(
      'Tapahtuma helsinki:2, kenttä name: nimeä ei ole suomeksi eikä ruotsiksi, ja malli vaatii nimen jommallakummalla kielellä; tapahtuma ohitettiin. Lisää nimi suomeksi tai ruotsiksi Linked Events -palvelussa.',
    );
    const time = { ...name, field: 'end_time', code: 'invalid-time', skipped: false, value: '10.3.2026' };
    expect(importIssueMessage(time, 'en', 'linked-events')).toBe(
      'Event helsinki:2, field end_time: the time “10.3.2026” is not an ISO 8601 date or date-time; it was treated as missing. Correct it in Linked Events.',
    );
  });

  it('says that a place without a Finnish or Swedish name was skipped, and to add one in PTV', () => {
    const name = issue({ field: 'serviceChannelNames', code: 'missing-name', skipped: true });
    expect(importIssueMessage(name, 'fi', 'ptv')).toBe(
      `Palvelupaikka ${PTV_ID}, kenttä serviceChannelNames: nimeä ei ole suomeksi eikä ruotsiksi, ja malli vaatii nimen jommallakummalla kielellä; palvelupaikka ohitettiin. Lisää nimi suomeksi tai ruotsiksi PTV:ssä.`,
    );
    expect(importIssueMessage(name, 'sv', 'ptv')).toBe(
      `Serviceställe ${PTV_ID}, fältet serviceChannelNames: det finns inget namn på finska eller svenska, och modellen kräver ett namn på något av dem; servicestället hoppades över. Lägg till ett namn på finska eller svenska i PTV.`,
    );
    expect(importIssueMessage(name, 'en', 'ptv')).toBe(
      `Service location ${PTV_ID}, field serviceChannelNames: there is no name in Finnish or Swedish, and the model requires a name in one of them; the service location was skipped. Add a Finnish or Swedish name in PTV.`,
    );
  });

  it('says that a text without Finnish or Swedish was left out, or that a place name stood in', () => {
    const text = issue({ field: 'serviceChannelDescriptions.en', code: 'missing-national-language' });
    expect(importIssueMessage(text, 'en', 'ptv')).toBe(
      `Service location ${PTV_ID}, field serviceChannelDescriptions.en: the text is in neither Finnish nor Swedish, and the model requires one of them, so the text in other languages was left out. Add a Finnish or Swedish text in PTV.`,
    );
    expect(importIssueMessage(text, 'fi', 'ptv')).toBe(
      `Palvelupaikka ${PTV_ID}, kenttä serviceChannelDescriptions.en: tekstiä ei ole suomeksi eikä ruotsiksi, ja malli vaatii jommankumman, joten muunkielinen teksti jätettiin pois. Lisää teksti suomeksi tai ruotsiksi PTV:ssä.`,
    );
    const place = issue({ sourceId: 'helsinki:3', field: 'location.name', code: 'missing-national-language' });
    expect(importIssueMessage(place, 'en', 'linked-events')).toBe(
      'Event helsinki:3, field location.name: the place has no name in Finnish or Swedish, so its name in another language was used in the text. Add a Finnish or Swedish name in Linked Events.',
    );
    expect(importIssueMessage(place, 'sv', 'linked-events')).toBe(
      'Evenemang helsinki:3, fältet location.name: platsen har inget namn på finska eller svenska, så dess namn på ett annat språk användes i texten. Lägg till ett namn på finska eller svenska i Linked Events.',
    );
  });

  it('calls the record a record without a source, and the input the input without an id', () => {
    expect(importIssueMessage(issue({ code: 'hours-conflict' }), 'fi')).toBe(
      `Tietue ${PTV_ID}, kenttä serviceHours[0]: samalle poikkeuspäivälle on toinen aukioloaika, mutta poikkeukseen mahtuu vain yksi; tätä ei tuotu.`,
    );
    const page = issue({ sourceId: '', field: 'meta.next', code: 'more-pages', value: 'https://example.fi/?page=2' });
    expect(importIssueMessage(page, 'sv', 'linked-events')).toBe(
      'Indata, fältet meta.next: indata är bara en sida av en längre lista, så posterna på de andra sidorna saknas. Hämta också de andra sidorna (nästa: ”https://example.fi/?page=2”).',
    );
    const invalid = issue({ sourceId: '(input)', field: '', code: 'invalid-record', skipped: true });
    expect(importIssueMessage(invalid, 'en', 'ptv')).toBe(
      'The input: not a PTV service channel with an id, so it was skipped. Check the format of the input.',
    );
  });

  it('explains a default by the field it was set at', () => {
    const audiences = issue({ field: 'MeetingPlace.audiences', code: 'defaulted' });
    expect(importIssueMessage(audiences, 'fi', 'ptv')).toContain('oletus perheet (families)');
    expect(importIssueMessage({ ...audiences, field: 'somewhere' }, 'sv', 'ptv')).toBe(
      `Serviceställe ${PTV_ID}, fältet somewhere: uppgiften saknas i källan och fick ett standardvärde; kontrollera det.`,
    );
  });

  it('still says something for a code it does not know', () => {
    const newer = issue({ code: 'brand-new', skipped: true });
    expect(importIssueMessage(newer, 'fi', 'ptv')).toBe(
      `Palvelupaikka ${PTV_ID}, kenttä serviceHours[0]: tietoa ei voitu tuoda (koodi ”brand-new”); palvelupaikka ohitettiin.`,
    );
  });

  it('writes control and direction characters from the source as escapes', () => {
    const hostile = issue({ sourceId: 'a\u001b[31m', field: 'x\n', code: 'invalid-value', value: 'b\u202ec' });
    const text = importIssueMessage(hostile, 'en');
    expect(text).toBe(
      'Record a\\u001b[31m, field x\\u000a: the value “b\\u202ec” has the wrong form, so it was left out. Correct it in the source system.',
    );
  });

  it('rejects a locale, source or issue it does not know', () => {
    const ok = issue({ code: 'cancelled' });
    expect(() => importIssueMessage(ok, 'de' as Locale)).toThrow(ValidationError);
    expect(() => importIssueMessage(ok, 'fi', 'ics' as ImportSource)).toThrow(ValidationError);
    expect(() => importIssueMessage({ ...ok, skipped: 'yes' } as unknown as ImportIssue, 'fi')).toThrow(
      ValidationError,
    );
  });
});
