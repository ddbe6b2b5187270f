import { sha1 } from './sha1.js';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A name-based UUID, version 5 (RFC 9562 §5.5, formerly RFC 4122 §4.3): SHA-1 over the namespace's
 * 16 bytes and the name's UTF-8 bytes, with the version and variant bits set. The same namespace and
 * name always give the same UUID, so an export keeps its identifiers from run to run. Pure
 * TypeScript (no `node:crypto`): it runs in the browser too.
 *
 * @param namespace - a UUID in its 36-character form
 * @param name - any text (encoded as UTF-8)
 * @returns the UUID, lower-case
 * @throws {TypeError} when `namespace` is not a UUID
 * @example
 * uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com'); // '2ed6657d-e927-568b-95e1-2665a8aea6a2'
 */
export function uuidV5(namespace: string, name: string): string {
  if (!UUID_PATTERN.test(namespace)) throw new TypeError(`uuidV5: not a UUID: ${namespace}`);
  const nameBytes = new TextEncoder().encode(name);
  const bytes = new Uint8Array(16 + nameBytes.length);
  const hex = namespace.replaceAll('-', '');
  for (let i = 0; i < 16; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  bytes.set(nameBytes, 16);
  const hash = sha1(bytes).slice(0, 16);
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const out = [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${out.slice(0, 8)}-${out.slice(8, 12)}-${out.slice(12, 16)}-${out.slice(16, 20)}-${out.slice(20)}`;
}
