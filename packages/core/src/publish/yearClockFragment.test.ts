import { describe, expect, it } from 'vitest';
import { etelaSavo } from '../etela-savo.js';
import { yearClockFile } from './yearClockFile.js';
import { yearClockFragment } from './yearClockFragment.js';

const clock = yearClockFile(etelaSavo.yearClocks[0]!, etelaSavo.groups);
const rows = clock.rings.reduce((sum, ring) => sum + ring.entries.length, 0);

describe('yearClockFragment', () => {
  it('is the year clock as a table: title, months, ring and topics, a row for each entry', () => {
    const html = yearClockFragment(clock, { locale: 'fi', headingLevel: 3 });
    expect(html.startsWith(`<section class="pk-fragment pk-year-clock" lang="fi">\n<h3>${clock.name.fi}</h3>`)).toBe(
      true,
    );
    expect(html).toContain(`<caption>${clock.name.fi} taulukkona</caption>`);
    expect(html).toContain('<th scope="col">Kuukaudet</th>');
    expect(html.match(/<th scope="row">/g)).toHaveLength(rows);
    const first = clock.rings[0]!.entries[0]!;
    expect(html).toContain(first.title.fi);
    expect(html).toMatch(/<td>[A-ZÄÖ][a-zäö]+kuu(–[a-zäö]+kuu)?<\/td>/);
  });

  it('escapes the data and names months in the fragment language', () => {
    const copy = structuredClone(clock);
    copy.rings[0]!.entries[0]!.title = { fi: '<script>x</script>' };
    copy.rings[0]!.entries[0]!.window = { from: 11, to: 2 };
    const html = yearClockFragment(copy, { locale: 'sv' });
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).not.toContain('<script');
    expect(html).toContain('<td>November–februari</td>');
  });

  it('says so above an example region’s table', () => {
    expect(yearClockFragment(clock, { locale: 'en', example: true })).toContain(
      '<p class="pk-example-note">Example data',
    );
    expect(yearClockFragment(clock, { locale: 'en' })).not.toContain('pk-example-note');
  });
});
