import { describe, expect, it } from 'vitest';
import { linkedEventStatus } from './linkedEventStatus.js';

describe('linkedEventStatus', () => {
  it('skips a cancelled event and keeps a rescheduled one with a note (documented examples)', () => {
    expect(linkedEventStatus({ id: 'helsinki:1', event_status: 'EventCancelled' }).skip?.code).toBe('cancelled');
    const rescheduled = linkedEventStatus({ id: 'helsinki:2', event_status: 'EventRescheduled' });
    expect(rescheduled.skip).toBeUndefined();
    expect(rescheduled.issues.map((i) => [i.field, i.code, i.skipped])).toEqual([
      ['event_status', 'rescheduled', false],
    ]);
  });

  it('skips a postponed event, whose date no longer holds', () => {
    expect(linkedEventStatus({ id: 'a', event_status: 'EventPostponed' }).skip).toMatchObject({
      field: 'event_status',
      code: 'postponed',
      skipped: true,
    });
  });

  it('skips a deleted event, naming what replaced it, before anything else', () => {
    const result = linkedEventStatus({
      id: 'a',
      deleted: true,
      replaced_by: 'helsinki:b',
      event_status: 'EventCancelled',
    });
    expect(result.skip).toEqual({
      field: 'deleted',
      code: 'deleted',
      message: 'The event was deleted in Linked Events (replaced by "helsinki:b")',
      skipped: true,
    });
  });

  it('skips drafts and the container of a recurring series, and keeps an umbrella event', () => {
    expect(linkedEventStatus({ id: 'a', publication_status: 'draft' }).skip?.code).toBe('draft');
    const container = linkedEventStatus({
      id: 'a',
      super_event_type: 'recurring',
      sub_events: [{ '@id': 'https://x.example/event/a:1/' }, { '@id': 'https://x.example/event/a:2/' }],
    });
    expect(container.skip?.code).toBe('series-container');
    expect(container.skip?.message).toContain('of 2 sub-events');
    expect(linkedEventStatus({ id: 'a', super_event_type: 'umbrella' })).toEqual({ issues: [] });
  });

  it('says nothing of a scheduled, public, ordinary event, and reports undocumented values', () => {
    expect(
      linkedEventStatus({
        id: 'a',
        event_status: 'EventScheduled',
        publication_status: 'public',
        super_event_type: null,
        deleted: false,
      }),
    ).toEqual({ issues: [] });
    const odd = linkedEventStatus({
      id: 'a',
      event_status: 'EventMovedOnline',
      publication_status: 'hidden',
      super_event_type: 'series',
    });
    expect(odd.skip).toBeUndefined();
    expect(odd.issues.map((i) => [i.field, i.code])).toEqual([
      ['publication_status', 'unknown-value'],
      ['super_event_type', 'unknown-value'],
      ['event_status', 'unknown-value'],
    ]);
  });
});
