/**
 * The embed configurator page (upotus/): reads the form, shows a live preview of the chosen widget
 * with the chosen colours, checks the colours' contrast, and offers the snippet to copy only when
 * every pair passes WCAG 2.1 AA. Everything the page writes goes in as text (`textContent`) or as
 * attributes and style properties set through the DOM, so the page runs under a CSP without
 * 'unsafe-inline'.
 */
import { displayText } from '@perhekeskus/core';
import { etelaSavoMeetingPlaces, etelaSavoMunicipalities } from '@perhekeskus/core/etela-savo';
import { formatRatio } from './contrast.js';
import {
  buildSnippet,
  type CalendarContent,
  checkTheme,
  type EmbedChoice,
  embedScriptUrl,
  type PairColour,
  THEME_TOKENS,
  type WidgetKind,
  widgetElement,
} from './embedConfig.js';

/** Finds a required element of the page, typed. */
function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`The configurator page has no #${id} ${type.name}`);
  return element;
}

const form = byId('configurator', HTMLFormElement);
const municipalitySelect = byId('municipality', HTMLSelectElement);
const calendarContentSelect = byId('calendar-content', HTMLSelectElement);
const yearClockSourceSelect = byId('year-clock-source', HTMLSelectElement);
const langSelect = byId('lang', HTMLSelectElement);
const scriptUrlInput = byId('script-url', HTMLInputElement);
const scriptUrlError = byId('script-url-error', HTMLElement);
const primaryColours = byId('colours-primary', HTMLElement);
const moreColours = byId('colours-more', HTMLElement);
const moreColoursDetails = byId('colours-more-details', HTMLDetailsElement);
const resetColoursButton = byId('reset-colours', HTMLButtonElement);
const placeHint = byId('place-hint', HTMLElement);
const preview = byId('preview', HTMLElement);
const contrastError = byId('contrast-error', HTMLElement);
const contrastOk = byId('contrast-ok', HTMLElement);
const contrastTableBody = byId('contrast-table-body', HTMLTableSectionElement);
const snippetSection = byId('snippet-section', HTMLElement);
const snippetBlocked = byId('snippet-blocked', HTMLElement);
const snippetCode = byId('snippet-code', HTMLElement);
const copyButton = byId('copy-button', HTMLButtonElement);
const copyStatus = byId('copy-status', HTMLElement);

const colourInputs = new Map<string, HTMLInputElement>();

/** The meeting place a municipality's calendar shows: its own, else the first example. */
function placeOf(code: string): string | undefined {
  const places = etelaSavoMeetingPlaces.filter((p) => p.municipalityCode === code);
  return (places.find((p) => !p.example) ?? places[0])?.id;
}

function buildMunicipalityOptions(): void {
  const collator = new Intl.Collator('fi');
  // The page is Finnish: names by the one display rule (a Swedish-only name stays Swedish).
  const name = (m: (typeof etelaSavoMunicipalities)[number]) => displayText(m.name, 'fi').text;
  const sorted = [...etelaSavoMunicipalities].sort((a, b) => collator.compare(name(a), name(b)));
  for (const m of sorted) municipalitySelect.add(new Option(name(m), m.code));
}

function buildColourFields(): void {
  for (const token of THEME_TOKENS) {
    const id = `colour${token.property.slice('--pk'.length)}`;
    const field = document.createElement('div');
    field.className = 'field colour-field';
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = token.label;
    const hint = document.createElement('span');
    hint.className = 'hint';
    hint.textContent = token.property;
    label.append(hint);
    const input = document.createElement('input');
    input.type = 'color';
    input.id = id;
    input.name = token.property;
    input.value = token.defaultValue;
    const value = document.createElement('output');
    value.className = 'colour-value';
    value.htmlFor.add(id);
    value.textContent = token.defaultValue;
    input.addEventListener('input', () => {
      value.textContent = input.value;
    });
    field.append(label, input, value);
    (token.primary ? primaryColours : moreColours).append(field);
    colourInputs.set(token.property, input);
  }
}

function readChoice(): { choice: EmbedChoice; scriptUrl: string | undefined } {
  const widget = (new FormData(form).get('widget') ?? 'finder') as WidgetKind;
  const theme: Record<string, string> = {};
  for (const [property, input] of colourInputs) theme[property] = input.value;
  const scriptUrl = embedScriptUrl(scriptUrlInput.value);
  const municipality = municipalitySelect.value;
  const placeId = municipality ? placeOf(municipality) : undefined;
  const choice: EmbedChoice = {
    widget,
    lang: langSelect.value,
    municipality,
    calendarContent: calendarContentSelect.value as CalendarContent,
    yearClockSource: yearClockSourceSelect.value,
    theme,
    scriptUrl: scriptUrl ?? '',
    ...(placeId ? { placeId } : {}),
  };
  return { choice, scriptUrl };
}

/** Shows only the fields that apply to the chosen widget. */
function showFieldsFor(choice: EmbedChoice): void {
  for (const field of form.querySelectorAll<HTMLElement>('[data-widgets]')) {
    const applies = (field.dataset['widgets'] ?? '').split(' ').includes(choice.widget);
    field.hidden = !applies;
    for (const control of field.querySelectorAll<HTMLSelectElement>('select')) control.disabled = !applies;
  }
  const placeOption = calendarContentSelect.querySelector<HTMLOptionElement>('option[value="place"]');
  if (placeOption) placeOption.disabled = !choice.municipality;
  placeHint.hidden = Boolean(choice.municipality) || choice.widget !== 'calendar';
  if (!choice.municipality && calendarContentSelect.value === 'place') calendarContentSelect.value = 'networks';
}

function renderPreview(choice: EmbedChoice): void {
  const { tag, attributes } = widgetElement(choice);
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  // The preview sits under the page's <h2>; the snippet leaves heading levels to the host page.
  element.setAttribute('heading-level', '3');
  for (const [property, value] of Object.entries(choice.theme)) element.style.setProperty(property, value);
  preview.replaceChildren(element);
}

/** Updates the colour values of the preview without rebuilding it (while a colour is being picked). */
function restylePreview(choice: EmbedChoice): void {
  const element = preview.firstElementChild;
  if (!(element instanceof HTMLElement)) return;
  for (const [property, value] of Object.entries(choice.theme)) element.style.setProperty(property, value);
}

function cell(text: string, header = false): HTMLTableCellElement {
  const c = document.createElement(header ? 'th' : 'td');
  if (header) c.scope = 'row';
  c.textContent = text;
  return c;
}

/** A colour as the messages name it: `Korostusväri #00577d`, and whether the form can change it. */
function colourName(colour: PairColour): string {
  return colour.adjustable
    ? `${colour.label} ${colour.value}`
    : `${colour.label} ${colour.value} (ei muutettavissa tässä)`;
}

/** Checks the colours and shows the error, the table and the snippet accordingly. */
function renderChecks(choice: EmbedChoice, scriptUrl: string | undefined): void {
  const checks = checkTheme(choice.theme, choice.widget);
  const failures = checks.filter((c) => !c.passes);

  contrastTableBody.replaceChildren(
    ...checks.map((c) => {
      const row = document.createElement('tr');
      const pair = cell(`${colourName(c.foreground)} / ${colourName(c.background)}`, true);
      const use = document.createElement('span');
      use.className = 'pair-use';
      use.textContent = c.use;
      pair.append(document.createElement('br'), use);
      row.append(
        pair,
        cell(`${formatRatio(c.ratio)} (${formatRatio(c.min)})`),
        cell(c.passes ? 'riittää' : 'ei riitä'),
      );
      return row;
    }),
  );

  const message = failures.map(
    (c) =>
      `${colourName(c.foreground)} taustalla ${colourName(c.background)}: ${formatRatio(c.ratio)}, ` +
      `vaaditaan vähintään ${formatRatio(c.min)} (${c.use}).`,
  );
  // Rewrite the alert only when its text changes, so a screen reader hears each new problem once.
  const text = message.join('\n');
  if (contrastError.dataset['text'] !== text) {
    contrastError.dataset['text'] = text;
    if (failures.length) {
      const intro = document.createElement('p');
      intro.textContent = `Värikontrasti ei riitä (WCAG 2.1 AA) ${failures.length} väriparissa. Upotuskoodia ei tarjota ennen kuin värit korjataan:`;
      const list = document.createElement('ul');
      for (const line of message) {
        const item = document.createElement('li');
        item.textContent = line;
        list.append(item);
      }
      contrastError.replaceChildren(intro, list);
    } else {
      contrastError.replaceChildren();
    }
  }
  if (failures.some((c) => !THEME_TOKENS.find((t) => t.property === c.foreground.property)?.primary)) {
    moreColoursDetails.open = true;
  }
  contrastOk.hidden = failures.length > 0;
  contrastOk.textContent = `Kaikki ${checks.length} tarkistettua väriparia täyttävät WCAG 2.1 AA -vaatimukset.`;

  scriptUrlInput.setAttribute('aria-invalid', String(scriptUrl === undefined));
  scriptUrlError.hidden = scriptUrl !== undefined;

  const offer = failures.length === 0 && scriptUrl !== undefined;
  snippetSection.hidden = !offer;
  snippetBlocked.hidden = offer;
  copyButton.disabled = !offer;
  if (offer) snippetCode.textContent = buildSnippet(choice);
  else snippetCode.textContent = '';
  copyStatus.textContent = '';
}

let checkTimer: ReturnType<typeof setTimeout> | undefined;

function update(options: { rebuild: boolean; checkNow: boolean }): void {
  // Showing the fields may reset a choice that no longer applies, so the state is read after it.
  showFieldsFor(readChoice().choice);
  const { choice, scriptUrl } = readChoice();
  if (options.rebuild) renderPreview(choice);
  else restylePreview(choice);
  clearTimeout(checkTimer);
  if (options.checkNow) renderChecks(choice, scriptUrl);
  // While a colour is dragged the check waits for a pause, so the alert is not rewritten many times a second.
  else checkTimer = setTimeout(() => renderChecks(choice, scriptUrl), 400);
}

async function copySnippet(): Promise<void> {
  const text = snippetCode.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = 'Upotuskoodi kopioitu leikepöydälle.';
  } catch {
    // Without clipboard access (an insecure page, a refused permission) select the code for Ctrl+C.
    const range = document.createRange();
    range.selectNodeContents(snippetCode);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    copyStatus.textContent =
      'Kopiointi ei onnistunut. Koodi on valittuna: kopioi se näppäimillä Ctrl+C (Macissa Cmd+C).';
  }
}

buildMunicipalityOptions();
buildColourFields();
scriptUrlInput.value = new URL('/embed/perhekeskus.js', window.location.href).href;

form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('change', (event) => {
  // A new widget, municipality, content or language needs a new element; a colour or the address does not.
  const rebuild = event.target instanceof HTMLSelectElement || (event.target as HTMLInputElement).type === 'radio';
  update({ rebuild, checkNow: true });
});
form.addEventListener('input', (event) => {
  if (event.target instanceof HTMLInputElement && event.target.type === 'color') {
    update({ rebuild: false, checkNow: false });
  }
});
scriptUrlInput.addEventListener('input', () => update({ rebuild: false, checkNow: true }));
resetColoursButton.addEventListener('click', () => {
  for (const token of THEME_TOKENS) {
    const input = colourInputs.get(token.property)!;
    input.value = token.defaultValue;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  update({ rebuild: true, checkNow: true });
});
copyButton.addEventListener('click', () => {
  void copySnippet();
});

update({ rebuild: true, checkNow: true });
