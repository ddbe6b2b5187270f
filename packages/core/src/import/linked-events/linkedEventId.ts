/** `data_source:origin_id` with both parts lower-case letters and digits: maps to `source-origin` one to one. */
const SIMPLE_ID = /^([a-z0-9]+):([a-z0-9]+)$/;

/** The longest slug kept before the hash, so a long foreign id still gives a short entry id. */
const MAX_SLUG = 60;

/** FNV-1a, 32 bits: a small stable hash, the same on every machine and load. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Our entry {@link Id} for a Linked Events id, stable across loads. Linked Events ids are
 * `data_source:origin_id` (`helsinki:agggfz6gca`), and our ids allow only `a-z`, `0-9` and single
 * hyphens, so the colon becomes a hyphen. When the id has other characters (capitals, `_`, `.`) the
 * slug would no longer say the id exactly, so a hash of the original id is appended to keep
 * different ids apart.
 *
 * @param sourceId - the event's `id` in Linked Events
 * @returns a valid `Id`
 * @example
 * linkedEventEntryId('helsinki:agggfz6gca'); // 'helsinki-agggfz6gca'
 * linkedEventEntryId('espoo_le:AbC'); // 'espoo-le-abc-' followed by a base-36 hash of 'espoo_le:AbC'
 */
export function linkedEventEntryId(sourceId: string): string {
  const simple = SIMPLE_ID.exec(sourceId);
  if (simple) return `${simple[1]}-${simple[2]}`;
  const slug = sourceId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
  const hash = fnv1a(sourceId).toString(36);
  return slug ? `${slug}-${hash}` : hash;
}

/** The last path segment of a resource URL: `…/keyword/yso:p4354/?format=json` → `yso:p4354`. */
const LAST_SEGMENT = /\/([^/?#]+)\/?(?:[?#].*)?$/;

/**
 * The id a JSON-LD link or an expanded resource names: its `id`, else the last path segment of its
 * `@id` URL, decoded.
 *
 * @param resource - `{ "@id": "https://api.hel.fi/linkedevents/v1/keyword/yso:p4354/" }` or `{ "id": "yso:p4354", … }`
 * @returns the id, or `undefined` when neither gives one
 * @example
 * referenceId({ '@id': 'https://api.hel.fi/linkedevents/v1/keyword/yso:p4354/' }); // 'yso:p4354'
 * referenceId({ id: 'fi', name: { fi: 'suomi' } }); // 'fi'
 */
export function referenceId(resource: { readonly id?: unknown; readonly '@id'?: unknown }): string | undefined {
  if (typeof resource.id === 'string' && resource.id.trim() !== '') return resource.id.trim();
  const link = resource['@id'];
  if (typeof link !== 'string') return undefined;
  const segment = LAST_SEGMENT.exec(link.trim())?.[1];
  if (segment === undefined) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
