import { type FieldIssue, fieldIssue, quote } from './linkedEventIssues.js';
import type { LinkedEvent } from './linkedEventSchemas.js';

/** What {@link linkedEventStatus} decided. */
export interface LinkedStatusResult {
  /** Set when the event is left out. */
  skip?: FieldIssue;
  issues: FieldIssue[];
}

const blank = (value: string | null | undefined) => value === undefined || value === null || value === '';

/**
 * Whether an event belongs in a calendar at all, from its status fields, in this order:
 * `deleted: true` → skipped (`deleted`); `publication_status: "draft"` → skipped (`draft`);
 * `super_event_type: "recurring"` → skipped (`series-container`: the sub-events carry the dates, and
 * each names the series in `super_event`); `event_status` `EventCancelled` → skipped (`cancelled`),
 * `EventPostponed` → skipped (`postponed`: its date no longer holds), `EventRescheduled` → kept with a
 * `rescheduled` note. An umbrella event (`super_event_type: "umbrella"`, a festival) is an event in its
 * own right and is kept. Values the API does not document are reported (`unknown-value`) and ignored.
 *
 * @param event - the parsed event
 * @returns the skip issue, if any, and the notes
 * @example
 * linkedEventStatus({ id: 'helsinki:1', event_status: 'EventCancelled' }).skip?.code; // 'cancelled'
 * linkedEventStatus({ id: 'helsinki:2', event_status: 'EventRescheduled' }).issues[0]?.code; // 'rescheduled'
 */
export function linkedEventStatus(event: LinkedEvent): LinkedStatusResult {
  const issues: FieldIssue[] = [];
  const unknown = (field: string, value: unknown) =>
    issues.push(
      fieldIssue(
        field,
        'unknown-value',
        `The value ${quote(value)} is not one the API documents; ignored`,
        false,
        value,
      ),
    );

  if (event.deleted === true) {
    const replaced = typeof event['replaced_by'] === 'string' ? ` (replaced by ${quote(event['replaced_by'])})` : '';
    return {
      skip: fieldIssue('deleted', 'deleted', `The event was deleted in Linked Events${replaced}`, true),
      issues,
    };
  }
  const publication = event.publication_status;
  if (publication === 'draft') {
    return { skip: fieldIssue('publication_status', 'draft', 'The event is a draft, not published', true), issues };
  }
  if (!blank(publication) && publication !== 'public') unknown('publication_status', publication);

  const superType = event.super_event_type;
  if (superType === 'recurring') {
    const count = event.sub_events?.length ?? 0;
    const message = `The event is the container of a recurring series${count ? ` of ${count} sub-events` : ''}; the sub-events carry the dates and are imported as the entries`;
    return { skip: fieldIssue('super_event_type', 'series-container', message, true), issues };
  }
  if (!blank(superType) && superType !== 'umbrella') unknown('super_event_type', superType);

  const status = event.event_status;
  if (status === 'EventCancelled') {
    return { skip: fieldIssue('event_status', 'cancelled', 'The event was cancelled', true), issues };
  }
  if (status === 'EventPostponed') {
    const message = 'The event was postponed to a date not yet known, so its times no longer hold';
    return { skip: fieldIssue('event_status', 'postponed', message, true), issues };
  }
  if (status === 'EventRescheduled') {
    issues.push(
      fieldIssue('event_status', 'rescheduled', 'The event was rescheduled; the times imported are the new ones'),
    );
  } else if (!blank(status) && status !== 'EventScheduled') {
    unknown('event_status', status);
  }
  return { issues };
}
