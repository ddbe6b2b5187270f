import { describe, expect, it } from 'vitest';
import { cut, identifyRow, isRecord, issueText, pathKeys, preview, typeOf, valueAt } from './issueValues.js';

describe('issue values', () => {
  it('names JSON types as issues do', () => {
    expect([null, [], 'a', 1, true, {}].map(typeOf)).toEqual([
      'null',
      'array',
      'string',
      'number',
      'boolean',
      'object',
    ]);
    expect([{}, [], null].map(isRecord)).toEqual([true, false, false]);
  });

  it('cuts quoted text to 100 characters and previews only primitives', () => {
    expect(cut('x'.repeat(500))).toHaveLength(100);
    expect(cut('short')).toBe('short');
    expect([preview('a'), preview(2), preview(false), preview({}), preview(null)]).toEqual([
      'a',
      '2',
      'false',
      undefined,
      undefined,
    ]);
  });

  it('quotes well-formed text only: a cut never splits a character, a lone surrogate becomes �', () => {
    const long = `${'x'.repeat(98)}😀tail`;
    expect(cut(long)).toBe(`${'x'.repeat(98)}…`);
    expect(() => encodeURIComponent(cut(long))).not.toThrow();
    expect(cut('Juva \ud83d')).toBe('Juva \ufffd');
    expect(preview('\ude00 ja 😀')).toBe('\ufffd ja 😀');
    expect(issueText({ fi: 'Kahvila \ud83d' })).toEqual({ fi: 'Kahvila \ufffd' });
  });

  it('reads own properties only, telling a missing key from an undefined value', () => {
    const data = JSON.parse('{"a":[{"b":1}],"__proto__":{"x":1}}');
    expect(valueAt(data, ['a', 0, 'b'])).toEqual({ found: true, value: 1 });
    expect(valueAt(data, ['a', 1])).toEqual({ found: false, value: undefined });
    expect(valueAt({}, ['toString'])).toEqual({ found: false, value: undefined });
  });

  it('quotes a row’s id and name in every language it has, trimmed and cut', () => {
    expect(identifyRow({ id: 'kahvila', name: { fi: ' Perhekahvila ', sv: 'Familjecafé', de: 'x', en: '' } })).toEqual({
      id: 'kahvila',
      name: { fi: 'Perhekahvila', sv: 'Familjecafé' },
    });
    expect(identifyRow({ code: '681', title: 'Rantasalmi' })).toEqual({ id: '681', name: { fi: 'Rantasalmi' } });
    expect(identifyRow({ id: 'meetings', label: { fi: 'Tapaamiset' } })).toEqual({
      id: 'meetings',
      name: { fi: 'Tapaamiset' },
    });
    expect(identifyRow({ id: 7, name: {} })).toEqual({});
    expect(identifyRow('x')).toEqual({});
    expect(issueText('   ')).toBeUndefined();
  });

  it('reads a written path back into keys', () => {
    expect(pathKeys('places[3].activities[0].start')).toEqual(['places', 3, 'activities', 0, 'start']);
    expect(pathKeys('')).toEqual([]);
  });
});
