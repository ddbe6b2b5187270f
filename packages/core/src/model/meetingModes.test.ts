import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { MeetingModes } from './common.js';
import { meetingModes } from './meetingModes.js';

describe('meetingModes', () => {
  it('keeps the examples of its TSDoc true', () => {
    expect(meetingModes('remote')).toEqual(['remote']);
    expect(meetingModes(['remote', 'hybrid'])).toEqual(['remote', 'hybrid']);
  });

  it('lists each mode once, the usual one first', () => {
    expect(meetingModes(['hybrid', 'remote', 'hybrid'])).toEqual(['hybrid', 'remote']);
  });

  it('is what the MeetingModes schema accepts: one mode or a non-empty list of modes', () => {
    expect(z.safeParse(MeetingModes, 'in-person').success).toBe(true);
    expect(z.safeParse(MeetingModes, ['remote', 'hybrid']).success).toBe(true);
    expect(z.safeParse(MeetingModes, []).success).toBe(false);
    expect(z.safeParse(MeetingModes, ['telepathy']).success).toBe(false);
  });
});
