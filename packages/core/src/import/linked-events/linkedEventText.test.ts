import { describe, expect, it } from 'vitest';
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
  it('keeps fi, sv and en and reports other languages (the documented example)', () => {
    expect(readLinkedText({ fi: 'Vauvakahvila', sv: '', ru: 'Кафе' }, 'name')).toEqual({
      text: { fi: 'Vauvakahvila' },
      found: ['fi'],
      values: { fi: 'Vauvakahvila' },
      issues: [
        {
          field: 'name.ru',
          code: 'unsupported-language',
          message: 'The Russian text is not kept: entries carry Finnish, Swedish and English only',
          skipped: false,
          value: 'ru',
        },
      ],
    });
  });

  it('gives no text without Finnish, but says which carried languages there were', () => {
    const read = readLinkedText({ sv: 'Familjecafé', en: 'Family café', fi: '   ', ar: null }, 'name');
    expect(read.text).toBeUndefined();
    expect(read.found).toEqual(['sv', 'en']);
    expect(read.values).toEqual({ sv: 'Familjecafé', en: 'Family café' });
    expect(read.issues).toEqual([]);
  });

  it('reports every other language with text, under its own path', () => {
    const read = readLinkedText({ fi: 'a', zh_hans: '家庭', ar: 'عائلة', se: 'Bearašgáfe' }, 'offers[0].price');
    expect(read.issues.map((i) => i.field)).toEqual([
      'offers[0].price.zh_hans',
      'offers[0].price.ar',
      'offers[0].price.se',
    ]);
    expect(read.issues[0]?.message).toContain('Chinese (simplified)');
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
