/**
 * The embed configurator page (upotus/, sv/upotus/, en/upotus/): loads a county's published data
 * (`index.json` from `perhekeskus publish`, same origin only), offers its municipalities, groups and
 * year clocks, shows a live preview of the chosen widget with the chosen colours, checks the colours'
 * contrast, and offers the snippet to copy only when every pair passes WCAG 2.1 AA and the data is
 * loaded. Every text comes from the catalogue in the page's language (configuratorText.ts).
 * Everything the page writes goes in as text (`textContent`) or as attributes and style properties
 * set through the DOM, so the page runs under a CSP without 'unsafe-inline'.
 */

import { type BlockReason, configuratorLang, configuratorText, problemMessage } from './configuratorText.js';
import { formatRatio } from './contrast.js';
import {
  buildSnippet,
  type County,
  checkTheme,
  type DataProblem,
  DEFAULT_DATA_PATH,
  dataIndexUrl,
  type EmbedChoice,
  embedScriptUrl,
  loadCounty,
  type NamedChoice,
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

const lang = configuratorLang(document.documentElement.lang);
const t = configuratorText(lang);

const form = byId('configurator', HTMLFormElement);
const dataUrlInput = byId('data-url', HTMLInputElement);
const dataError = byId('data-error', HTMLElement);
const dataStatus = byId('data-status', HTMLElement);
const municipalitySelect = byId('municipality', HTMLSelectElement);
const municipalityNone = byId('municipality-none', HTMLElement);
const groupsBox = byId('groups', HTMLElement);
const groupsNone = byId('groups-none', HTMLElement);
const groupsError = byId('groups-error', HTMLElement);
const clockSelect = byId('clock', HTMLSelectElement);
const clockHint = byId('clock-hint', HTMLElement);
const langSelect = byId('lang', HTMLSelectElement);
const scriptUrlInput = byId('script-url', HTMLInputElement);
const scriptUrlError = byId('script-url-error', HTMLElement);
const primaryColours = byId('colours-primary', HTMLElement);
const moreColours = byId('colours-more', HTMLElement);
const moreColoursDetails = byId('colours-more-details', HTMLDetailsElement);
const resetColoursButton = byId('reset-colours', HTMLButtonElement);
const preview = byId('preview', HTMLElement);
const contrastError = byId('contrast-error', HTMLElement);
const contrastOk = byId('contrast-ok', HTMLElement);
const contrastTableBody = byId('contrast-table-body', HTMLTableSectionElement);
const snippetSection = byId('snippet-section', HTMLElement);
const snippetBlocked = byId('snippet-blocked', HTMLElement);
const snippetBlockedReasons = byId('snippet-blocked-reasons', HTMLUListElement);
const snippetCode = byId('snippet-code', HTMLElement);
const copyButton = byId('copy-button', HTMLButtonElement);
const copyStatus = byId('copy-status', HTMLElement);

const colourInputs = new Map<string, HTMLInputElement>();

/**
 * The data's state: the last county that loaded (the preview keeps showing it), and what happened to
 * the address in the field — loading, loaded, or a problem.
 */
let county: County | undefined;
let data: { state: 'loading' | 'loaded'; url: string } | { state: 'failed'; url: string | undefined } = {
  state: 'failed',
  url: undefined,
};
let loadController: AbortController | undefined;

/** An element with text, and `lang` when the text is not in the page's language. */
function textIn<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text: string,
  textLang?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.textContent = text;
  if (textLang && textLang !== lang) element.lang = textLang;
  return element;
}

function option(choice: NamedChoice, selected: boolean): HTMLOptionElement {
  const o = new Option(choice.name, choice.value, selected, selected);
  if (choice.lang !== lang) o.lang = choice.lang;
  return o;
}

/** Fills the county's choices, keeping what was chosen when the new data has it too. */
function buildCountyOptions(loaded: County): void {
  const municipality = municipalitySelect.value;
  municipalitySelect.replaceChildren(
    new Option(t.wholeCounty(loaded.name.text), ''),
    ...loaded.municipalities.map((m) => option(m, m.value === municipality)),
  );
  municipalityNone.hidden = loaded.municipalities.length > 0 || loaded.placesProblem !== undefined;

  const previous = county && county.url === loaded.url ? new Set(checkedGroups()) : undefined;
  groupsBox.replaceChildren(
    ...loaded.groups.map((g) => {
      const label = document.createElement('label');
      label.className = 'choice';
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = 'group';
      input.value = g.value;
      // A new county starts with all its groups; reloading the same one keeps the choice.
      input.checked = previous ? previous.has(g.value) : true;
      label.append(input, ' ', textIn('span', g.name, g.lang));
      return label;
    }),
  );
  groupsNone.hidden = loaded.groups.length > 0;

  const clock = clockSelect.value;
  clockSelect.replaceChildren(...loaded.yearClocks.map((c, i) => option(c, clock ? c.value === clock : i === 0)));
  clockHint.hidden = loaded.yearClocks.length > 0;
}

function buildColourFields(): void {
  for (const token of THEME_TOKENS) {
    const id = `colour${token.property.slice('--pk'.length)}`;
    const field = document.createElement('div');
    field.className = 'field colour-field';
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = t.colourNames[token.property];
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

/** The ids of the checked groups, in the order of the county's manifest (so the snippet does not depend on the language). */
function checkedGroups(): string[] {
  const checked = new Set(
    [...groupsBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]
      .filter((i) => i.checked)
      .map((i) => i.value),
  );
  return (county?.groupOrder ?? []).filter((id) => checked.has(id));
}

function readChoice(): { choice: EmbedChoice; scriptUrl: string | undefined } {
  const widget = (new FormData(form).get('widget') ?? 'finder') as WidgetKind;
  const theme: Record<string, string> = {};
  for (const [property, input] of colourInputs) theme[property] = input.value;
  const scriptUrl = embedScriptUrl(scriptUrlInput.value);
  const choice: EmbedChoice = {
    widget,
    lang: langSelect.value,
    src: county?.url ?? '',
    municipality: municipalitySelect.value,
    groups: checkedGroups(),
    clock: clockSelect.value,
    theme,
    scriptUrl: scriptUrl ?? '',
  };
  return { choice, scriptUrl };
}

/** Shows only the fields that apply to the chosen widget. */
function showFieldsFor(choice: EmbedChoice): void {
  for (const field of form.querySelectorAll<HTMLElement>('[data-widgets]')) {
    const applies = (field.dataset['widgets'] ?? '').split(' ').includes(choice.widget);
    field.hidden = !applies;
    for (const control of field.querySelectorAll<HTMLSelectElement | HTMLInputElement>('select, input')) {
      control.disabled = !applies;
    }
  }
  groupsError.hidden = !(choice.widget === 'calendar' && county && county.groups.length > 0 && !choice.groups.length);
}

function renderPreview(choice: EmbedChoice): void {
  if (!county) {
    preview.replaceChildren(textIn('p', t.previewEmpty));
    preview.firstElementChild?.classList.add('preview-label');
    return;
  }
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
  if (!(element instanceof HTMLElement) || !element.localName.startsWith('pk-')) return;
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
  const name = `${t.colourNames[colour.property]} ${colour.value}`;
  return colour.adjustable ? name : `${name} (${t.notAdjustable})`;
}

/** Whether the loaded county is the one the field names, so the snippet may use it. */
function dataReady(): boolean {
  if (data.state !== 'loaded' || !county || county.url !== data.url) return false;
  const typed = dataIndexUrl(dataUrlInput.value, window.location.href);
  return typed.ok && typed.value === county.url;
}

/** Why the snippet is not offered for a choice, in the order the form asks for things. */
function blockReasons(choice: EmbedChoice, contrastFails: boolean, scriptUrl: string | undefined): BlockReason[] {
  const reasons: BlockReason[] = [];
  if (!dataReady()) reasons.push('data');
  else if (choice.widget === 'calendar' && choice.groups.length === 0) reasons.push('groups');
  else if (choice.widget === 'year-clock' && !choice.clock) reasons.push('clock');
  if (contrastFails) reasons.push('contrast');
  if (scriptUrl === undefined) reasons.push('script-url');
  return reasons;
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
      use.textContent = t.pairUses[c.use];
      pair.append(document.createElement('br'), use);
      row.append(
        pair,
        cell(`${formatRatio(c.ratio, lang)} (${formatRatio(c.min, lang)})`),
        cell(c.passes ? t.passes : t.fails),
      );
      return row;
    }),
  );

  const message = failures.map((c) =>
    t.pairFailure(
      colourName(c.foreground),
      colourName(c.background),
      formatRatio(c.ratio, lang),
      formatRatio(c.min, lang),
      t.pairUses[c.use],
    ),
  );
  // Rewrite the alert only when its text changes, so a screen reader hears each new problem once.
  const text = message.join('\n');
  if (contrastError.dataset['text'] !== text) {
    contrastError.dataset['text'] = text;
    if (failures.length) {
      const list = document.createElement('ul');
      for (const line of message) list.append(textIn('li', line));
      contrastError.replaceChildren(textIn('p', t.contrastFailures(failures.length)), list);
    } else {
      contrastError.replaceChildren();
    }
  }
  if (failures.some((c) => !THEME_TOKENS.find((token) => token.property === c.foreground.property)?.primary)) {
    moreColoursDetails.open = true;
  }
  contrastOk.hidden = failures.length > 0;
  contrastOk.textContent = t.contrastOk(checks.length);

  scriptUrlInput.setAttribute('aria-invalid', String(scriptUrl === undefined));
  scriptUrlError.hidden = scriptUrl !== undefined;

  const reasons = blockReasons(choice, failures.length > 0, scriptUrl);
  const offer = reasons.length === 0;
  snippetSection.hidden = !offer;
  snippetBlocked.hidden = offer;
  snippetBlockedReasons.replaceChildren(...reasons.map((r) => textIn('li', t.blockReasons[r])));
  copyButton.disabled = !offer;
  snippetCode.textContent = offer ? buildSnippet(choice) : '';
  copyStatus.textContent = '';
}

let checkTimer: ReturnType<typeof setTimeout> | undefined;

function update(options: { rebuild: boolean; checkNow: boolean }): void {
  const { choice, scriptUrl } = readChoice();
  showFieldsFor(choice);
  if (options.rebuild) renderPreview(choice);
  else restylePreview(choice);
  clearTimeout(checkTimer);
  if (options.checkNow) renderChecks(choice, scriptUrl);
  // While a colour is dragged the check waits for a pause, so the alert is not rewritten many times a second.
  else checkTimer = setTimeout(() => renderChecks(choice, scriptUrl), 400);
}

/** Shows a data problem by the field (an alert), or clears it. */
function showProblem(problem: DataProblem | undefined, extra?: string): void {
  const message = problem ? problemMessage(t, problem) : '';
  const text = extra ? `${message} ${extra}` : message;
  if (dataError.textContent !== text) dataError.textContent = text;
}

function showLoaded(loaded: County): void {
  const name = textIn('span', loaded.name.text, loaded.name.lang);
  const counts = t.counts({
    municipalities: loaded.municipalities.length,
    groups: loaded.groups.length,
    yearClocks: loaded.yearClocks.length,
  });
  dataStatus.replaceChildren(`${t.loaded} `, name, `. ${counts}${loaded.example ? ` ${t.exampleData}` : ''}`);
}

/**
 * Loads the data the field names, unless that very address is loading already. The newest load wins:
 * an older one is aborted. A problem keeps the last county in the preview but withholds the snippet.
 */
async function loadData(): Promise<void> {
  const target = dataIndexUrl(dataUrlInput.value, window.location.href);
  if (target.ok && data.state === 'loading' && data.url === target.value) return;
  loadController?.abort();
  if (!target.ok) {
    data = { state: 'failed', url: undefined };
    dataUrlInput.setAttribute('aria-invalid', 'true');
    dataStatus.textContent = '';
    showProblem(target.problem);
    update({ rebuild: false, checkNow: true });
    return;
  }
  const controller = new AbortController();
  loadController = controller;
  data = { state: 'loading', url: target.value };
  dataUrlInput.removeAttribute('aria-invalid');
  showProblem(undefined);
  dataStatus.textContent = t.loading(target.value);
  update({ rebuild: false, checkNow: true });
  let result: Awaited<ReturnType<typeof loadCounty>>;
  try {
    result = await loadCounty(target.value, lang, (url, init) => fetch(url, init), controller.signal);
  } catch (error) {
    if (controller.signal.aborted) return;
    throw error;
  }
  if (controller.signal.aborted) return;
  if (!result.ok) {
    data = { state: 'failed', url: target.value };
    dataUrlInput.setAttribute('aria-invalid', 'true');
    dataStatus.textContent = '';
    showProblem(result.problem);
    update({ rebuild: false, checkNow: true });
    return;
  }
  buildCountyOptions(result.value);
  county = result.value;
  data = { state: 'loaded', url: target.value };
  showLoaded(result.value);
  showProblem(result.value.placesProblem, result.value.placesProblem ? t.placesProblem : undefined);
  update({ rebuild: true, checkNow: true });
}

async function copySnippet(): Promise<void> {
  const text = snippetCode.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = t.copied;
  } catch {
    // Without clipboard access (an insecure page, a refused permission) select the code for Ctrl+C.
    const range = document.createRange();
    range.selectNodeContents(snippetCode);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    copyStatus.textContent = t.copyFailed;
  }
}

buildColourFields();
scriptUrlInput.value = new URL('/embed/perhekeskus.js', window.location.href).href;
dataUrlInput.value = new URL(DEFAULT_DATA_PATH, window.location.href).href;

// Enter in the address field, or the "load" button: (re)load the data.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void loadData();
});
form.addEventListener('change', (event) => {
  const target = event.target;
  if (target === dataUrlInput) {
    void loadData();
    return;
  }
  // A new widget, municipality, group, year clock or language needs a new element; a colour or the address does not.
  const rebuild =
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox'));
  update({ rebuild, checkNow: true });
});
form.addEventListener('input', (event) => {
  if (event.target instanceof HTMLInputElement && event.target.type === 'color') {
    update({ rebuild: false, checkNow: false });
  }
});
// Typing another address withholds the snippet until that address is loaded.
dataUrlInput.addEventListener('input', () => update({ rebuild: false, checkNow: true }));
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
void loadData();
