import type { MeetingMode, MeetingModes } from './common.js';

/**
 * The modes of a {@link MeetingModes} value as a list, the usual one first and each once.
 *
 * @param modes - one mode, or the modes a group chooses between
 * @returns at least one mode
 * @example
 * meetingModes('remote'); // ['remote']
 * meetingModes(['remote', 'hybrid']); // ['remote', 'hybrid']
 */
export function meetingModes(modes: MeetingModes): MeetingMode[] {
  return typeof modes === 'string' ? [modes] : [...new Set(modes)];
}
