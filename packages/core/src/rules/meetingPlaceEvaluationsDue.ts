import type { Id, IsoDate, LocalizedText, MunicipalityCode } from '../model/common.js';
import { Year } from '../model/common.js';
import type { MeetingPlace, PlaceEvaluation } from '../model/meeting-place.js';
import { Region } from '../model/region.js';
import { evaluationCalendar } from '../schedule/evaluationCalendar.js';
import { parseInput } from '../validation/parseInput.js';

/** The kinds of a meeting place's own evaluation: peer or self ("Kaikkien perheiden paikka", 002). */
export type MeetingPlaceEvaluationKind = PlaceEvaluation['kind'];

const PLACE_KINDS: readonly string[] = [
  'meeting-place-peer-evaluation',
  'meeting-place-self-evaluation',
] satisfies MeetingPlaceEvaluationKind[];

const isPlaceKind = (kind: string): kind is MeetingPlaceEvaluationKind => PLACE_KINDS.includes(kind);

/** One meeting place's evaluation of a year: which kind, in which window, and whether it is done. */
export interface MeetingPlaceEvaluationDue {
  placeId: Id;
  placeName: LocalizedText;
  municipalityCode: MunicipalityCode;
  /** True for an invented example row (`example: true`), to be shown as such. */
  example: boolean;
  /** The evaluation activity that schedules it. */
  activityId: Id;
  /** Peer or self evaluation: the kind the activity's recurrence gives this year. */
  kind: MeetingPlaceEvaluationKind;
  /** First and last day of the window the evaluation is done in. */
  window: { start: IsoDate; end: IsoDate };
  /** The place records a finished evaluation of this kind for this year (`evaluations`). */
  done: boolean;
}

/** What {@link meetingPlaceEvaluationsDue} returns. */
export interface MeetingPlaceEvaluationsDue {
  year: number;
  /**
   * The region's evaluation activities that schedule meeting-place evaluations (their kind, or one of
   * their alternating `variants`, is a peer or self evaluation). Empty when the region has none: then
   * nothing is due because nothing in the data says what is, not because the places are up to date.
   */
  activityIds: Id[];
  /** One row per meeting place and evaluation due in the year. */
  due: MeetingPlaceEvaluationDue[];
}

/** A place for young people only: a youth centre or Ohjaamo (002), not a families' meeting place. */
const forYoungPeopleOnly = (place: MeetingPlace): boolean =>
  place.audiences.length > 0 && place.audiences.every((audience) => audience === 'young-people');

/** Whether the place operates on some day from `start` to `end`: no `operating` means always. */
function operatesDuring(place: MeetingPlace, start: IsoDate, end: IsoDate): boolean {
  const operating = place.operating;
  if (!operating) return true;
  return operating.start <= end && (operating.end === undefined || start <= operating.end);
}

/**
 * The meeting places' evaluations due in a year (002, Kohtaamispaikkaverkosto: peer evaluation one
 * year, self-evaluation the next, in the "Kaikkien perheiden paikka" model), and which are done.
 *
 * Which evaluation is due comes from the region's own evaluation activities, not from each place's
 * history: an activity whose kind is `meeting-place-peer-evaluation` or `meeting-place-self-evaluation`,
 * or whose recurrence alternates them as `variants`, gives the kind of each year and its window (as
 * {@link evaluationCalendar} does). The whole network does the same kind in the same year, as a peer
 * evaluation needs partners, so a place that missed a year does not shift its turn. A place owes the
 * evaluation when it operates on some day of the window (`operating`; no period means always), so a
 * place that starts on 1 January owes that year's. A place for young people only (its audiences are
 * all `young-people`: a youth centre or Ohjaamo, which 002 counts as young people's meeting places)
 * owes none, as the model evaluates families' open meeting places. It is done when its `evaluations`
 * record the same kind for the year.
 *
 * @param region - the region; validated whole as {@link Region}
 * @param year - the year, 1922–2200
 * @returns the year, the activities that schedule meeting-place evaluations (empty when the region
 *   has none) and a row per place and evaluation due, in window order and then the region's place order
 * @throws {ValidationError} when an input is invalid; the message names the field
 * @example
 * // Etelä-Savo: peer evaluation in even years, September–November (002; the order is assumed).
 * const { activityIds, due } = meetingPlaceEvaluationsDue(etelaSavo, 2026);
 * activityIds; // ['meeting-place-evaluation']
 * due[0]; // { placeId: …, kind: 'meeting-place-peer-evaluation',
 * //   window: { start: '2026-09-01', end: '2026-11-30' }, done: false, … }
 * meetingPlaceEvaluationsDue(etelaSavo, 2027).due[0]?.kind; // 'meeting-place-self-evaluation'
 */
export function meetingPlaceEvaluationsDue(region: Region, year: number): MeetingPlaceEvaluationsDue {
  const parsed = parseInput(Region, region, 'region');
  const y = parseInput(Year, year, 'year');
  const activityIds = parsed.evaluationActivities
    .filter((activity) => {
      const recurrence = activity.recurrence;
      const variants = recurrence.kind === 'every-n-years' ? (recurrence.variants ?? []) : [];
      return isPlaceKind(activity.kind) || variants.some(isPlaceKind);
    })
    .map((activity) => activity.id);
  const due: MeetingPlaceEvaluationDue[] = [];
  if (activityIds.length === 0) return { year: y, activityIds, due };
  // The whole list goes in, so that an error names the activity's index in the region.
  const entries = evaluationCalendar(parsed, { from: `${y}-01-01`, to: `${y}-12-31` });
  for (const entry of entries) {
    const kind = entry.variantKind ?? entry.kind;
    // A window that began the year before belongs to that year.
    if (entry.year !== y || !isPlaceKind(kind)) continue;
    for (const place of parsed.meetingPlaces) {
      if (forYoungPeopleOnly(place) || !operatesDuring(place, entry.window.start, entry.window.end)) continue;
      due.push({
        placeId: place.id,
        placeName: place.name,
        municipalityCode: place.municipalityCode,
        example: place.example === true,
        activityId: entry.activityId,
        kind,
        window: entry.window,
        done: (place.evaluations ?? []).some((evaluation) => evaluation.year === y && evaluation.kind === kind),
      });
    }
  }
  return { year: y, activityIds, due };
}
