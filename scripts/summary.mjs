// `npm start` (until the demo app exists): a readable summary of the built-in Etelä-Savo data and
// the coming twelve months of meetings and evaluations, computed by @perhekeskus/core from the data.
// Usage: node scripts/summary.mjs [--lang fi|sv|en] [--from YYYY-MM-DD]
import { describeCadence, evaluationCalendar, formatTime, label, scheduleFor } from '@perhekeskus/core';
import { etelaSavo } from '@perhekeskus/core/etela-savo';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const lang = opt('lang', 'en');
if (!['fi', 'sv', 'en'].includes(lang)) {
  console.error(`Unknown --lang ${lang}: use fi, sv or en.`);
  process.exit(2);
}
const helsinkiToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
const from = opt('from', helsinkiToday);
if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) {
  console.error(`--from must be a date as YYYY-MM-DD, got ${from}`);
  process.exit(2);
}
const toDate = new Date(`${from}T12:00:00Z`);
toDate.setUTCFullYear(toDate.getUTCFullYear() + 1);
toDate.setUTCDate(toDate.getUTCDate() - 1);
const to = toDate.toISOString().slice(0, 10);

const t = (text) => (text ? (text[lang] ?? text.fi) : '');
const h = {
  fi: {
    builtIn: '@perhekeskus/core, sisäänrakennettu aineisto; lähde',
    groups: 'Ryhmät ja verkostot',
    convenes: 'kutsuu koolle',
    chair: 'pj.',
    places: 'Kunnat ja avoimet kohtaamispaikat',
    none: 'ei kohtaamispaikkaa tiedossa',
    example: 'ESIMERKKITIETO',
    schedule: 'Tapaamiset',
    evaluation: 'Arviointikalenteri',
    agreement: 'Sopimus',
    parties: 'osapuolet',
    decisions: 'päätökset',
    meetings: 'tapaamista',
    noCadence: 'kokoontumistiheys ei tiedossa',
  },
  sv: {
    builtIn: '@perhekeskus/core, inbyggda data; källa',
    groups: 'Grupper och nätverk',
    convenes: 'sammankallar',
    chair: 'ordf.',
    places: 'Kommuner och öppna mötesplatser',
    none: 'ingen känd mötesplats',
    example: 'EXEMPELDATA',
    schedule: 'Möten',
    evaluation: 'Utvärderingskalender',
    agreement: 'Avtal',
    parties: 'parter',
    decisions: 'beslut',
    meetings: 'möten',
    noCadence: 'mötesfrekvens okänd',
  },
  en: {
    builtIn: '@perhekeskus/core built-in data; source',
    groups: 'Groups and networks',
    convenes: 'convened by',
    chair: 'chair',
    places: 'Municipalities and open meeting places',
    none: 'no meeting place known',
    example: 'EXAMPLE DATA',
    schedule: 'Meetings',
    evaluation: 'Evaluation calendar',
    agreement: 'Agreement',
    parties: 'parties',
    decisions: 'decisions',
    meetings: 'meetings',
    noCadence: 'cadence not stated',
  },
}[lang];
const fmtDate = (iso) => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return lang === 'en'
    ? `${d} ${new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })} ${y}`
    : `${d}.${m}.${y}`;
};
const rule = (title) => `\n${title}\n${'─'.repeat(title.length)}`;

const r = etelaSavo;
console.log(`${t(r.name)} — ${t(r.county.name)} (${r.county.shortName ?? ''})`);
console.log(`${h.builtIn}: ${r.source.document}`);

const agreement = r.agreements.at(-1);
console.log(rule(`${h.agreement}: ${t(agreement.title)}`));
console.log(
  `${fmtDate(agreement.period.start)}–${fmtDate(agreement.period.end)}, ${h.parties}: ${agreement.parties.length} (${label('partyList', agreement.partyList, lang)})${agreement.partyKinds ? ` — ${agreement.partyKinds.map((k) => label('partyKind', k, lang)).join(', ')}` : ''}`,
);
for (const d of agreement.decisions) {
  const party = r.parties.find((p) => p.id === d.partyId);
  console.log(
    `  ${h.decisions}: ${t(party?.name)} ${d.body.abbreviation ?? t(d.body.name)} ${fmtDate(d.date)} § ${d.section} — ${label('decisionOutcome', d.outcome, lang)}`,
  );
}

console.log(rule(h.groups));
for (const g of r.groups) {
  if (g.level === 'municipal') continue;
  const chair = g.members.find((m) => m.role === 'chair');
  const chairText = chair
    ? `; ${h.chair}: ${chair.personId ? r.people.find((p) => p.id === chair.personId)?.name : t(chair.title)}`
    : '';
  console.log(`• ${t(g.name)} — ${h.convenes}: ${label('role', g.convener, lang)}${chairText}`);
  console.log(`    ${g.cadence ? describeCadence(g.cadence, lang) : g.cadenceNote ? t(g.cadenceNote) : h.noCadence}`);
}
const municipalGroups = r.groups.filter((g) => g.level === 'municipal');
if (municipalGroups.length) {
  const sample = municipalGroups[0];
  console.log(
    `• ${municipalGroups.length} × ${t(sample.name).replace(/ .*/, '…')} — ${h.convenes}: ${label('role', sample.convener, lang)}; ${sample.cadenceNote ? t(sample.cadenceNote) : h.noCadence}`,
  );
}

console.log(rule(h.places));
for (const m of r.municipalities) {
  const places = r.meetingPlaces.filter((p) => p.municipalityCode === m.code);
  const area = r.areas.find((a) => a.id === m.areaId);
  console.log(
    `${m.code} ${m.name.fi}${m.name.sv !== m.name.fi ? ` (${m.name.sv})` : ''}${area ? ` — ${t(area.name)}` : ''}`,
  );
  if (!places.length) console.log(`    ${h.none}`);
  for (const p of places) console.log(`    ${p.example ? `[${h.example}] ` : ''}${t(p.name)}`);
}

const meetings = scheduleFor(r, { from, to });
console.log(rule(`${h.schedule} ${fmtDate(from)}–${fmtDate(to)}: ${meetings.length} ${h.meetings}`));
let month = '';
for (const o of meetings) {
  if (o.start.slice(0, 7) !== month) {
    month = o.start.slice(0, 7);
    console.log(`  ${month}`);
  }
  const time = formatTime(o.start.slice(11, 16), lang);
  console.log(
    `    ${fmtDate(o.start).padEnd(11)} ${time.padEnd(10)} ${t(o.groupName)} — ${label('meetingMode', o.mode, lang)}${o.moved ? ` (${o.moved.from} → ${o.moved.reason})` : ''}`,
  );
}

const evaluations = evaluationCalendar(r, { from, to });
console.log(rule(`${h.evaluation} ${fmtDate(from)}–${fmtDate(to)}`));
for (const e of evaluations) {
  console.log(
    `  ${fmtDate(e.window.start)}–${fmtDate(e.window.end)}  ${t(e.name)}${e.variantKind ? ` — ${label('evaluationKind', e.variantKind, lang)}` : ''}`,
  );
}
