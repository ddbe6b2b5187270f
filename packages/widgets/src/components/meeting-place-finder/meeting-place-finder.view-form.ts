import {
  type AccessibilityFeature,
  type Audience,
  accessibilityFeatureLabels,
  accessibilityFeatureValues,
  audienceLabels,
  audienceValues,
  type Locale,
  type Offering,
  offeringLabels,
  offeringValues,
  type PlaceFilter,
} from '@perhekeskus/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { FinderMessages } from '../../i18n/finder/index.js';
import { capitalize, formatCount, languageName, WEEKDAYS, weekdayName } from '../../i18n/index.js';
import { langAttribute } from '../../internal/localized-text.js';
import { activeFilters, type ListKey } from './meeting-place-finder.filters.js';
import type { GeoState } from './meeting-place-finder.geo.js';
import type { MunicipalityOption } from './meeting-place-finder.model.js';

/** What the search form shows. */
export interface FormModel {
  m: FinderMessages;
  locale: Locale;
  /** Prefix of the form's ids, unique per widget. */
  id: string;
  filter: PlaceFilter;
  order: string;
  /** A narrow widget folds the filters behind one control beside the search box. */
  narrow: boolean;
  filtersOpen: boolean;
  municipalities: readonly MunicipalityOption[];
  /** The languages the data mentions, in the order of their names. */
  languages: readonly string[];
  hasLocation: boolean;
  geo: GeoState;
}

/** The form's handlers (the component's methods). */
export interface FormHandlers {
  text(event: Event): void;
  municipality(event: Event): void;
  day(event: Event): void;
  order(event: Event): void;
  check(key: ListKey, value: string, event: Event): void;
  clear(): void;
  locate(): void;
  toggleFilters(): void;
}

function geoMessage(vm: FormModel): string {
  const { m, geo } = vm;
  if (geo === 'locating') return m.locating;
  if (geo === 'denied') return m.locationDenied;
  if (geo === 'unavailable') return m.locationUnavailable;
  if (geo === 'unsupported') return m.locationUnsupported;
  return geo === 'ok' && vm.order === 'location' ? m.locationInUse : '';
}

function checks(
  vm: FormModel,
  on: FormHandlers,
  key: ListKey,
  legend: string,
  values: readonly string[],
  text: (value: string) => string,
): TemplateResult | typeof nothing {
  if (values.length === 0) return nothing;
  const selected = (vm.filter[key] ?? []) as string[];
  return html`<fieldset>
    <legend>${legend}</legend>
    ${values.map(
      (value) => html`<label class="check">
        <input
          type="checkbox"
          name=${key}
          .value=${value}
          .checked=${selected.includes(value)}
          @change=${(event: Event) => on.check(key, value, event)}
        />
        <span>${capitalize(text(value), vm.locale)}</span>
      </label>`,
    )}
  </fieldset>`;
}

function selects(vm: FormModel, on: FormHandlers): TemplateResult {
  const { m, id, filter: f, locale } = vm;
  const selected = f.municipalities?.[0] ?? '';
  const known = vm.municipalities.some((mu) => mu.code === selected);
  const day = f.openToday ? 'today' : f.weekday ? String(f.weekday) : '';
  return html`<div class="fields">
    <div class="field">
      <label for="${id}-municipality">${m.municipalityLabel}</label>
      <select id="${id}-municipality" name="municipality" @change=${on.municipality}>
        <option value="" ?selected=${selected === ''}>${m.allMunicipalities}</option>
        ${vm.municipalities.map(
          (mu) =>
            html`<option value=${mu.code} lang=${langAttribute(mu.name, locale)} ?selected=${mu.code === selected}>
              ${mu.name.text}
            </option>`,
        )}
        ${selected && !known ? html`<option value=${selected} selected>${m.municipalityCode(selected)}</option>` : nothing}
      </select>
    </div>
    <div class="field">
      <label for="${id}-day">${m.dayLabel}</label>
      <select id="${id}-day" name="day" @change=${on.day}>
        <option value="" ?selected=${day === ''}>${m.anyDay}</option>
        <option value="today" ?selected=${day === 'today'}>${m.openToday}</option>
        ${WEEKDAYS.map(
          (weekday) =>
            html`<option value=${String(weekday)} ?selected=${day === String(weekday)}>
              ${weekdayName(weekday, locale)}
            </option>`,
        )}
      </select>
    </div>
    <div class="field">
      <label for="${id}-order">${m.orderLabel}</label>
      <select id="${id}-order" name="order" @change=${on.order}>
        <option value="name" ?selected=${vm.order === 'name'}>${m.orderByName}</option>
        ${vm.municipalities
          .filter((mu) => mu.centre)
          .map(
            (mu) =>
              html`<option value="municipality:${mu.code}" ?selected=${vm.order === `municipality:${mu.code}`}>
                ${m.orderByMunicipality(mu.name.text)}
              </option>`,
          )}
        ${
          vm.hasLocation
            ? html`<option value="location" ?selected=${vm.order === 'location'}>${m.orderByLocation}</option>`
            : nothing
        }
      </select>
    </div>
  </div>`;
}

/**
 * The search form: the search box, then the selects, the checkbox groups in a disclosure, and the
 * actions. On a narrow widget everything but the search box folds behind one "filters" button.
 *
 * @param vm - what the form shows
 * @param on - the component's handlers
 */
export function formView(vm: FormModel, on: FormHandlers): TemplateResult {
  const { m, id, locale } = vm;
  const inDisclosure = activeFilters(vm.filter, false);
  const active = activeFilters(vm.filter, true);
  const folded = vm.narrow && !vm.filtersOpen;
  return html`<form part="form" role="search" aria-label=${m.formLabel} @submit=${(e: Event) => e.preventDefault()}>
    <div class="search-row">
      <div class="field">
        <label for="${id}-q">${m.textLabel}</label>
        <input
          id="${id}-q"
          type="search"
          name="q"
          autocomplete="off"
          aria-describedby="${id}-q-hint"
          .value=${vm.filter.text ?? ''}
          @input=${on.text}
        />
      </div>
      ${
        vm.narrow
          ? html`<button
              type="button"
              class="secondary filters-button"
              part="filters-button"
              aria-expanded=${vm.filtersOpen ? 'true' : 'false'}
              aria-controls="${id}-filters"
              @click=${on.toggleFilters}
            >
              ${m.filtersButton}${active > 0 ? ` ${m.activeFilters(formatCount(active, locale))}` : ''}
              <span class="chevron" aria-hidden="true"></span>
            </button>`
          : nothing
      }
    </div>
    <span class="hint" id="${id}-q-hint">${m.textHint}</span>
    <div class="filters" id="${id}-filters" ?hidden=${folded}>
      ${selects(vm, on)}
      <details part="more-filters" ?open=${inDisclosure > 0}>
        <summary>
          ${m.moreFilters}${inDisclosure > 0 ? ` ${m.activeFilters(formatCount(inDisclosure, locale))}` : ''}
        </summary>
        <div class="filter-groups">
          ${checks(vm, on, 'audiences', m.audiencesLegend, audienceValues, (v) => audienceLabels[v as Audience][locale])}
          ${checks(vm, on, 'offerings', m.offeringsLegend, offeringValues, (v) => offeringLabels[v as Offering][locale])}
          ${checks(vm, on, 'languages', m.languagesLegend, vm.languages, (v) => languageName(v, locale))}
          ${checks(
            vm,
            on,
            'accessibility',
            m.accessibilityLegend,
            accessibilityFeatureValues,
            (v) => accessibilityFeatureLabels[v as AccessibilityFeature][locale],
          )}
        </div>
      </details>
      <div class="actions">
        <button type="button" class="secondary" @click=${on.clear}>${m.clearFilters}</button>
        <button type="button" class="secondary" ?disabled=${vm.geo === 'locating'} @click=${on.locate}>
          ${m.useLocation}
        </button>
      </div>
      <p class="hint geo" role="status">${geoMessage(vm)}</p>
    </div>
  </form>`;
}
