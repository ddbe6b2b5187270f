/**
 * Appends every item of a list to another, one at a time. `target.push(...items)` passes each item as
 * an argument of one call, and the call stack gives out at about 120,000 of them: an importer must
 * take an input of any size, and one event may carry as many keywords as a server sends.
 *
 * @param target - the list to append to (changed in place)
 * @param items - the items to append, in order
 * @returns the target, for chaining
 * @example
 * const issues = [a];
 * appendAll(issues, [b, c]); // issues is now [a, b, c]
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
