/**
 * `html/perhekeskus-fragments.css`: the small stylesheet of the published HTML fragments. It uses
 * the page's own fonts and colours (only `currentColor` and system colours), sets no fixed widths
 * (the year clock's table scrolls inside its box on a narrow screen), marks example data with a
 * border as well as a colour, and in forced colours (Windows high contrast) leaves the colours to
 * the system. A CMS links it once; each rule is scoped to `.pk-fragment`.
 *
 * @example
 * files.push({ path: 'html/perhekeskus-fragments.css', text: FRAGMENT_STYLESHEET });
 */
export const FRAGMENT_STYLESHEET = `/* Perhekeskus HTML fragments (perhekeskus publish): readable without JavaScript. */
.pk-fragment {
  display: block;
  max-inline-size: 100%;
  line-height: 1.5;
}
.pk-fragment .pk-list {
  list-style: none;
  margin: 0;
  padding: 0;
}
.pk-fragment .pk-list > li {
  margin-block: 0 1rem;
  padding-block-end: 1rem;
  border-block-end: 1px solid color-mix(in srgb, currentColor 25%, transparent);
}
.pk-fragment .pk-agenda > li {
  margin-block-end: 0.25rem;
  padding-block-end: 0.25rem;
}
.pk-fragment dl {
  display: grid;
  grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
  gap: 0.25rem 1rem;
  margin: 0.5rem 0 0;
}
.pk-fragment dt {
  font-weight: bold;
}
.pk-fragment dd {
  margin: 0;
}
.pk-fragment dd ul,
.pk-fragment td ul {
  margin: 0;
  padding-inline-start: 1.25rem;
}
.pk-fragment .pk-example,
.pk-fragment .pk-example-note {
  border: 1px solid currentColor;
  border-radius: 0.25rem;
  padding-inline: 0.25rem;
  background: #fff4cc;
  color: #4a3700;
}
.pk-fragment .pk-example-note {
  padding: 0.5rem;
}
.pk-fragment .pk-table-wrap {
  overflow-x: auto;
}
.pk-fragment table {
  border-collapse: collapse;
  inline-size: 100%;
}
.pk-fragment caption {
  text-align: start;
  font-weight: bold;
  padding-block-end: 0.5rem;
}
.pk-fragment th,
.pk-fragment td {
  border: 1px solid color-mix(in srgb, currentColor 35%, transparent);
  padding: 0.375rem 0.5rem;
  text-align: start;
  vertical-align: top;
}
@media (forced-colors: active) {
  .pk-fragment .pk-example,
  .pk-fragment .pk-example-note {
    background: Canvas;
    color: CanvasText;
    border-color: CanvasText;
  }
  .pk-fragment th,
  .pk-fragment td,
  .pk-fragment .pk-list > li {
    border-color: CanvasText;
  }
}
@media print {
  .pk-fragment .pk-table-wrap {
    overflow: visible;
  }
}
`;
