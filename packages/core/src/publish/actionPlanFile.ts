import type { YearClockRing } from '../calendar/yearClockRing.js';
import { yearClockRingsFromAgendas } from '../calendar/yearClockRingsFromAgendas.js';
import { yearClockRingsFromEvaluation } from '../calendar/yearClockRingsFromEvaluation.js';
import { yearClockRingsFromOccurrences } from '../calendar/yearClockRingsFromOccurrences.js';
import type { Region } from '../model/region.js';
import { agendasOf } from '../rules/meetingAgendas.js';
import { SCHEDULE_YEARS } from '../schedule/period.js';
import { scheduleFor } from '../schedule/scheduleFor.js';
import { publishedFileSchema } from './publishedFileSchema.js';
import type { PublishedActionPlan } from './publishedSchemas.js';

/** The name of the action plan's year clock. */
const NAME = {
  fi: 'Toimintasuunnitelman vuosikello',
  sv: 'Verksamhetsplanens årsklocka',
  en: 'Action plan year clock',
};

/** Ring ids must be unique: a ring whose id a group already uses gets `-2` (`-3`, …). */
function uniqueRings(rings: readonly YearClockRing[]): YearClockRing[] {
  const used = new Set<string>();
  return rings.map((ring) => {
    let id = ring.id;
    for (let n = 2; used.has(id); n++) id = `${ring.id}-${n}`;
    used.add(id);
    return id === ring.id ? ring : { ...ring, id };
  });
}

/** The year's agendas of every group that receives reports or evaluation results, in the groups' order. */
function receivingAgendas(region: Region, year: number) {
  const receiving = new Set<string>([
    ...region.groups.flatMap((g) => (g.reportsTo ?? []).map((duty) => duty.toGroupId)),
    ...region.evaluationActivities.flatMap((a) => (a.reportsToGroupId === undefined ? [] : [a.reportsToGroupId])),
  ]);
  const ids = region.groups.filter((g) => receiving.has(g.id)).map((g) => g.id);
  const agendas = agendasOf(region, ids, `${year}-01-01`, `${year}-12-31`);
  return ids.flatMap((id) => agendas.get(id) ?? []);
}

/**
 * The content of `action-plan/<year>.json`: the whole action plan of a year as one year clock
 * (toimintasuunnitelman vuosikello, the coordinator's year clock), the rings outermost first: a ring per
 * group that meets, each meeting on its day (`scheduleFor` over the whole region, then
 * `yearClockRingsFromOccurrences`), the evaluation and follow-up tasks of the year
 * (`yearClockRingsFromEvaluation`), and a ring per group that receives reports (a group's `reportsTo`
 * or an evaluation activity's `reportsToGroupId`), each report on the meeting whose agenda carries it
 * (`meetingAgendas`, then `yearClockRingsFromAgendas`), so the wheel and the agendas agree. No `source`.
 *
 * @param region - the region (validated by the caller)
 * @param year - the year, 1922–2200
 * @returns the file's content
 * @throws ValidationError naming the field when a cadence cannot be scheduled
 * @example
 * actionPlanFile(etelaSavo, 2026).rings.map((r) => r.id);
 * // ['steering-group', …, 'evaluation', 'reports-to-steering-group']
 */
export function actionPlanFile(region: Region, year: number): PublishedActionPlan {
  const from = Math.max(SCHEDULE_YEARS.from, year - 1);
  const meetings = scheduleFor(region, { from: `${from}-01-01`, to: `${year}-12-31` });
  const rings = uniqueRings([
    ...yearClockRingsFromOccurrences(region.groups, meetings, year),
    ...yearClockRingsFromEvaluation(region.evaluationActivities, year),
    ...yearClockRingsFromAgendas(region.groups, receivingAgendas(region, year), year),
  ]);
  return { $schema: publishedFileSchema('action-plan').url, year, name: NAME, rings };
}
