import type { Audience, MeetingPlace, Offering } from '../../model/meeting-place.js';
import { municipalityCode, ptvLocation } from './ptvAddress.js';
import { ptvContacts } from './ptvContacts.js';
import { knownFields, type PtvContext, parseEach, preview, report, reportUnmapped } from './ptvContext.js';
import { ptvLanguages } from './ptvLanguages.js';
import { PtvDisplayNameType } from './ptvSchemas.js';
import { ptvServiceHours } from './ptvServiceHours.js';
import { ptvLocalizedText, ptvPickTexts, ptvTexts } from './ptvText.js';
import { ptvWeb } from './ptvWeb.js';

/** Defaults for what our model requires and PTV does not hold; each use is reported as `defaulted`. */
export const PTV_DEFAULTS = {
  /** An open meeting place is for families (001 §11, 002). */
  audiences: ['families'] as Audience[],
  /** Every meeting place offers open activity (avoin toiminta, 001 §11); its hours become "Open" activities. */
  offerings: ['open-activity'] as Offering[],
} as const;

/** Where PTV data comes from, for `MeetingPlace.source.document`. */
export const PTV_DOCUMENT = 'Suomi.fi Palvelutietovaranto (PTV)';

/** Top-level channel fields the mapper reads; the rest are reported. */
const READ = [
  'id',
  'serviceChannelType',
  'organizationId',
  'serviceChannelNames',
  'displayNameType',
  'serviceChannelDescriptions',
  'phoneNumbers',
  'emails',
  'languages',
  'webPages',
  'addresses',
  'serviceHours',
  'publishingStatus',
  'modified',
];

/**
 * Our id for a PTV channel: `ptv-` and the channel id (a GUID) in lower case, other characters as
 * hyphens.
 *
 * @param channelId - the PTV channel id
 * @returns a valid `Id`
 * @example
 * ptvPlaceId('3FA85F64-5717-4562-B3FC-2C963F66AFA6'); // 'ptv-3fa85f64-5717-4562-b3fc-2c963f66afa6'
 */
export function ptvPlaceId(channelId: string): string {
  const slug = channelId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `ptv-${slug || 'channel'}`;
}

/** The v11 `displayNameType` as language → preferred name type. */
function displayTypes(ctx: PtvContext, value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (ctx.version !== 'v11') return out;
  for (const { value: entry } of parseEach(ctx, PtvDisplayNameType, value, 'displayNameType', 'A display name type')) {
    if (entry.language && entry.type) out.set(entry.language.trim().toLowerCase(), entry.type.trim());
  }
  return out;
}

/** A municipality from the service areas when the address gives none: only if there is exactly one. */
function municipalityFromAreas(ctx: PtvContext, value: unknown): string | undefined {
  const codes = new Set<string>();
  for (const { value: area } of parseEach(ctx, ctx.schemas.area, value, 'areas', 'A service area')) {
    const record = area as Record<string, unknown>;
    if (typeof record['type'] === 'string' && record['type'].toLowerCase() === 'municipality') {
      const code = municipalityCode(record['code']);
      if (code) codes.add(code);
    }
    for (const m of Array.isArray(record['municipalities']) ? record['municipalities'] : []) {
      const code = municipalityCode((m as Record<string, unknown> | null)?.['code']);
      if (code) codes.add(code);
    }
  }
  return codes.size === 1 ? [...codes][0] : undefined;
}

/**
 * Maps one PTV ServiceLocation channel to a `MeetingPlace` (not yet checked against the schema; the
 * importer does that), reporting every field it cannot carry. Returns `undefined`, with an issue marked
 * `skipped`, for a channel that is not published, not a service location, has no name in Finnish or
 * Swedish (`missing-name`), no municipality, or lies outside `municipality` (then that is the channel's
 * only issue). A Swedish-only channel is imported; its name is `{ sv: … }`.
 *
 * @param ctx - the channel's context (its issues go to `ctx.issues`)
 * @param channel - the channel object (its `id` already checked to be a string)
 * @param municipality - keep only channels in this municipality
 * @returns the meeting place, or `undefined` when the channel is skipped
 * @example
 * ptvChannelToMeetingPlace(ctx, mikkeliChannel)?.id; // 'ptv-3fa85f64-5717-4562-b3fc-2c963f66afa6'
 */
export function ptvChannelToMeetingPlace(
  ctx: PtvContext,
  channel: Record<string, unknown>,
  municipality?: string,
): MeetingPlace | undefined {
  const id = channel['id'] as string;
  const skip = (field: string, code: Parameters<typeof report>[2], message: string, value?: unknown) => {
    report(ctx, field, code, message, true, value);
    return undefined;
  };
  const status = channel['publishingStatus'];
  if (status !== 'Published') {
    return skip(
      'publishingStatus',
      'not-published',
      `Publishing status is ${preview(status ?? null)}, not Published`,
      status,
    );
  }
  const type = channel['serviceChannelType'];
  if (type !== undefined && type !== null && type !== 'ServiceLocation') {
    return skip(
      'serviceChannelType',
      'not-service-location',
      `A ${preview(type)} channel is not a place to visit`,
      type,
    );
  }

  // A channel skipped for its name or municipality carries only that issue: the rest would be noise.
  const firstIssue = ctx.issues.length;
  const skipOnly = (field: string, code: Parameters<typeof report>[2], message: string, value?: unknown) => {
    ctx.issues.splice(firstIssue);
    return skip(field, code, message, value);
  };
  const display = displayTypes(ctx, channel['displayNameType']);
  const nameTexts = ptvPickTexts(
    ctx,
    ptvTexts(ctx, channel['serviceChannelNames'], 'serviceChannelNames', 'name'),
    (language) => [display.get(language) ?? 'Name', 'Name', 'AlternativeName'],
    'name',
  );
  const name = ptvLocalizedText(ctx, nameTexts, 'name', false);
  const location = ptvLocation(ctx, channel['addresses']);
  let code = location.municipalityCode;
  if (code === undefined) {
    code = municipalityFromAreas(ctx, channel['areas']);
    if (code !== undefined) {
      report(
        ctx,
        'areas',
        'municipality-from-area',
        `The address names no municipality; the single service area's (${code}) is used`,
        false,
        code,
      );
    }
  } else if (channel['areas'] !== undefined) {
    reportUnmapped(ctx, { areas: channel['areas'] }, ['areas'], [], '', { areas: 'MeetingPlace has no service area' });
  }
  if (code === undefined) {
    // The issues met so far say why there is no municipality, so they stay.
    return skip('addresses', 'missing-municipality', 'No municipality code in the address or a single service area');
  }
  if (municipality !== undefined && code !== municipality) {
    return skipOnly(
      'addresses',
      'other-municipality',
      `In municipality ${code}, not ${municipality} (filtered by options.municipality)`,
      code,
    );
  }
  if (!name) {
    const others = nameTexts.map((t) => `${t.language}: ${preview(t.value)}`).join(', ');
    const unselected = nameTexts.some(
      (t) => (t.language === 'fi' || t.language === 'sv') && !ctx.languages.includes(t.language),
    );
    return skipOnly(
      'serviceChannelNames',
      'missing-name',
      `No Finnish or Swedish name${unselected ? ' among the languages options.languages selects' : ''}${others ? ` (only ${others})` : ''}; ` +
        'MeetingPlace.name needs one of them, so the place is skipped',
    );
  }
  const descriptionTexts = ptvPickTexts(
    ctx,
    ptvTexts(ctx, channel['serviceChannelDescriptions'], 'serviceChannelDescriptions', 'description'),
    () => ['Description', 'Summary'],
    'description',
  );
  const description = ptvLocalizedText(ctx, descriptionTexts, 'description');
  const hours = ptvServiceHours(ctx, channel['serviceHours']);
  const contacts = ptvContacts(ctx, channel['phoneNumbers'], channel['emails']);
  const web = ptvWeb(ctx, channel['webPages']);
  const languages = ptvLanguages(ctx, channel['languages']);

  const organisation = channel['organizationId'];
  report(
    ctx,
    'organizationId',
    'defaulted',
    `organiserIds set to []: PTV organisation ${preview(organisation ?? null)} is not one of our parties`,
  );
  report(ctx, 'MeetingPlace.audiences', 'defaulted', `PTV has no audiences; set to ${preview(PTV_DEFAULTS.audiences)}`);
  report(ctx, 'MeetingPlace.offerings', 'defaulted', `PTV has no offerings; set to ${preview(PTV_DEFAULTS.offerings)}`);
  report(ctx, 'MeetingPlace.accessibility', 'defaulted', 'No accessibility features are known; set to []');
  if (hours.activities.length > 0) {
    report(
      ctx,
      'serviceHours',
      'defaulted',
      'Opening hours became activities named "Open" with offering open-activity',
    );
  }
  const modified = typeof channel['modified'] === 'string' ? channel['modified'] : undefined;
  if (!modified) report(ctx, 'modified', 'invalid-value', 'The channel has no modified date; the source names none');
  reportUnmapped(ctx, channel, knownFields(ctx.schemas.channel), [...READ, 'areas'], '', {
    sourceId: 'the organisation’s own id is not ours',
    oid: 'MeetingPlace has no OID',
    areaType: 'MeetingPlace has no service area',
    services: 'MeetingPlace does not link PTV services',
    serviceCollections: 'MeetingPlace does not link PTV service collections',
    ontologyTerms: 'MeetingPlace has no ontology terms',
    responsibleSoteOrganization: 'MeetingPlace has no responsible organisation',
  });

  return {
    id: ptvPlaceId(id),
    name,
    ...(description ? { description } : {}),
    municipalityCode: code,
    organiserIds: [],
    ...(location.premisesDescription ? { premises: { description: location.premisesDescription } } : {}),
    ...(location.address ? { address: location.address } : {}),
    ...(location.coordinates ? { coordinates: location.coordinates } : {}),
    audiences: [...PTV_DEFAULTS.audiences],
    offerings: [...PTV_DEFAULTS.offerings],
    languages,
    accessibility: [],
    contacts,
    activities: hours.activities,
    ...(hours.exceptions.length > 0 ? { exceptions: hours.exceptions } : {}),
    ...(web ? { web } : {}),
    example: false,
    source: {
      document: PTV_DOCUMENT,
      section: `ServiceLocation channel ${id} (${ctx.version}), modified ${modified ?? 'unknown'}`,
      // PTV ids are GUIDs; another id gets no URL rather than a guessed one.
      ...(/^[A-Za-z0-9-]+$/.test(id)
        ? { url: `https://api.palvelutietovaranto.suomi.fi/api/${ctx.version}/ServiceChannel/${id}` }
        : {}),
      assumption:
        `Imported from PTV. Audiences ${preview(PTV_DEFAULTS.audiences)}, offerings ${preview(PTV_DEFAULTS.offerings)} ` +
        'and an empty organiser list are importer defaults, not PTV data; opening hours are shown as "Open" activities.',
    },
  };
}
