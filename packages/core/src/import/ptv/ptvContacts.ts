import * as z from 'zod/mini';
import type { LocalizedText } from '../../model/common.js';
import { PlaceContact } from '../../model/meeting-place.js';
import { at, knownFields, type PtvContext, parseEach, preview, report, reportUnmapped } from './ptvContext.js';
import { PtvEmail, PtvPhone } from './ptvSchemas.js';

/** The title of a contact made from a channel's own phone and email: the service point, not a person. */
export const SERVICE_POINT_CONTACT_TITLE: LocalizedText = {
  fi: 'Palvelupisteen yhteystiedot',
  sv: 'Serviceställets kontaktuppgifter',
  en: 'Service point contact details',
};

/** A phone number as one string: `+358 44 1234567`, or a Finnish service number as it is. */
function phoneNumber(phone: z.infer<typeof PtvPhone>): string | undefined {
  const number = phone.number?.trim();
  if (!number) return undefined;
  const prefix = phone.prefixNumber?.trim();
  if (phone.isFinnishServiceNumber === true || !prefix) return number;
  return `${prefix} ${number.replace(/^0/, '')}`;
}

/** Whether a contact field passes our `PlaceContact` rules (work phone pattern, email format). */
function valid(field: 'workPhone' | 'workEmail', value: string): boolean {
  return z.safeParse(PlaceContact, { role: 'contact-person', [field]: value }).success;
}

/** The channel's phone numbers that fit `PlaceContact.workPhone`, without repeats. */
function phones(ctx: PtvContext, value: unknown): string[] {
  const out: string[] = [];
  for (const { path, value: phone } of parseEach(ctx, PtvPhone, value, 'phoneNumbers', 'A phone number')) {
    const charge = phone.serviceChargeType?.trim().toLowerCase();
    const read = ['number', 'prefixNumber', 'isFinnishServiceNumber', 'language', 'type'];
    if (charge === 'free' || charge === 'freeofcharge') read.push('serviceChargeType');
    reportUnmapped(ctx, phone, knownFields(PtvPhone), read, path, {
      serviceChargeType: 'a contact cannot say that calls are charged',
      chargeDescription: 'a contact cannot say that calls are charged',
      additionalInformation: 'a contact has no note',
    });
    if (phone.type && phone.type.trim().toLowerCase() !== 'phone') {
      report(
        ctx,
        at(path, 'type'),
        'unmapped-field',
        `A ${preview(phone.type)} number is not a phone contact; not carried over`,
      );
      continue;
    }
    const number = phoneNumber(phone);
    if (number === undefined) continue;
    if (!valid('workPhone', number)) {
      report(
        ctx,
        at(path, 'number'),
        'invalid-value',
        `Not a phone number our model accepts: ${preview(number)}`,
        false,
        number,
      );
    } else if (!out.includes(number)) {
      out.push(number);
    }
  }
  return out;
}

/** The channel's email addresses that fit `PlaceContact.workEmail`, without repeats. */
function emails(ctx: PtvContext, value: unknown): string[] {
  const out: string[] = [];
  for (const { path, value: email } of parseEach(ctx, PtvEmail, value, 'emails', 'An email address')) {
    reportUnmapped(ctx, email, knownFields(PtvEmail), ['value', 'language'], path);
    const address = email.value?.trim();
    if (!address) continue;
    if (!valid('workEmail', address)) {
      report(ctx, at(path, 'value'), 'invalid-value', `Not an email address: ${preview(address)}`, false, address);
    } else if (!out.includes(address)) {
      out.push(address);
    }
  }
  return out;
}

/**
 * Maps a channel's own `phoneNumbers` and `emails` to work contacts of the place: PTV gives the service
 * point's contact details, so each contact has the role `contact-person`, the title "Service point contact
 * details" and no name (reported once as `defaulted`). The first phone and the first email form one
 * contact, the second ones the next, and so on; repeats across languages are merged. Fax and SMS
 * numbers, charge information and malformed values are reported.
 *
 * @param ctx - the channel being read
 * @param phoneValue - the source `phoneNumbers`
 * @param emailValue - the source `emails`
 * @returns the contacts
 * @example
 * ptvContacts(ctx, [{ prefixNumber: '+358', number: '0441234567', isFinnishServiceNumber: false }],
 *   [{ value: 'perhekeskus@example.fi', language: 'fi' }]);
 * // [{ role: 'contact-person', title: SERVICE_POINT_CONTACT_TITLE, workPhone: '+358 441234567',
 * //    workEmail: 'perhekeskus@example.fi' }]
 */
export function ptvContacts(ctx: PtvContext, phoneValue: unknown, emailValue: unknown): PlaceContact[] {
  const phoneList = phones(ctx, phoneValue);
  const emailList = emails(ctx, emailValue);
  const contacts: PlaceContact[] = [];
  for (let i = 0; i < Math.max(phoneList.length, emailList.length); i++) {
    const workPhone = phoneList[i];
    const workEmail = emailList[i];
    contacts.push({
      role: 'contact-person',
      title: SERVICE_POINT_CONTACT_TITLE,
      ...(workPhone ? { workPhone } : {}),
      ...(workEmail ? { workEmail } : {}),
    });
  }
  if (contacts.length > 0) {
    report(
      ctx,
      phoneList.length > 0 ? 'phoneNumbers' : 'emails',
      'defaulted',
      'The service point’s phone and email became contacts with role "contact-person" and no name: PTV does not say who answers',
    );
  }
  return contacts;
}
