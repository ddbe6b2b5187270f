import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ContentLanguage, LocalizedText } from '../../model/common.js';
import { runs } from '../../test/runs.js';
import { htmlToText, readLinkedText } from './linkedEventText.js';

describe('htmlToText', () => {
  it('turns paragraphs into blank-line-separated text and decodes entities (the documented example)', () => {
    expect(htmlToText('<p>Perhekahvila <b>joka</b> tiistai.</p><p>Tervetuloa &amp; ota kaveri mukaan!</p>')).toBe(
      'Perhekahvila joka tiistai.\n\nTervetuloa & ota kaveri mukaan!',
    );
  });

  it('writes line breaks and list items, and collapses the source whitespace of HTML', () => {
    expect(htmlToText('<p>Ota mukaan:</p>\n  <ul><li>eväät</li><li>sisäkengät</li></ul>Rivi<br/>toinen')).toBe(
      'Ota mukaan:\n\n- eväät\n- sisäkengät\n\nRivi\ntoinen',
    );
  });

  it('drops script and style content and every tag, leaving hostile markup as inert text', () => {
    expect(htmlToText('<p>Hei<script>alert(1)</script><style>p{}</style></p><img src=x onerror=alert(1)>')).toBe('Hei');
    expect(htmlToText('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toBe('<script>alert(1)</script>');
  });

  it('decodes numeric entities and Finnish letters, and leaves unknown or impossible ones as written', () => {
    expect(htmlToText('<p>P&auml;iv&#228;koti &#xE4; &euro; &nbsp;x</p>')).toBe('Päiväkoti ä € x');
    expect(htmlToText('<p>&foo; &#xD800; &#0;</p>')).toBe('&foo; &#xD800; &#0;');
  });

  it('keeps the line breaks of plain text, which has no tags', () => {
    expect(htmlToText('Ensimmäinen rivi\r\nToinen rivi\n\n\n\nKolmas   rivi  ')).toBe(
      'Ensimmäinen rivi\nToinen rivi\n\nKolmas rivi',
    );
    expect(htmlToText('1 < 2 ja 3 > 2')).toBe('1 < 2 ja 3 > 2');
  });

  it('stays fast on input made to trouble regular expressions', () => {
    const hostile = `${'<a'.repeat(20_000)}${' '.repeat(20_000)}x${'&#'.repeat(10_000)}`;
    const started = performance.now();
    expect(htmlToText(hostile).endsWith('&#')).toBe(true);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('readLinkedText', () => {
  it('keeps Swedish and Sámi without Finnish and reports other languages (the documented example)', () => {
    expect(readLinkedText({ sv: 'Babycafé', fi: '', se: 'Mánáidgáfe', ru: 'Кафе' }, 'name')).toEqual({
      text: { sv: 'Babycafé', se: 'Mánáidgáfe' },
      found: ['sv', 'se'],
      values: { sv: 'Babycafé', se: 'Mánáidgáfe' },
      issues: [
        {
          field: 'name.ru',
          code: 'unsupported-language',
          message:
            'The Russian text is not kept: entries carry Finnish, Swedish, English and the Sámi languages (se, smn, sms) only',
          skipped: false,
          value: 'ru',
        },
      ],
    });
  });

  it('keeps all six languages, Finnish with Sámi ones among them', () => {
    const value = { sms: 'e', smn: 'd', se: 'c', en: 'b', sv: 'å', fi: 'a' };
    const read = readLinkedText(value, 'name');
    expect(read.text).toEqual({ fi: 'a', sv: 'å', en: 'b', se: 'c', smn: 'd', sms: 'e' });
    expect(read.found).toEqual(['fi', 'sv', 'en', 'se', 'smn', 'sms']);
    expect(readLinkedText({ fi: 'Anár', se: 'Anár' }, 'name').text).toEqual({ fi: 'Anár', se: 'Anár' });
  });

  it('gives no text without Finnish or Swedish, but says which carried languages there were', () => {
    const read = readLinkedText({ en: 'Family café', se: 'Bearašgáfe', fi: '   ', sv: '', ar: null }, 'name');
    expect(read.text).toBeUndefined();
    expect(read.found).toEqual(['en', 'se']);
    expect(read.values).toEqual({ en: 'Family café', se: 'Bearašgáfe' });
    expect(read.issues).toEqual([]);
  });

  it('reports every other language with text, under its own path', () => {
    const read = readLinkedText(
      { fi: 'a', zh_hans: '家庭', ar: 'عائلة', ru: 'Семья', se: 'Bearaš' },
      'offers[0].price',
    );
    expect(read.issues.map((i) => i.field)).toEqual([
      'offers[0].price.zh_hans',
      'offers[0].price.ar',
      'offers[0].price.ru',
    ]);
    expect(read.issues[0]?.message).toContain('Chinese (simplified)');
    expect(read.text).toEqual({ fi: 'a', se: 'Bearaš' });
  });

  it('makes names one line, and descriptions text from HTML', () => {
    expect(readLinkedText({ fi: '  Perhe-\n  kahvila ' }, 'name').text).toEqual({ fi: 'Perhe- kahvila' });
    expect(readLinkedText({ fi: '<p>A</p><p>B</p>' }, 'description', true).text).toEqual({ fi: 'A\n\nB' });
  });

  it('never lets a language key touch the prototype of the text it builds', () => {
    const value = JSON.parse('{"fi":"A","__proto__":"x","constructor":"y"}') as Record<string, string>;
    const read = readLinkedText(value, 'name');
    expect(read.text).toEqual({ fi: 'A' });
    expect(Object.getPrototypeOf(read.text)).toBe(Object.prototype);
    expect(read.issues.map((i) => i.field)).toEqual(['name.__proto__', 'name.constructor']);
  });

  it('reads nothing from null or undefined', () => {
    expect(readLinkedText(null, 'name')).toEqual({ found: [], values: {}, issues: [] });
    expect(readLinkedText(undefined, 'name')).toEqual({ found: [], values: {}, issues: [] });
  });
});

describe('readLinkedText: properties', () => {
  const carried: readonly string[] = ContentLanguage.options;
  const value = fc.dictionary(
    fc.constantFrom('fi', 'sv', 'en', 'se', 'smn', 'sms', 'ru', 'ar', 'x.y'),
    fc.oneof(fc.string({ maxLength: 8 }), fc.constant(null)),
    { maxKeys: 9 },
  );

  it('keeps every carried language with text, gives a valid text exactly when Finnish or Swedish is among them, and reports every other language with text', () => {
    fc.assert(
      fc.property(value, (text) => {
        const read = readLinkedText(text, 'name');
        const withText = Object.entries(text).filter(([, v]) => typeof v === 'string' && v.trim() !== '');
        const kept = withText.filter(([language]) => carried.includes(language)).map(([language]) => language);
        expect(read.found).toEqual(ContentLanguage.options.filter((language) => kept.includes(language)));
        expect(read.issues.map((issue) => issue.value)).toEqual(
          withText.filter(([language]) => !carried.includes(language)).map(([language]) => language),
        );
        const national = kept.includes('fi') || kept.includes('sv');
        expect(read.text === undefined).toBe(!national);
        if (read.text) {
          expect(Object.keys(read.text)).toEqual(read.found);
          expect(z.safeParse(LocalizedText, read.text).success).toBe(true);
        }
      }),
      { numRuns: runs(300) },
    );
  });
});
