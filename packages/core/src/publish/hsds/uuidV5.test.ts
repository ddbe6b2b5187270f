import { describe, expect, it } from 'vitest';
import { uuidV5 } from './uuidV5.js';

const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const URL_NS = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

describe('uuidV5', () => {
  it('gives the RFC 9562 test vector (Appendix A.4: DNS namespace, www.example.com)', () => {
    expect(uuidV5(DNS, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('agrees with other implementations (Python uuid.uuid5)', () => {
    expect(uuidV5(DNS, 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(uuidV5(URL_NS, 'http://python.org/')).toBe('4c565f0d-3f5a-5890-b41b-20cf47701c5e');
    expect(uuidV5('97fc757f-8bc7-4798-a29f-6741bf12bb22', 'organization:etela-savo:eloisa')).toBe(
      '40bf6dce-a791-5be2-8da6-50b204984795',
    );
  });

  it('sets version 5 and the RFC variant, accepts an upper-case namespace, encodes names as UTF-8', () => {
    const id = uuidV5(DNS.toUpperCase(), 'Mäntyharju ✓');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).toBe(uuidV5(DNS, 'Mäntyharju ✓'));
    expect(id).not.toBe(uuidV5(DNS, 'Mantyharju ✓'));
  });

  it('rejects a namespace that is not a UUID', () => {
    expect(() => uuidV5('not-a-uuid', 'x')).toThrow(TypeError);
  });
});
