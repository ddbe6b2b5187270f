import { describe, expect, it } from 'vitest';
import { agreements } from './agreements.js';
import { parties } from './parties.js';

const byId = (id: string) => {
  const agreement = agreements.find((a) => a.id === id);
  if (!agreement) throw new Error(`no agreement ${id}`);
  return agreement;
};
const partyName = (id: string) => parties.find((p) => p.id === id)?.name.fi;

describe('the 2022–2023 agreement (001)', () => {
  it('has exactly the 19 parties of 001 §3, complete', () => {
    const agreement = byId('etela-savo-2022-2023');
    expect(agreement.partyList).toBe('complete');
    expect(agreement.parties).toHaveLength(19);
    expect(new Set(agreement.parties).size).toBe(19);
    // The names as 001 §3 spells them, for the rows whose name is not rewritten.
    expect(agreement.parties.map(partyName)).toEqual(
      expect.arrayContaining([
        'Juvan kunta',
        'Kangasniemen kunta',
        'Mikkelin kaupunki',
        'Mäntyharjun kunta',
        'Pertunmaan kunta',
        'Puumalan kunta',
        'Rantasalmen kunta',
        'Pieksämäen kaupunki',
        'Savonlinnan kaupunki',
        'Terveystalo',
        'Vaalijalan kuntayhtymä',
        'Etelä-Savon yrittäjät ry',
        'Monikulttuurityö Mimosa ry',
        'Viola väkivallasta vapaaksi ry',
        'Mikkelin tuomiokirkkoseurakunta',
        'Savonlinnan seurakunta',
      ]),
    );
  });

  it('gives each 001 party a fitting kind: 9 municipalities, 3 joint authorities, 1 company, 4 associations, 2 parishes', () => {
    const kinds = byId('etela-savo-2022-2023').parties.map((id) => parties.find((p) => p.id === id)!.kind);
    const count = (kind: string) => kinds.filter((k) => k === kind).length;
    expect([
      count('municipality'),
      count('joint-municipal-authority'),
      count('company'),
      count('association'),
      count('parish'),
    ]).toEqual([9, 3, 1, 4, 2]);
  });

  it('marks Essote and Sosteri as ended predecessors of the wellbeing services county', () => {
    for (const id of ['essote', 'sosteri']) {
      const party = parties.find((p) => p.id === id)!;
      expect(party.note?.fi).toMatch(/hyvinvointialueelle/);
      expect(party.source.assumption).toBeDefined();
    }
  });

  it('can be terminated by the end of June (001 §21)', () => {
    expect(byId('etela-savo-2022-2023').termination).toEqual({ kind: 'year-end', deadline: '06-30' });
  });
});

describe('the 2024–2025 agreement: Juva (003)', () => {
  it('records SIVLTK 13.02.2024 § 6, case 45/00.01.02.00/2022, approved, the director of education to sign', () => {
    const agreement = byId('etela-savo-2024-2025');
    expect(agreement.partyList).toBe('partial');
    expect(agreement.parties).toContain('juva');
    expect(agreement.decisions).toHaveLength(1);
    expect(agreement.decisions[0]).toMatchObject({
      partyId: 'juva',
      body: { abbreviation: 'SIVLTK', name: { fi: 'Sivistyslautakunta' } },
      date: '2024-02-13',
      section: 6,
      caseNumber: '45/00.01.02.00/2022',
      outcome: 'approved',
      authorisedSignatory: { fi: 'sivistysjohtaja' },
    });
  });
});

describe('the 2023–2024 agreement (mentioned in 003)', () => {
  it('is partial and names no party, because 003 names none', () => {
    const agreement = byId('etela-savo-2023-2024');
    expect(agreement.partyList).toBe('partial');
    expect(agreement.parties).toEqual([]);
    expect(agreement.decisions).toEqual([]);
    expect(agreement.source.assumption).toMatch(/only mentions/);
  });
});

describe('the 2026–2029 agreement: Rantasalmi (000)', () => {
  it('records HYSIVLTK 29.09.2025 § 85 proposing, then KHALL 03.11.2025 § 331 approving electronically', () => {
    const agreement = byId('etela-savo-2026-2029');
    expect(agreement.decisions.map((d) => [d.partyId, d.body.abbreviation, d.date, d.section, d.outcome])).toEqual([
      ['rantasalmi', 'HYSIVLTK', '2025-09-29', 85, 'proposed'],
      ['rantasalmi', 'KHALL', '2025-11-03', 331, 'approved'],
    ]);
    expect(agreement.decisions[1]).toMatchObject({ caseNumber: '441/00.04.02/2025', electronic: true });
  });

  it('names the kinds of party 000 lists, every municipality and the county as parties, the list partial', () => {
    const agreement = byId('etela-savo-2026-2029');
    expect(agreement.partyList).toBe('partial');
    expect(agreement.partyKinds).toEqual(['municipality', 'wellbeing-county', 'parish', 'association']);
    const municipalities = parties.filter((p) => p.kind === 'municipality').map((p) => p.id);
    expect(municipalities).toHaveLength(12);
    expect([...agreement.parties].sort()).toEqual([...municipalities, 'eloisa'].sort());
    // Only Rantasalmi and the county are named by 000; the others are an assumption the row states.
    expect(agreement.source.assumption).toMatch(/11 municipalities/);
  });

  it('rests on the wellbeing plan (linked in 002) and the action plan, with the 06-30 notice deadline', () => {
    const agreement = byId('etela-savo-2026-2029');
    expect(agreement.backgroundDocuments.map((d) => d.title.fi)).toEqual([
      'Etelä-Savon lasten ja nuorten hyvinvointisuunnitelma 2026–2029',
      'Etelä-Savon perhekeskustoiminnan toimintasuunnitelma 2026–2029',
    ]);
    expect(agreement.backgroundDocuments[0]?.url).toBe(
      'https://eloisa.ims.fi/spring/public/b3cb6028-f62a-4d31-8e30-dfa35c02f118/fi',
    );
    expect(agreement.termination).toEqual({ kind: 'year-end', deadline: '06-30' });
    expect(agreement.period).toEqual({ start: '2026-01-01', end: '2029-12-31' });
  });
});

describe('all agreements', () => {
  it('record no signature the seeds do not show', () => {
    expect(agreements.flatMap((a) => a.signatures)).toEqual([]);
  });

  it('are listed in period order', () => {
    expect(agreements.map((a) => a.id)).toEqual([
      'etela-savo-2022-2023',
      'etela-savo-2023-2024',
      'etela-savo-2024-2025',
      'etela-savo-2026-2029',
    ]);
  });
});
