/**
 * The coordinator's sections of the professionals' page, computed at build time from core: the
 * steering group's agendas for the coming meetings (`meetingAgendas`, 001 §8, §13; 002) and the
 * year's follow-up — the meeting places' evaluations, the municipalities with and without a meeting
 * place, and the personal-data deletion date after the annual report (001 §19). Every text from the
 * data goes through the escaping `html` tag; the page is Finnish and marks other languages.
 */
import {
  meetingAgendas,
  meetingPlaceCoverage,
  meetingPlaceEvaluationsDue,
  personalDataDeletionDates,
  type Region,
} from '@perhekeskus/core';
import { html, type RawHtml } from './escapeHtml.js';
import { formatDateFi, formatMeetingFi, shownFi } from './professionals.js';

/** Options of {@link renderAgendasSection}. */
export interface AgendasSectionOptions {
  /** The group whose agendas are shown. */
  readonly groupId: string;
  /** First and last day of the meetings shown (`YYYY-MM-DD`). */
  readonly from: string;
  readonly to: string;
}

/**
 * The agendas of a group's meetings in a period: each meeting as a heading with its time, and the
 * items due to it — start-of-period tasks, reporting duties and evaluation results — each with why it
 * is there. Headings start at `<h3>` (the page gives the section's `<h2>`).
 *
 * @param region - a validated region
 * @param options - the group and the period
 * @returns the markup
 * @example
 * renderAgendasSection(etelaSavo, { groupId: 'steering-group', from: '2026-01-01', to: '2026-03-31' }).value;
 * // '<ol class="agendas">…<h3 id="asialista-2026-01-13">tiistai 13.1.2026 klo 13.00–15.00, …</h3>…'
 */
export function renderAgendasSection(region: Region, options: AgendasSectionOptions): RawHtml {
  const agendas = meetingAgendas(region, options);
  if (agendas.length === 0) return html`<p class="no-meetings">Ei kokouksia tällä jaksolla.</p>`;
  return html`<ol class="agendas">${agendas.map((agenda) => {
    const id = `asialista-${agenda.date}`;
    const items = agenda.items.length
      ? html`<ol class="agenda-items">${agenda.items.map(
          (item) =>
            html`<li><span class="agenda-item">${shownFi(item.title)}</span><br /><span class="agenda-reason">${shownFi(item.reason)}</span></li>`,
        )}</ol>`
      : html`<p class="agenda-none">Ei sopimuksen tai toimintasuunnitelman määräämiä asioita: asialista valmistellaan tavalliseen tapaan.</p>`;
    return html`<li class="agenda" aria-labelledby="${id}"><h3 id="${id}"><time datetime="${agenda.meeting.start}">${formatMeetingFi(agenda.meeting)}</time></h3>
${items}</li>`;
  })}</ol>`;
}

/**
 * The year's follow-up: which meeting places owe this year's evaluation (peer or self, alternating)
 * and which have done it, how many municipalities have a meeting place on the date and which have
 * none, and when unnecessary personal data is deleted after the annual report. Where the region's
 * data says nothing (no evaluation activity, no annual report), the section says so. Headings start
 * at `<h3>`.
 *
 * @param region - a validated region
 * @param today - the date the figures are for (`YYYY-MM-DD`)
 * @returns the markup
 * @example
 * renderFollowUpSection(etelaSavo, '2026-03-01').value;
 * // '<h3 id="seuranta-arvioinnit">Kohtaamispaikkojen arvioinnit 2026</h3>…'
 */
export function renderFollowUpSection(region: Region, today: string): RawHtml {
  const year = Number(today.slice(0, 4));
  const evaluations = meetingPlaceEvaluationsDue(region, year);
  const coverage = meetingPlaceCoverage(region, today);
  const deletions = personalDataDeletionDates(region, { from: `${year}-01-01`, to: `${year}-12-31` });
  const kindFi = (kind: string) => (kind === 'meeting-place-peer-evaluation' ? 'vertaisarviointi' : 'itsearviointi');
  const municipalityName = (code: string) => {
    const municipality = region.municipalities.find((m) => m.code === code);
    return municipality ? shownFi(municipality.name) : html`${code}`;
  };
  const evaluationTable = evaluations.activityIds.length
    ? html`<table class="follow-up-table">
<caption>Kohtaamispaikkojen arvioinnit vuonna ${year}</caption>
<thead><tr><th scope="col">Kohtaamispaikka</th><th scope="col">Kunta</th><th scope="col">Arviointi</th><th scope="col">Aikaikkuna</th><th scope="col">Tilanne</th></tr></thead>
<tbody>${evaluations.due.map(
        (row) =>
          html`<tr><th scope="row">${shownFi(row.placeName)}${row.example ? ' (esimerkkitieto)' : ''}</th><td>${municipalityName(row.municipalityCode)}</td><td>${kindFi(row.kind)}</td><td>${formatDateFi(row.window.start)}–${formatDateFi(row.window.end)}</td><td>${row.done ? 'tehty' : row.window.end < today ? 'myöhässä' : 'tekemättä'}</td></tr>`,
      )}</tbody>
</table>`
    : html`<p>Alueen tiedoissa ei ole kohtaamispaikkojen arviointia.</p>`;
  const without = coverage.without.municipalities;
  const deletionList = deletions.activityIds.length
    ? deletions.deletions.length
      ? html`<ul>${deletions.deletions.map(
          (d) =>
            html`<li>Vuosiraportti (${shownFi(d.name)}) valmis viimeistään ${formatDateFi(d.annualReportDate)}: tarpeettomat henkilötiedot poistetaan <time datetime="${d.deleteOn}">${formatDateFi(d.deleteOn)}</time>.</li>`,
        )}</ul>`
      : html`<p>Vuodelle ${year} ei osu poistopäivää.</p>`
    : html`<p>Alueen tiedoissa ei ole vuosiraporttia, joten poistopäivää ei voi laskea.</p>`;
  return html`<h3 id="seuranta-arvioinnit">Kohtaamispaikkojen arvioinnit ${year}</h3>
${evaluationTable}
<h3 id="seuranta-kattavuus">Kohtaamispaikka joka kunnassa</h3>
<p>${formatDateFi(coverage.date)}: kohtaamispaikka on ${coverage.with.count} kunnassa ${coverage.total}:stä.</p>
${
  without.length
    ? html`<p>Ilman kohtaamispaikkaa: ${without.map((m, i) => html`${i > 0 ? ', ' : ''}${shownFi(m.name)}`)}.</p>`
    : html`<p>Jokaisessa kunnassa on kohtaamispaikka.</p>`
}
<h3 id="seuranta-henkilotiedot">Henkilötietojen poisto</h3>
<p>Tarpeettomat henkilötiedot poistetaan vuosiraportin kokoamisen jälkeen (yhteistyösopimus 001 §19).</p>
${deletionList}`;
}
