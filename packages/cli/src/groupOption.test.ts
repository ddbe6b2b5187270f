import { etelaSavo } from '@perhekeskus/core/etela-savo';
import { describe, expect, it } from 'vitest';
import { UsageError } from './errors.js';
import { chosenGroups } from './groupOption.js';
import { messages } from './messages.js';

describe('chosenGroups', () => {
  it('gives the named groups once each, in the order given (the documented example)', () => {
    expect(chosenGroups(['steering-group'], etelaSavo, messages.fi, 'ics').map((g) => g.id)).toEqual([
      'steering-group',
    ]);
    const [first, second] = etelaSavo.groups;
    const ids = [second!.id, first!.id, second!.id];
    expect(chosenGroups(ids, etelaSavo, messages.en, 'ics').map((g) => g.id)).toEqual([second!.id, first!.id]);
  });

  it('gives no groups when none is named', () => {
    expect(chosenGroups(undefined, etelaSavo, messages.en, 'schedule')).toEqual([]);
  });

  it('refuses an unknown id with a usage error that lists the valid ids', () => {
    const attempt = () => chosenGroups(['no-such-group'], etelaSavo, messages.en, 'schedule');
    expect(attempt).toThrow(UsageError);
    expect(attempt).toThrow(/no-such-group/);
    expect(attempt).toThrow(/steering-group/);
  });
});
