import { at, knownFields, type PtvContext, parseEach, preview, report, reportUnmapped } from './ptvContext.js';
import { type PtvText, ptvTexts } from './ptvText.js';

/** An entrance's coordinates, not yet converted, for the importer to use when the address has none. */
export interface PtvEntrancePoint {
  readonly holder: unknown;
  readonly path: string;
  readonly isMain: boolean;
}

/** The first sentence text of an accessibility group, for messages. */
function firstSentence(ctx: PtvContext, group: Record<string, unknown>, path: string): PtvText | undefined {
  const sentences = Array.isArray(group['sentences']) ? group['sentences'] : [];
  for (const [index, sentence] of sentences.entries()) {
    if (sentence === null || typeof sentence !== 'object') continue;
    const texts = ptvTexts(
      ctx,
      (sentence as Record<string, unknown>)['sentence'],
      at(at(path, index), 'sentence'),
      'sentence',
    );
    const text = texts.find((t) => t.language === 'fi') ?? texts[0];
    if (text) return text;
  }
  return undefined;
}

/**
 * Reads the entrances of the chosen address. Their accessibility sentences are free text from the
 * accessibility register, while `MeetingPlace.accessibility` is a fixed list of features, so each
 * entrance's sentences are reported (`unmapped-field`, with a sample sentence) rather than guessed
 * into features; names and contact details are reported too. Coordinates are returned, main entrance
 * first, for the caller to use when the address has none.
 *
 * @param ctx - the channel being read
 * @param value - the source `entrances`
 * @param path - its source path (`addresses[0].entrances`)
 * @returns the entrances' coordinates, main entrance first
 * @example
 * ptvEntrances(v11Context, [{ isMainEntrance: true, coordinates: { latitude: '6672137', longitude: '386379' } }],
 *   'addresses[0].entrances');
 * // [{ holder: { latitude: '6672137', longitude: '386379' }, path: 'addresses[0].entrances[0].coordinates', isMain: true }]
 */
export function ptvEntrances(ctx: PtvContext, value: unknown, path: string): PtvEntrancePoint[] {
  const points: PtvEntrancePoint[] = [];
  const schema = ctx.schemas.entrance;
  for (const { path: entrancePath, value: entrance } of parseEach(ctx, schema, value, path, 'An entrance')) {
    const record = entrance as Record<string, unknown>;
    const groups = Array.isArray(record['accessibilitySentences']) ? record['accessibilitySentences'] : [];
    if (groups.length > 0) {
      const sentencesPath = at(entrancePath, 'accessibilitySentences');
      const count = groups
        .map((group) => (group as Record<string, unknown>)['sentences'])
        .reduce((sum: number, sentences) => sum + (Array.isArray(sentences) ? sentences.length : 0), 0);
      const sample = firstSentence(ctx, groups[0] as Record<string, unknown>, at(at(sentencesPath, 0), 'sentences'));
      report(
        ctx,
        sentencesPath,
        'unmapped-field',
        `${count} accessibility sentence(s) in ${groups.length} group(s) are free text; MeetingPlace.accessibility ` +
          `holds fixed features only, so they are not carried over${sample ? ` (e.g. ${preview(sample.value)})` : ''}`,
      );
    }
    if (record['coordinates'] !== undefined && record['coordinates'] !== null) {
      points.push({
        holder: record['coordinates'],
        path: at(entrancePath, 'coordinates'),
        isMain: record['isMainEntrance'] === true,
      });
    }
    reportUnmapped(
      ctx,
      entrance,
      knownFields(schema),
      ['isMainEntrance', 'accessibilitySentences', 'coordinates'],
      entrancePath,
      {
        name: 'MeetingPlace has no entrance names',
        contactInfo: 'the place’s contacts come from the channel’s phone numbers and emails',
      },
    );
  }
  return [...points.filter((p) => p.isMain), ...points.filter((p) => !p.isMain)];
}
