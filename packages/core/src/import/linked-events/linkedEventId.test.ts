import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Id } from '../../model/common.js';
import { linkedEventEntryId, referenceId } from './linkedEventId.js';

describe('linkedEventEntryId', () => {
  it('turns the colon of data_source:origin_id into a hyphen when both parts are plain', () => {
    expect(linkedEventEntryId('helsinki:agggfz6gca')).toBe('helsinki-agggfz6gca');
    expect(linkedEventEntryId('kulke:46574')).toBe('kulke-46574');
  });

  it('appends a stable hash when capitals, underscores or other characters would make ids collide', () => {
    const upper = linkedEventEntryId('espoo_le:AbC');
    const lower = linkedEventEntryId('espoo_le:abc');
    expect(upper).toMatch(/^espoo-le-abc-[0-9a-z]+$/);
    expect(lower).toMatch(/^espoo-le-abc-[0-9a-z]+$/);
    expect(upper).not.toBe(lower);
    expect(linkedEventEntryId('espoo_le:AbC')).toBe(upper);
    expect(linkedEventEntryId('a:b-c')).not.toBe(linkedEventEntryId('a-b:c'));
  });

  it('keeps a long id short and gives a hash alone when nothing of the id is a-z or 0-9', () => {
    expect(linkedEventEntryId(`x:${'y'.repeat(500)}-`).length).toBeLessThanOrEqual(60 + 1 + 7);
    expect(linkedEventEntryId('ääää')).toMatch(/^[0-9a-z]+$/);
  });

  it('always gives a valid Id, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (id) => {
        expect(z.safeParse(Id, linkedEventEntryId(id)).success).toBe(true);
      }),
    );
  });

  it('gives different ids to different plain ids', () => {
    const part = fc.stringMatching(/^[a-z0-9]{1,8}$/);
    fc.assert(
      fc.property(part, part, part, part, (a, b, c, d) => {
        fc.pre(a !== c || b !== d);
        expect(linkedEventEntryId(`${a}:${b}`)).not.toBe(linkedEventEntryId(`${c}:${d}`));
      }),
    );
  });
});

describe('referenceId', () => {
  it('reads the last path segment of an @id link, with or without a query', () => {
    expect(referenceId({ '@id': 'https://api.hel.fi/linkedevents/v1/keyword/yso:p4354/' })).toBe('yso:p4354');
    expect(referenceId({ '@id': 'https://api.hel.fi/linkedevents/v1/event/kulke:46574/?format=json' })).toBe(
      'kulke:46574',
    );
    expect(referenceId({ '@id': 'https://api.hel.fi/linkedevents/v1/language/fi' })).toBe('fi');
  });

  it('prefers the id of an expanded resource', () => {
    expect(referenceId({ id: 'fi', name: { fi: 'suomi' } } as { id: string })).toBe('fi');
    expect(referenceId({ id: 'yso:p1', '@id': 'https://x.example/keyword/yso:p2/' })).toBe('yso:p1');
  });

  it('decodes an encoded segment and keeps a badly encoded one as written', () => {
    expect(referenceId({ '@id': 'https://x.example/place/tprek%3A1/' })).toBe('tprek:1');
    expect(referenceId({ '@id': 'https://x.example/place/%E0%A4%A/' })).toBe('%E0%A4%A');
  });

  it('gives undefined when there is neither a usable id nor a link', () => {
    expect(referenceId({})).toBeUndefined();
    expect(referenceId({ id: '  ', '@id': 5 })).toBeUndefined();
    expect(referenceId({ '@id': '' })).toBeUndefined();
  });
});
