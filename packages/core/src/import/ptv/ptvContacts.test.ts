import { describe, expect, it } from 'vitest';
import { codesAt, testContext } from './fixtures.js';
import { ptvContacts, SERVICE_POINT_CONTACT_TITLE } from './ptvContacts.js';

describe('ptvContacts', () => {
  it('holds for the documented example', () => {
    const ctx = testContext();
    const contacts = ptvContacts(
      ctx,
      [{ prefixNumber: '+358', number: '0441234567', isFinnishServiceNumber: false }],
      [{ value: 'perhekeskus@example.fi', language: 'fi' }],
    );
    expect(contacts).toEqual([
      {
        role: 'contact-person',
        title: SERVICE_POINT_CONTACT_TITLE,
        workPhone: '+358 441234567',
        workEmail: 'perhekeskus@example.fi',
      },
    ]);
    expect(codesAt(ctx.issues, 'phoneNumbers')).toEqual(['defaulted']);
  });

  it('keeps a Finnish service number as it is and pairs phones and emails in order', () => {
    const ctx = testContext();
    const contacts = ptvContacts(
      ctx,
      [
        { prefixNumber: '+358', number: '0800 12345', isFinnishServiceNumber: true },
        { prefixNumber: '+358', number: '401234567' },
      ],
      [{ value: 'a@example.org' }],
    );
    expect(contacts.map((c) => [c.workPhone, c.workEmail])).toEqual([
      ['0800 12345', 'a@example.org'],
      ['+358 401234567', undefined],
    ]);
  });

  it('merges the same number or address given in several languages', () => {
    const ctx = testContext();
    const contacts = ptvContacts(
      ctx,
      [
        { prefixNumber: '+358', number: '0400000101', language: 'fi' },
        { prefixNumber: '+358', number: '0400000101', language: 'sv' },
      ],
      [
        { value: 'x@example.org', language: 'fi' },
        { value: 'x@example.org', language: 'sv' },
      ],
    );
    expect(contacts).toHaveLength(1);
  });

  it('reports fax numbers, charges, notes and malformed values', () => {
    const ctx = testContext();
    const contacts = ptvContacts(
      ctx,
      [
        { type: 'Fax', prefixNumber: '+358', number: '0150000101' },
        {
          type: 'Phone',
          number: '040 123',
          serviceChargeType: 'Chargeable',
          chargeDescription: 'pvm/mpm',
          additionalInformation: 'Arkisin',
        },
        { type: 'Phone', number: 'call us' },
        { type: 'Phone', number: '040 1234567', serviceChargeType: 'FreeOfCharge' },
      ],
      [{ value: 'not an email' }],
    );
    expect(contacts.map((c) => c.workPhone)).toEqual(['040 123', '040 1234567']);
    expect(codesAt(ctx.issues, 'phoneNumbers[0].type')).toEqual(['unmapped-field']);
    expect(codesAt(ctx.issues, 'phoneNumbers[1].serviceChargeType')).toEqual(['unmapped-field']);
    expect(codesAt(ctx.issues, 'phoneNumbers[1].chargeDescription')).toEqual(['unmapped-field']);
    expect(codesAt(ctx.issues, 'phoneNumbers[1].additionalInformation')).toEqual(['unmapped-field']);
    expect(codesAt(ctx.issues, 'phoneNumbers[2].number')).toEqual(['invalid-value']);
    expect(codesAt(ctx.issues, 'phoneNumbers[3].serviceChargeType')).toEqual([]);
    expect(codesAt(ctx.issues, 'emails[0].value')).toEqual(['invalid-value']);
  });

  it('gives no contacts, and no defaulted issue, when the channel has none', () => {
    const ctx = testContext();
    expect(ptvContacts(ctx, [], null)).toEqual([]);
    expect(ctx.issues).toEqual([]);
  });
});
