import {
  type AgreementPartyStatus,
  agreementStatus,
  displayText,
  type Locale,
  type LocalizedText,
  type Region,
  type StatusDecision,
  vocabularyLabel,
} from '@perhekeskus/core';
import { commonOptions, parseCommandLine } from '../args.js';
import { dateOption } from '../dates.js';
import { CliError, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { loadRegion } from '../loadRegion.js';
import { messages } from '../messages.js';
import { regionFileOption } from '../regionFile.js';

const COMMAND = 'agreement-status';

/** A heading underlined to its length. */
const heading = (title: string) => `${title}\n${'─'.repeat(title.length)}\n`;

/** A section as minutes write it: `§ 85`, `§ 23 a` (a `§` already in the data is not doubled). */
const sectionText = (section: number | string) => `§ ${String(section).replace(/^§\s*/, '')}`;

/**
 * The agreement a command line names, or the region's newest (latest period start; of two, the later
 * listed) when it names none.
 */
function chosenAgreement(id: string | undefined, region: Region, lang: Locale): string {
  const m = messages[lang].agreementStatus;
  const ids = region.agreements.map((a) => a.id);
  if (id !== undefined) {
    if (!ids.includes(id)) throw new UsageError(m.unknownAgreement(id, ids), COMMAND);
    return id;
  }
  const newest = region.agreements.reduce<Region['agreements'][number] | undefined>(
    (best, a) => (best === undefined || a.period.start >= best.period.start ? a : best),
    undefined,
  );
  if (newest === undefined) throw new CliError(m.noAgreements);
  return newest.id;
}

/**
 * `perhekeskus agreement-status [FILE]`: a cooperation agreement's approvals and signatures on a day
 * (`agreementStatus` of core), for a coordinator following who still has to decide and sign: the
 * counts per state, the entry into force or why it is not known, and per party its decisions, signer
 * and signature. `--json` prints core's result as it is. Names follow the display rule (`displayText`).
 *
 * @param args - the arguments after `agreement-status`
 * @param io - the command's I/O
 * @param lang - the language of the output
 * @returns 0
 * @throws UsageError for a wrong command line or an unknown agreement; CliError for an unusable region file
 * @example
 * await agreementStatusCommand(['--agreement', 'etela-savo-2026-2029', '--date', '2026-03-01'], io, 'en');
 * // stdout: 'Etelä-Savo family-centre cooperation agreement for 2026–2029\n…\nMunicipality of Rantasalmi: approved\n…'
 */
export async function agreementStatusCommand(args: string[], io: CliIo, lang: Locale): Promise<number> {
  const m = messages[lang];
  const t = m.agreementStatus;
  const { values, positionals } = parseCommandLine(
    {
      args,
      options: {
        ...commonOptions,
        agreement: { type: 'string' },
        date: { type: 'string' },
        json: { type: 'boolean' },
        region: { type: 'string' },
      },
      allowPositionals: true,
    },
    m,
    COMMAND,
  );
  if (values.help) {
    io.stdout.write(m.help.agreementStatus);
    return 0;
  }
  const on = dateOption(values.date, '--date', io.now(), m, COMMAND);
  const file = regionFileOption(positionals, values.region, m, COMMAND);
  const region = await loadRegion(file, io, lang);
  const id = chosenAgreement(values.agreement, region, lang);
  const status = agreementStatus(region, id, on);
  if (values.json) {
    io.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
    return 0;
  }

  const text = (value: LocalizedText | undefined) => (value ? displayText(value, lang).text : '');
  const decisionLine = (d: StatusDecision) => {
    const body = [d.body.abbreviation, d.body.abbreviation ? `(${text(d.body.name)})` : text(d.body.name)]
      .filter(Boolean)
      .join(' ');
    const extra = [d.caseNumber ? t.caseNumber(d.caseNumber) : '', d.electronic ? t.electronic : '']
      .filter(Boolean)
      .map((s) => `, ${s}`)
      .join('');
    const outcome = vocabularyLabel('decisionOutcome', d.outcome, lang, region.vocabulary).text;
    return `    ${m.date(d.date)} ${body} ${sectionText(d.section)}${extra}: ${outcome}\n`;
  };
  const partyLines = (p: AgreementPartyStatus) => {
    const lines = [`  ${p.name ? text(p.name) : p.partyId}: ${t.states[p.state]}\n`];
    if (p.decisions.length === 0) lines.push(`    ${t.noDecision}\n`);
    lines.push(...p.decisions.map(decisionLine));
    const signing = [
      p.signatory ? t.signatory(text(p.signatory)) : '',
      p.signature ? (p.signature.date ? t.signed(p.signature.date) : t.signaturePending) : '',
    ].filter(Boolean);
    if (signing.length > 0) lines.push(`    ${signing.join('; ')}\n`);
    return lines.join('');
  };

  const source = file === undefined ? m.builtInRegion : file;
  const out = [
    `${text(status.title)}\n`,
    `${t.subtitle(status.agreementId, status.period.start, status.period.end, `${text(region.name)} (${source})`)}\n\n`,
    `${t.summary(on, status.counts)}\n`,
    `${t.entry(status.entry)}\n\n`,
    heading(t.partiesHeading),
    ...status.parties.map(partyLines),
  ];
  io.stdout.write(out.join(''));
  return 0;
}
