import {
  accessibilityFeatureLabels,
  audienceLabels,
  formatDate,
  formatTimeRange,
  type Locale,
  type MeetingPlace,
  offeringLabels,
  roleLabels,
  termLabel,
  type UpcomingOpening,
} from '@perhekeskus/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { FinderMessages } from '../../i18n/finder/index.js';
import { formatCount, formatDay, formatKm, languageName } from '../../i18n/index.js';
import { localizedText, shownText } from '../../internal/localized-text.js';
import { safeUrl } from '../../internal/safe-url.js';
import { heading } from '../../internal/templates.js';
import { CALENDAR_WEEKS } from './meeting-place-finder.data.js';
import type { RowModel } from './meeting-place-finder.model.js';

/** What the list shows. */
export interface ResultsModel {
  m: FinderMessages;
  locale: Locale;
  /** Prefix of the rows' ids, unique per widget. */
  id: string;
  headingLevel: number;
  /** The places of the page shown, in order. */
  places: readonly MeetingPlace[];
  /** A place's row (built while drawing, so a row that throws is left out alone). */
  rowOf: (place: MeetingPlace) => RowModel;
  /** How many places match (more than `places` when paged). */
  total: number;
  /** Whether the data has example rows: none, some, or every one. */
  examples: 'none' | 'some' | 'all';
  includeExamples: boolean;
}

/** The list's handlers (the component's methods). */
export interface ResultsHandlers {
  toggle(placeId: string): void;
  showMore(): void;
  examples(event: Event): void;
}

/** `ti 10.3. klo 9.30–11.30`: an opening's day and hours. */
function when(o: UpcomingOpening, locale: Locale): string {
  return `${formatDay(o.date, locale)} ${formatTimeRange(o.start.slice(11, 16), o.end.slice(11, 16), locale)}`;
}

function openingsList(m: FinderMessages, locale: Locale, openings: readonly UpcomingOpening[]) {
  return html`<p class="label">${m.nextOpenings}</p>
    ${
      openings.length === 0
        ? html`<p>${m.noOpenings}</p>`
        : html`<ul class="openings" part="openings">
          ${openings.map(
            (o) => html`<li>
              <span>${when(o, locale)}</span>
              <span>${localizedText(o.name, locale)}</span>
              ${o.changed ? html`<span class="changed">(${m.changedHours})</span>` : nothing}
              ${o.note ? html`<span>– ${localizedText(o.note, locale)}</span>` : nothing}
            </li>`,
          )}
        </ul>`
    }`;
}

/** A term and its description in the details' list, only when there is something to say. */
function fact(term: string, content: unknown, show: boolean) {
  return show ? html`<dt>${term}</dt><dd>${content}</dd>` : nothing;
}

/** Everything else about a place: shown when its row opens, and always in print. */
function details(vm: ResultsModel, row: RowModel, detailsId: string): TemplateResult {
  const { m, locale } = vm;
  const { place } = row;
  const web = safeUrl(place.web);
  const label = html`<span class="visually-hidden">: ${shownText(row.name, locale)}</span>`;
  return html`<div class="details" part="details" id=${detailsId} ?hidden=${!row.open}>
    ${place.description ? html`<p class="description">${localizedText(place.description, locale)}</p>` : nothing}
    ${
      place.address
        ? html`<p>
          <span class="label">${m.address}:</span>
          <span>${place.address.street}, ${place.address.postalCode} ${localizedText(place.address.postOffice, locale)}</span>
        </p>`
        : nothing
    }
    ${openingsList(m, locale, row.openings)}
    <dl class="facts">
      ${fact(
        m.organisers,
        row.organisers.map((o, i) => html`${i > 0 ? ', ' : ''}${typeof o === 'string' ? o : shownText(o, locale)}`),
        row.organisers.length > 0,
      )}
      ${fact(
        m.contacts,
        html`<ul>
          ${place.contacts.map((c) => {
            const mail = safeUrl(c.workEmail && `mailto:${c.workEmail}`, true);
            const tel = safeUrl(c.workPhone && `tel:${c.workPhone.replace(/[^+0-9]/g, '')}`, true);
            return html`<li>
              <span>${shownText(termLabel(roleLabels, c.role, locale), locale)}</span>${c.name ? html`: <span>${c.name}</span>` : nothing}
              ${c.title ? html`(<span>${localizedText(c.title, locale)}</span>)` : nothing}
              ${mail ? html`<br /><span>${m.email}:</span> <a href=${mail}>${c.workEmail}</a>` : nothing}
              ${tel ? html`<br /><span>${m.phone}:</span> <a href=${tel}>${c.workPhone}</a>` : nothing}
            </li>`;
          })}
        </ul>`,
        place.contacts.length > 0,
      )}
      ${fact(m.languages, place.languages.map((code) => languageName(code, locale)).join(', '), place.languages.length > 0)}
      ${fact(
        m.accessibility,
        place.accessibility.map((a) => accessibilityFeatureLabels[a][locale]).join(', '),
        place.accessibility.length > 0,
      )}
      ${fact(m.audiences, place.audiences.map((a) => audienceLabels[a][locale]).join(', '), place.audiences.length > 0)}
      ${fact(m.offerings, place.offerings.map((o) => offeringLabels[o][locale]).join(', '), place.offerings.length > 0)}
      ${fact(m.operatingSince, place.operating?.start ? formatDate(place.operating.start, locale) : '', !!place.operating?.start)}
      ${fact(m.website, html`<a href=${web ?? ''} rel="noopener noreferrer">${web}</a>`, web !== undefined)}
    </dl>
    ${
      row.calendar || row.mapHref
        ? html`<div class="actions">
          ${
            row.calendar
              ? html`<a class="button secondary" part="calendar-link" href=${row.calendar.href} download=${row.calendar.file}>
                ${m.addToCalendar(formatCount(CALENDAR_WEEKS, locale))}${label}
              </a>`
              : nothing
          }
          ${
            row.mapHref
              ? html`<a class="button secondary" part="map-link" href=${row.mapHref} rel="noopener noreferrer">
                ${m.showOnMap}${label}
              </a>`
              : nothing
          }
        </div>`
        : nothing
    }
  </div>`;
}

/** One place as a compact row: its name (the disclosure), municipality, distance, next opening. */
function row(vm: ResultsModel, on: ResultsHandlers, r: RowModel, index: number): TemplateResult {
  const { m, locale } = vm;
  const example = r.place.example === true;
  // When every place is an example the note above the list says so once; a word in each row would repeat it.
  const marker = example && vm.examples !== 'all';
  const detailsId = `${vm.id}-place-${index}`;
  const next = r.openings[0];
  const toggle = html`<button
    type="button"
    class="toggle"
    part="toggle"
    aria-expanded=${r.open ? 'true' : 'false'}
    aria-controls=${detailsId}
    @click=${() => on.toggle(r.place.id)}
  ><span>${shownText(r.name, locale)}</span><span class="chevron" aria-hidden="true"></span></button>`;
  return html`<li class="result" part=${example ? 'result example' : 'result'}>
    ${heading(vm.headingLevel, toggle, { className: 'name', part: 'name' })}
    <p class="meta" part="meta">
      ${r.municipality ? shownText(r.municipality, locale) : m.municipalityCode(r.place.municipalityCode)}${
        r.distance !== undefined ? html` · <span>${m.distance(formatKm(r.distance, locale))}</span>` : nothing
      }${marker ? html` · <span class="example-marker" part="example-marker">${m.exampleMarker}</span>` : nothing}
    </p>
    <p class="next" part="next-opening">${next ? `${m.nextOpening}: ${when(next, locale)}` : m.noOpenings}</p>
    ${details(vm, r, detailsId)}
  </li>`;
}

/**
 * The results: the one line about example data (with its show/hide checkbox), the list of rows, and
 * "show more".
 *
 * @param vm - what the list shows
 * @param on - the component's handlers
 */
export function resultsView(vm: ResultsModel, on: ResultsHandlers): TemplateResult {
  const { m, locale } = vm;
  const failed: string[] = [];
  // A row that throws while built or drawn (data no check foresaw) is left out and named; the others are drawn.
  const rows = vm.places.map((place, i) => {
    try {
      return row(vm, on, vm.rowOf(place), i);
    } catch {
      failed.push(place.id);
      return nothing;
    }
  });
  return html`${
    vm.examples !== 'none'
      ? html`<p class="example-note" part="example-note">
          <span>${vm.examples === 'all' ? m.allExamples : m.someExamples}</span>
          <label class="check">
            <input type="checkbox" name="examples" .checked=${vm.includeExamples} @change=${on.examples} />
            <span>${m.showExamples}</span>
          </label>
        </p>`
      : nothing
  }
  ${
    vm.places.length === 0
      ? html`<div class="notice"><slot name="empty">${m.noResults}</slot></div>`
      : html`<ul class="results" part="results" aria-label=${m.resultsLabel}>
        ${rows}
      </ul>`
  }
  ${
    failed.length > 0
      ? html`<p class="notice error" part="error" role="alert">
        ${m.dataIssues(formatCount(failed.length, locale))} ${failed.join(', ')}
      </p>`
      : nothing
  }
  ${
    vm.total > vm.places.length
      ? html`<button type="button" part="show-more" @click=${on.showMore}>
        ${m.showMore(formatCount(vm.places.length, locale), formatCount(vm.total, locale))}
      </button>`
      : nothing
  }`;
}
