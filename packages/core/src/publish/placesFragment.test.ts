import { describe, expect, it } from 'vitest';
import { etelaSavo } from '../etela-savo.js';
import { ValidationError } from '../validation/parseInput.js';
import { placesFile } from './placesFile.js';
import { placesFragment } from './placesFragment.js';
import type { PublishedPlaces } from './publishedSchemas.js';

const file = placesFile(etelaSavo);

/** The JSON-LD blocks of a fragment, parsed. */
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));

/** A copy of the file whose first place has a name, address and activity that try to be markup. */
function hostile(): PublishedPlaces {
  const copy = structuredClone(file);
  const place = copy.places[0]!;
  place.name = { fi: 'Kahvila <img src=x onerror=alert(1)> & "Ankka"', sv: 'Café </script><script>alert(1)</script>' };
  place.activities = (copy.places.find((p) => p.activities.length > 0)?.activities ?? []).slice(0, 1).map((a) => ({
    ...a,
    name: { fi: '<b>Leikki</b>' },
  }));
  return copy;
}

describe('placesFragment', () => {
  it('lists every place with its name, municipality, activities in words and its Place JSON-LD', () => {
    const html = placesFragment(file, { locale: 'fi' });
    expect(html.startsWith('<section class="pk-fragment pk-places" lang="fi">\n<h2>Kohtaamispaikat</h2>')).toBe(true);
    expect(html.endsWith('</section>\n')).toBe(true);
    expect(html.match(/<li class="pk-place">/g)).toHaveLength(file.places.length);
    const ld = jsonLd(html);
    expect(ld).toHaveLength(file.places.length);
    expect(ld.map((place) => place['@type'])).toEqual(file.places.map(() => 'Place'));
    expect(ld[0].name).toBe(file.places[0]!.name.fi);
    expect(html).toContain('<dt>Kunta</dt>');
    expect(html).toMatch(/(maanantaisin|tiistaisin|keskiviikkoisin|torstaisin|perjantaisin) klo \d+\.\d\d–\d+\.\d\d/);
  });

  it('marks example places and the fragment of an example region', () => {
    const examples = file.places.filter((p) => p.example).length;
    const html = placesFragment(file, { locale: 'fi' });
    expect(html.match(/<span class="pk-example">\(Esimerkki\)<\/span>/g)?.length ?? 0).toBe(examples);
    expect(placesFragment({ ...file, places: [] }, { locale: 'en', example: true })).toContain(
      '<p class="pk-example-note">Example data',
    );
  });

  it('puts the heading at the level asked and the places one below', () => {
    const html = placesFragment(file, { locale: 'sv', headingLevel: 3 });
    expect(html).toContain('<h3>Mötesplatser</h3>');
    expect(html).toContain('<h4>');
    expect(html).not.toContain('<h2>');
    expect(placesFragment(file, { locale: 'en', headingLevel: 6 })).not.toContain('<h7>');
  });

  it('marks a text in another language with lang', () => {
    const copy = structuredClone(file);
    copy.places[0]!.name = { sv: 'Familjecafé' };
    expect(placesFragment(copy, { locale: 'fi' })).toContain('<span lang="sv">Familjecafé</span>');
  });

  it('never lets data become markup, not even inside the JSON-LD', () => {
    const html = placesFragment(hostile(), { locale: 'fi' });
    expect(html).toContain('Kahvila &lt;img src=x onerror=alert(1)&gt; &amp; &quot;Ankka&quot;');
    expect(html).toContain('&lt;b&gt;Leikki&lt;/b&gt;');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    const sv = placesFragment(hostile(), { locale: 'sv' });
    // One script element per place: the name's </script> did not close one.
    expect(sv.match(/<script/g)).toHaveLength(file.places.length);
    expect(jsonLd(sv)[0].name).toBe('Café </script><script>alert(1)</script>');
  });

  it('is the same for the same input, and refuses invalid options', () => {
    expect(placesFragment(file, { locale: 'fi' })).toBe(placesFragment(structuredClone(file), { locale: 'fi' }));
    expect(() => placesFragment(file, { locale: 'de' as 'fi' })).toThrow(ValidationError);
    expect(() => placesFragment(file, { locale: 'fi', headingLevel: 1 })).toThrow(ValidationError);
  });
});
