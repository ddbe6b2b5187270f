import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { etelaSavo } from '../data/etela-savo/region.js';
import { dataIssueMessage } from '../i18n/dataIssueMessage.js';
import type { Agreement } from '../model/agreement.js';
import type { Region } from '../model/region.js';
import { dataIssues } from '../validation/dataIssues.js';
import { ValidationError } from '../validation/parseInput.js';
import { agreementStatus } from './agreementStatus.js';

const ID = 'etela-savo-2026-2029';
const SOURCE = { document: '000_a8f13f1475d46feb.txt' };

/** The invented bilingual county of the docs and tests (examples/pohjanmaa, example data). */
const pohjanmaa = (): Region =>
  JSON.parse(readFileSync(new URL('../../../../examples/pohjanmaa/region.json', import.meta.url), 'utf8'));

const state = (status: ReturnType<typeof agreementStatus>, id: string) =>
  status.parties.find((p) => p.partyId === id)?.state;

/** A copy of the built-in region whose 2026–2029 agreement is changed by `change`. */
function withAgreement(change: (agreement: Agreement) => Agreement): Region {
  const copy = structuredClone(etelaSavo);
  copy.agreements = copy.agreements.map((a) => (a.id === ID ? change(a) : a));
  return copy;
}

describe('agreementStatus', () => {
  it('keeps the TSDoc example true: Rantasalmi approved, Mikkeli to act, the date unknown on a partial list', () => {
    const status = agreementStatus(etelaSavo, ID, '2025-12-01');
    expect(state(status, 'rantasalmi')).toBe('approved');
    expect(state(status, 'mikkeli')).toBe('to-act');
    expect(status.entry).toEqual({ status: 'partial-list' });
  });

  it('lists Rantasalmi as approved by KHALL 03.11.2025 § 331 and every party without a decision in the seeds as still to act', () => {
    const status = agreementStatus(etelaSavo, ID, '2026-03-01');
    const rantasalmi = status.parties.find((p) => p.partyId === 'rantasalmi')!;
    expect(rantasalmi.state).toBe('approved');
    expect(rantasalmi.name?.fi).toBe('Rantasalmen kunta');
    expect(rantasalmi.decisions.map((d) => [d.body.abbreviation, d.date, d.section, d.outcome])).toEqual([
      ['HYSIVLTK', '2025-09-29', 85, 'proposed'],
      ['KHALL', '2025-11-03', 331, 'approved'],
    ]);
    expect(rantasalmi.decisions[1]?.caseNumber).toBe('441/00.04.02/2025');
    expect(rantasalmi.signature).toBeUndefined();
    const others = status.parties.filter((p) => p.partyId !== 'rantasalmi');
    expect(others.map((p) => p.partyId)).toEqual([
      'enonkoski',
      'hirvensalmi',
      'juva',
      'kangasniemi',
      'mikkeli',
      'mantyharju',
      'pertunmaa',
      'pieksamaki',
      'puumala',
      'savonlinna',
      'sulkava',
      'eloisa',
    ]);
    for (const party of others)
      expect([party.partyId, party.state, party.decisions]).toEqual([party.partyId, 'to-act', []]);
    expect(status.counts).toEqual({ parties: 13, signed: 0, approved: 1, declined: 0, 'to-act': 12 });
    expect(status.partyList).toBe('partial');
    expect(status.entry).toEqual({ status: 'partial-list' });
  });

  it('leaves out what was decided after the day: on 1 October 2025 Rantasalmi’s committee had only proposed', () => {
    const status = agreementStatus(etelaSavo, ID, '2025-10-01');
    const rantasalmi = status.parties.find((p) => p.partyId === 'rantasalmi')!;
    expect(rantasalmi.state).toBe('to-act');
    expect(rantasalmi.decisions.map((d) => d.body.abbreviation)).toEqual(['HYSIVLTK']);
    expect(state(agreementStatus(etelaSavo, ID, '2025-09-28'), 'rantasalmi')).toBe('to-act');
  });

  it('gives the entry-into-force date once the last listed party signs a complete list, not before', () => {
    const signedBy = (last: string) =>
      withAgreement((a) => ({
        ...a,
        partyList: 'complete',
        signatures: a.parties.map((partyId, i) => ({
          partyId,
          date: i === a.parties.length - 1 ? last : '2025-12-15',
          source: SOURCE,
        })),
      }));
    const late = signedBy('2026-02-03');
    expect(agreementStatus(late, ID, '2026-02-02').entry).toEqual({ status: 'awaiting-signatures', unsigned: 1 });
    const status = agreementStatus(late, ID, '2026-02-03');
    expect(status.entry).toEqual({ status: 'known', date: '2026-02-03' });
    expect(status.counts).toMatchObject({ parties: 13, signed: 13, 'to-act': 0 });
    // All signed before the period: it enters into force when the period starts (001 §24).
    expect(agreementStatus(signedBy('2025-12-20'), ID, '2025-12-31').entry).toEqual({
      status: 'known',
      date: '2026-01-01',
    });
  });

  it('says the date cannot be known while the list is partial, even when every listed party has signed', () => {
    const region = withAgreement((a) => ({
      ...a,
      signatures: a.parties.map((partyId) => ({ partyId, date: '2025-12-15', source: SOURCE })),
    }));
    expect(agreementStatus(region, ID, '2026-01-10').entry).toEqual({ status: 'partial-list' });
  });

  it('reads the example county: signed, approved with a pending signature, to act', () => {
    const status = agreementStatus(pohjanmaa(), 'osterbotten-2026', '2026-03-01');
    expect(status.parties.map((p) => [p.partyId, p.state])).toEqual([
      ['osterbotten', 'signed'],
      ['vasa', 'signed'],
      ['narpes', 'signed'],
      ['korsholm', 'approved'],
      ['folkhalsan', 'signed'],
      ['vasa-svenska-forsamling', 'to-act'],
      ['kela', 'signed'],
    ]);
    const korsholm = status.parties.find((p) => p.partyId === 'korsholm')!;
    expect(korsholm.signatory).toEqual({ sv: 'bildningsdirektören' });
    expect(korsholm.signature?.date).toBeUndefined();
    expect(korsholm.decisions.map((d) => d.outcome)).toEqual(['returned-for-preparation', 'approved']);
    expect(status.entry).toEqual({ status: 'awaiting-signatures', unsigned: 2 });
    // Before the county signed, its signature is not shown.
    const early = agreementStatus(pohjanmaa(), 'osterbotten-2026', '2026-02-01');
    expect(early.parties[0]).toMatchObject({ partyId: 'osterbotten', state: 'to-act' });
    expect(early.parties[0]?.signature).toBeUndefined();
  });

  it('reports a party whose latest decision rejected the agreement as declined, and a later approval as approved', () => {
    const decision = (date: string, outcome: 'rejected' | 'approved') => ({
      partyId: 'juva',
      body: { name: { fi: 'Kunnanhallitus' } },
      date,
      section: 12,
      outcome,
      source: SOURCE,
    });
    const region = withAgreement((a) => ({
      ...a,
      decisions: [...a.decisions, decision('2025-12-01', 'rejected'), decision('2026-02-01', 'approved')],
    }));
    expect(state(agreementStatus(region, ID, '2026-01-01'), 'juva')).toBe('declined');
    expect(agreementStatus(region, ID, '2026-01-01').counts.declined).toBe(1);
    expect(state(agreementStatus(region, ID, '2026-02-01'), 'juva')).toBe('approved');
  });

  it('rejects an unknown agreement with a coded, translated error naming the field and the region’s agreements', () => {
    let error: unknown;
    try {
      agreementStatus(etelaSavo, 'nowhere', '2026-01-01');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const [issue] = dataIssues(error as ValidationError, 'nowhere');
    expect(issue).toMatchObject({ code: 'unknown-reference', expected: 'agreement', received: 'nowhere' });
    expect(dataIssueMessage(issue!, 'en', { subject: 'agreementId' })).toBe(
      'agreementId: the region has no agreement with the id “nowhere”; its agreements: etela-savo-2022-2023, etela-savo-2023-2024, etela-savo-2024-2025, etela-savo-2026-2029.',
    );
    expect(dataIssueMessage(issue!, 'fi', { subject: 'agreementId' })).toMatch(
      /^agreementId: alueella ei ole sopimusta/,
    );
    expect(dataIssueMessage(issue!, 'sv', { subject: 'agreementId' })).toMatch(/^agreementId: området har inget avtal/);
  });

  it('validates its inputs, naming the field', () => {
    expect(() => agreementStatus(etelaSavo, ID, '2026-02-30')).toThrow(/^on:/);
    expect(() => agreementStatus(etelaSavo, 'Not An Id', '2026-01-01')).toThrow(/^agreementId:/);
    const broken = { ...etelaSavo, agreements: [{ ...etelaSavo.agreements[0]!, partyList: 'some' }] };
    expect(() => agreementStatus(broken as unknown as Region, ID, '2026-01-01')).toThrow(
      /^region\.agreements\[0\]\.partyList/,
    );
  });
});
