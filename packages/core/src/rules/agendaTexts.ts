import type { Locale, LocalizedText, TrilingualText } from '../model/common.js';
import { displayText } from '../model/displayText.js';

/** The words of agenda items and their reasons, in each interface language. */
interface AgendaTexts {
  /** The title of a report when the duty says nothing of what it is. */
  report: string;
  startOfPeriod: (agreement: string, start: string, end: string | undefined) => string;
  reportAfter: (group: string, date: string, reporter: string) => string;
  reportActivity: (activity: string, end: string) => string;
  reportSpread: (reporter: string, times: number, year: number, nth: number, of: number) => string;
  evaluationResult: (activity: string, year: number, end: string) => string;
}

const TEXTS: Readonly<Record<Locale, AgendaTexts>> = {
  fi: {
    report: 'Raportti',
    startOfPeriod: (agreement, start, end) =>
      `Sopimuskauden ensimmäinen kokous: ${agreement} ${start}–${end ?? ''} (001 §8).`,
    reportAfter: (group, date, reporter) =>
      `Raportointivelvoite (${reporter}): ensimmäinen kokous ryhmän ${group} kokouksen ${date} jälkeen.`,
    reportActivity: (activity, end) =>
      `Raportointivelvoite: ${activity} päättyi ${end}; tulos ensimmäiseen kokoukseen sen jälkeen.`,
    reportSpread: (reporter, times, year, nth, of) =>
      `Raportointivelvoite: ${reporter} raportoi ${times} kertaa vuodessa; vuoden ${year} kokouksiin tasaisesti jaettuna ${nth}/${of}.`,
    evaluationResult: (activity, year, end) =>
      `Arvioinnin tulos: ${activity} ${year} päättyi ${end}; tulos ensimmäiseen kokoukseen sen jälkeen.`,
  },
  sv: {
    report: 'Rapport',
    startOfPeriod: (agreement, start, end) =>
      `Avtalsperiodens första möte: ${agreement} ${start}–${end ?? ''} (001 §8).`,
    reportAfter: (group, date, reporter) =>
      `Rapporteringsskyldighet (${reporter}): första mötet efter mötet i ${group} ${date}.`,
    reportActivity: (activity, end) =>
      `Rapporteringsskyldighet: ${activity} avslutades ${end}; resultatet till första mötet därefter.`,
    reportSpread: (reporter, times, year, nth, of) =>
      `Rapporteringsskyldighet: ${reporter} rapporterar ${times} gånger om året; jämnt fördelat på årets ${year} möten ${nth}/${of}.`,
    evaluationResult: (activity, year, end) =>
      `Utvärderingsresultat: ${activity} ${year} avslutades ${end}; resultatet till första mötet därefter.`,
  },
  en: {
    report: 'Report',
    startOfPeriod: (agreement, start, end) =>
      `First meeting of the agreement period: ${agreement} ${start}–${end ?? ''} (001 §8).`,
    reportAfter: (group, date, reporter) =>
      `Reporting duty (${reporter}): the first meeting after the meeting of ${group} on ${date}.`,
    reportActivity: (activity, end) =>
      `Reporting duty: ${activity} ended on ${end}; the result goes to the first meeting after it.`,
    reportSpread: (reporter, times, year, nth, of) =>
      `Reporting duty: ${reporter} reports ${times} times a year; spread evenly over the meetings of ${year}, ${nth} of ${of}.`,
    evaluationResult: (activity, year, end) =>
      `Evaluation result: ${activity} ${year} ended on ${end}; the result goes to the first meeting after it.`,
  },
};

const LOCALES: readonly Locale[] = ['fi', 'sv', 'en'];

/**
 * A text in every interface language, built from the language's words and the data's texts shown in
 * that language (`displayText`).
 *
 * @param build - makes the text from the language's words and a function that shows data text
 * @returns the text in Finnish, Swedish and English
 * @example
 * agendaText((t) => t.report); // { fi: 'Raportti', sv: 'Rapport', en: 'Report' }
 */
export function agendaText(
  build: (texts: AgendaTexts, show: (text: LocalizedText) => string, locale: Locale) => string,
): TrilingualText {
  const [fi, sv, en] = LOCALES.map((locale) =>
    build(TEXTS[locale], (text) => displayText(text, locale).text, locale),
  ) as [string, string, string];
  return { fi, sv, en };
}
