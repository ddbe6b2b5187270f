/**
 * Registers a custom element unless the tag is already taken, so loading the embed script twice (or
 * the embed and the npm package on one page) never throws.
 *
 * @param tag - the element name (`pk-meeting-place-finder`)
 * @param element - the class to register
 * @returns nothing; a second registration of the tag is silently skipped
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, element);
}
