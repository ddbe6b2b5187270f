import * as z from 'zod/mini';

/**
 * Internal: zod validation that never overflows the call stack, whatever the input's size. Zod gathers
 * a property's issues with `issues.push(...childIssues)`, one argument per issue, so a list of 150,000
 * wrong values threw "Maximum call stack size exceeded" instead of saying what is wrong (issue 14).
 */

/** The most items a list may have to be checked item by item; no list of the model comes near it. */
export const MAX_LIST_ITEMS = 10_000;

type Key = string | number;

/** A list longer than {@link MAX_LIST_ITEMS}: where it is and how many items it has. */
export interface LongList {
  readonly keys: readonly Key[];
  readonly count: number;
}

/**
 * Internal: the lists in `value` longer than `max`, in document order, found with an explicit stack
 * (no recursion, so any depth is fine), and how many values it holds. The items of a long list are
 * counted, not visited.
 */
export function longLists(value: unknown, max: number = MAX_LIST_ITEMS): { lists: LongList[]; size: number } {
  const lists: LongList[] = [];
  let size = 0;
  // Each container once: a page may hand a widget a value with cycles.
  const seen = new Set<unknown>();
  // Each node knows its parent, so a path is built for a long list only: linear at any depth.
  type Node = [value: unknown, key?: Key, parent?: Node];
  const stack: Node[] = [[value]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const v = top[0];
    size++;
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v) && v.length > max) {
      const keys: Key[] = [];
      for (let at: Node | undefined = top; at?.[2] !== undefined; at = at[2]) keys.push(at[1] as Key);
      lists.push({ keys: keys.reverse(), count: v.length });
      size += v.length;
    } else {
      for (const [key, child] of Object.entries(v).reverse())
        stack.push([child, Array.isArray(v) ? Number(key) : key, top]);
    }
  }
  return { lists, size };
}

/** A copy of `value` with each long list emptied; only the containers on the way to one are copied. */
function withoutLists(value: unknown, lists: readonly LongList[]): unknown {
  type Container = Record<Key, unknown>;
  const copies = new Map<unknown, Container>();
  const copy = (v: unknown): Container => {
    const c = copies.get(v) ?? ((Array.isArray(v) ? v.slice() : { ...(v as object) }) as Container);
    copies.set(v, c);
    return c;
  };
  const root = copy(value);
  for (const { keys } of lists) {
    if (keys.length === 0) return [];
    let original = value as Container;
    let target = root;
    keys.forEach((key, i) => {
      if (i === keys.length - 1) {
        target[key] = [];
        return;
      }
      original = original[key] as Container;
      target[key] = copy(original);
      target = target[key] as Container;
    });
  }
  return root;
}

/** Zod's own issue, for a check of its own. */
const issue = (path: Key[], params: Record<string, string>) =>
  ({ code: 'custom', path, message: params['rule'], input: undefined, params }) as z.core.$ZodIssue;

/** The stack ran out: V8's and Safari's RangeError, Firefox's InternalError. */
const isOverflow = (error: unknown): boolean =>
  error instanceof RangeError || (error instanceof Error && error.name === 'InternalError');

/** What {@link boundedSafeParse} gives: the parsed value, or the issues. */
export type BoundedResult<T> = { success: true; data: T } | { success: false; issues: z.core.$ZodIssue[] };

/**
 * Internal: `z.safeParse` for input of any size. Zod runs first, as ever; only when it runs out of
 * stack (zod gathers a property's issues in one call, so 150,000 wrong values in one list are too
 * many) is the value checked again with every list longer than `max` left out: such a list is one
 * `too-many-items` issue (`params.expected` the bound, `params.received` the count) and the rest of
 * the value is still checked. Should zod run out of stack even then (hundreds of thousands of problems
 * in short lists), the value is one `too-many-issues` issue instead of a crash.
 *
 * @param schema - the zod schema
 * @param value - untrusted input
 * @param max - the most items a list may have when zod runs out of stack
 * @returns the parsed value, or zod's issues with the issues of this check
 * @example
 * const result = boundedSafeParse(z.object({ a: z.array(z.string()) }), { a: Array(150_000).fill(1) });
 * // { success: false, issues: [{ code: 'custom', path: ['a'],
 * //   params: { rule: 'too-many-items', expected: '10000', received: '150000' }, … }] }
 */
export function boundedSafeParse<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  max: number = MAX_LIST_ITEMS,
): BoundedResult<z.core.output<S>> {
  let walk: ReturnType<typeof longLists>;
  try {
    const result = z.safeParse(schema, value);
    return result.success ? result : { success: false, issues: result.error.issues };
  } catch (error) {
    walk = longLists(value, max);
    // On a small value, a RangeError is a bug to show as it is.
    if (!isOverflow(error) || walk.size < max) throw error;
  }
  const { lists } = walk;
  let result: ReturnType<typeof z.safeParse<S>>;
  try {
    result = z.safeParse(schema, lists.length === 0 ? value : withoutLists(value, lists));
  } catch (error) {
    if (!isOverflow(error)) throw error;
    return { success: false, issues: [issue([], { rule: 'too-many-issues' })] };
  }
  // An emptied list may be too short for its schema: that is not a problem of the data.
  const inside = (path: readonly PropertyKey[]) =>
    lists.some(({ keys }) => keys.length <= path.length && keys.every((key, i) => path[i] === key));
  const kept = result.success ? [] : result.error.issues.filter((i) => !inside(i.path));
  const long = lists.map(({ keys, count }) =>
    issue([...keys], { rule: 'too-many-items', expected: String(max), received: String(count) }),
  );
  if (lists.length === 0 && result.success) return result;
  return { success: false, issues: [...long, ...kept] };
}
