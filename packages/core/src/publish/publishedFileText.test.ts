import { describe, expect, it } from 'vitest';
import { publishedFileText } from './publishedFileText.js';

describe('publishedFileText', () => {
  it('writes JSON indented with a final newline', () => {
    expect(publishedFileText({ path: 'places.json', data: { places: [] } })).toBe('{\n  "places": []\n}\n');
    // A JSON file whose value is a string is still JSON.
    expect(publishedFileText({ path: 'x.json', data: '<p>' })).toBe('"<p>"\n');
  });

  it('writes an HTML fragment or the stylesheet as its text', () => {
    expect(publishedFileText({ path: 'html/fi/places.html', data: '<section>…</section>\n' })).toBe(
      '<section>…</section>\n',
    );
    expect(publishedFileText({ path: 'html/perhekeskus-fragments.css', data: '.pk-fragment {}\n' })).toBe(
      '.pk-fragment {}\n',
    );
  });
});
