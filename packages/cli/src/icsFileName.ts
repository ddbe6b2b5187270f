/**
 * The default name of the calendar file `perhekeskus ics --out FOLDER/` writes: the region's id first
 * (as the widgets name theirs, and as every UID in the file ends), then what the file holds: the one
 * chosen group's id, or `meetings` for the meetings of several or all groups, and `evaluation` for the
 * evaluation calendar.
 *
 * @param regionId - the region's id (`etela-savo`)
 * @param content - the chosen group ids (empty: all groups), and whether meetings and the evaluation calendar are in the file
 * @returns the file name
 * @example
 * icsFileName('etela-savo', { groups: ['steering-group'], meetings: true, evaluation: false }); // 'etela-savo-steering-group.ics'
 * icsFileName('etela-savo', { groups: [], meetings: false, evaluation: true }); // 'etela-savo-evaluation.ics'
 */
export function icsFileName(
  regionId: string,
  content: { readonly groups: readonly string[]; readonly meetings: boolean; readonly evaluation: boolean },
): string {
  const parts = [regionId];
  if (content.meetings) parts.push(content.groups.length === 1 ? content.groups[0]! : 'meetings');
  if (content.evaluation) parts.push('evaluation');
  return `${parts.join('-')}.ics`;
}
