import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { etelaSavo } from '../../etela-savo.js';
import type { LocalizedText } from '../../model/common.js';
import { displayText } from '../../model/displayText.js';
import type { MeetingPlace } from '../../model/meeting-place.js';
import { Region } from '../../model/region.js';
import { hsdsFiles } from '../../publish/hsds/hsdsFiles.js';
import { toHsds } from '../../publish/hsds/toHsds.js';
import { fromHsds } from './fromHsds.js';

/**
 * The fields of a meeting place that HSDS carries, text in one language. Not carried, so left out
 * here (and reported as `not-exported` by the export): audiences and offerings (place and activity),
 * activity ids, further organisers, contact roles and party links' ids beyond the organisation,
 * `operating`, the premises' owner, evaluations, `source`, exceptions' activity links, and
 * every language of a text but the one exported.
 */
function carried(place: MeetingPlace) {
  const t = (text: LocalizedText | undefined) => (text === undefined ? undefined : displayText(text, 'fi').text);
  return {
    id: place.id,
    // Marked in `service.alert`: an example row stays one.
    example: place.example === true,
    name: t(place.name),
    description: t(place.description),
    municipalityCode: place.municipalityCode,
    organiser: place.organiserIds[0],
    premises: t(place.premises?.description),
    address: place.address && { ...place.address, postOffice: t(place.address.postOffice) },
    coordinates: place.coordinates,
    languages: place.languages,
    accessibility: place.accessibility,
    web: place.web,
    contacts: place.contacts.map((c) => ({ name: c.name, title: t(c.title), email: c.workEmail, phone: c.workPhone })),
    activities: place.activities.map((a) => ({
      name: t(a.name),
      weekday: a.weekday,
      start: a.start,
      end: a.end,
      weeks: a.weeks === 'every' ? undefined : a.weeks,
      validFrom: a.validFrom,
      validTo: a.validTo,
      note: t(a.note),
    })),
    exceptions: (place.exceptions ?? []).map((e) => ({
      date: e.date,
      closed: e.closed,
      start: e.closed ? undefined : e.start,
      end: e.closed ? undefined : e.end,
      note: t(e.note),
    })),
  };
}

/** The files of an export read back as one object of tables, as `perhekeskus import hsds DIR` does. */
function readBack(files: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name !== 'service_at_location_list.json')
      .map(([name, text]) => [name.replace(/\.json$/, ''), JSON.parse(text)]),
  );
}

const pohjanmaa = Region.parse(
  JSON.parse(readFileSync(new URL('../../../../../examples/pohjanmaa/region.json', import.meta.url), 'utf8')),
);

describe('HSDS round trip: export, import, export', () => {
  for (const [name, region] of [
    ['Etelä-Savo', etelaSavo],
    ['Pohjanmaa (example)', pohjanmaa],
  ] as const) {
    it(`${name}: the per-table files import back to the same meeting places, in what HSDS carries`, () => {
      const files = hsdsFiles(toHsds(region));
      const { list, issues } = fromHsds(readBack(files));
      expect(issues.filter((i) => i.skipped)).toEqual([]);
      expect(list.places.map(carried)).toEqual(region.meetingPlaces.map(carried));
    });

    it(`${name}: the imported places export to the same bytes`, () => {
      const files = hsdsFiles(toHsds(region));
      const { list } = fromHsds(readBack(files));
      // Same region id and the same party ids, so the same UUIDs; the region's parties name the organisers.
      const again = hsdsFiles(toHsds({ ...region, meetingPlaces: list.places }));
      // A service has one organisation in HSDS, so a place's further organisers do not come back
      // (reported as not-exported): only those parties' organisation rows are missing.
      const { 'organization.json': organizations, 'organization_identifier.json': identifiers, ...rest } = again;
      const {
        'organization.json': organizationsBefore,
        'organization_identifier.json': identifiersBefore,
        ...restBefore
      } = files;
      expect(rest).toEqual(restBefore);
      const ids = (text: string | undefined) => (JSON.parse(text ?? '[]') as { id: string }[]).map((r) => r.id);
      expect(ids(organizationsBefore)).toEqual(expect.arrayContaining(ids(organizations)));
      expect(ids(identifiersBefore)).toEqual(expect.arrayContaining(ids(identifiers)));
      const single = region.meetingPlaces.every((p) => p.organiserIds.length <= 1);
      if (single) expect(again).toEqual(files);
    });
  }

  it('the nested service_at_location_list alone brings back the places, without their schedules', () => {
    const hsds = toHsds(etelaSavo);
    // The standard's nested shape holds no address or service area: the municipality must be given.
    const { list, issues } = fromHsds(hsds.serviceAtLocationList, { municipalityCode: '681' });
    expect(issues.filter((i) => i.field === 'address').map((i) => i.code)).toContain('defaulted');
    // …nor organisation identifiers: organiser ids are made from the organisations' names.
    expect(list.places.map((p) => [p.id, p.name.fi, p.organiserIds.length, p.activities])).toEqual(
      etelaSavo.meetingPlaces.map((p) => [
        p.id,
        displayText(p.name, 'fi').text,
        Math.min(1, p.organiserIds.length),
        [],
      ]),
    );
    expect(list.places[0]?.organiserIds).toEqual(['rantasalmen-kunta']);
  });
});
