import { describe, expect, it } from 'vitest';
import { linkedEventOffers } from './linkedEventOffers.js';

describe('linkedEventOffers', () => {
  it('keeps free, the prose price and one address (documented example)', () => {
    expect(
      linkedEventOffers([
        {
          is_free: false,
          price: { fi: '5 € / perhe', en: '5 € per family' },
          info_url: { fi: 'https://liput.example.fi/' },
        },
      ]),
    ).toEqual({
      offers: [{ free: false, price: { fi: '5 € / perhe', en: '5 € per family' }, url: 'https://liput.example.fi/' }],
      issues: [],
    });
  });

  it('keeps a free offer whose texts are blank, as the API writes it, and drops an offer that says nothing', () => {
    expect(
      linkedEventOffers([
        { is_free: true, price: { fi: '', sv: '', en: '' }, info_url: null, description: { fi: '' } },
        { is_free: null, price: { fi: ' ' } },
      ]),
    ).toEqual({ offers: [{ free: true }], issues: [] });
  });

  it('turns an HTML description into text and reports what an offer cannot hold', () => {
    const result = linkedEventOffers([
      {
        is_free: false,
        price: { en: '€8', se: '8 €' },
        description: { fi: '<p>Liput myös ovelta.</p>' },
        offer_price_groups: [{ price_group: 2, price: '8.00' }],
        currency: 'EUR',
      },
    ]);
    expect(result.offers).toEqual([{ free: false, description: { fi: 'Liput myös ovelta.' } }]);
    expect(result.issues.map((i) => [i.field, i.code])).toEqual([
      ['offers[0].price', 'missing-national-language'],
      ['offers[0].offer_price_groups', 'unmapped-field'],
      ['offers[0].currency', 'unknown-field'],
    ]);
  });

  it('keeps a price in Swedish alone', () => {
    expect(linkedEventOffers([{ price: { sv: '5 € / familj', smn: '5 € / perruu' } }])).toEqual({
      offers: [{ price: { sv: '5 € / familj', smn: '5 € / perruu' } }],
      issues: [],
    });
  });

  it('reads nothing from null', () => {
    expect(linkedEventOffers(null)).toEqual({ offers: [], issues: [] });
  });
});
