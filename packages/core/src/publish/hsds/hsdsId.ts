import { uuidV5 } from './uuidV5.js';

/**
 * The namespace of every HSDS identifier this library makes: a random UUID (version 4) chosen once
 * for this purpose and never to be changed, since every exported identifier depends on it.
 */
export const HSDS_NAMESPACE = '97fc757f-8bc7-4798-a29f-6741bf12bb22';

/**
 * The HSDS identifier of one of our rows: UUID v5 over {@link HSDS_NAMESPACE} and the name
 * `<kind>:<region id>:<our id>` (`service:etela-savo:rantasalmi-open-meeting-place`). Stable across
 * runs and machines; two regions that reuse an id still get different UUIDs.
 *
 * @param kind - the HSDS table (`organization`, `service`, `location`, `schedule`…)
 * @param regionId - the region's id
 * @param ourId - our id of the row, or a path below one (`juva-family-cafe/activities[0]`)
 * @returns the UUID
 * @example
 * hsdsId('organization', 'etela-savo', 'eloisa'); // '40bf6dce-a791-5be2-8da6-50b204984795'
 */
export function hsdsId(kind: string, regionId: string, ourId: string): string {
  return uuidV5(HSDS_NAMESPACE, `${kind}:${regionId}:${ourId}`);
}
