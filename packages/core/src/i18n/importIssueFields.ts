// Internal: what the importer-issue sentences of every language read from an issue's source field.

/** `in_language[1]` holds a language id, not a text in some language. */
export const isLanguageList = (field: string): boolean => field.startsWith('in_language');

/**
 * `location` and `location.name` (Linked Events): a place's texts in another language stand in its
 * Finnish or Swedish text as proper names, rather than being left out.
 */
export const isPlaceText = (field: string): boolean => field === 'location' || field === 'location.name';

/** The Linked Events `include` value that gives a reference-only field its names. */
export const includeFor = (field: string): string =>
  ['keywords', 'audience', 'location'].includes(field) ? field : 'keywords';
