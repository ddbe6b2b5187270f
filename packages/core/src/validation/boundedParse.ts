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

/** A node of the walk: the value, its key and its parent, so a path is only built for a long list. */
interface Node {
  readonly value: unknown;
  readonly key?: Key;
  readonly parent?: Node;
}

function keysOf(node: Node): Key[] {
  const keys: Key[] = [];
  for (let at: Node | undefined = node; at?.key !== undefined; at = at.parent) keys.push(at.key);
  return keys.reverse();
}

/**
 * Internal: the lists in `value` longer than `max`, in document order, found with an explicit stack
 * (no recursion, so any depth is fine). The items of a long list are not visited.
 */
export function longLists(value: unknown, max: number = MAX_LIST_ITEMS): LongList[] {
  const found: LongList[] = [];
  const seen = new Set<object>();
  const stack: Node[] = [{ value }];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const v = node.value;
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      if (v.length > max) {
        found.push({ keys: keysOf(node), count: v.length });
        continue;
      }
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: i, parent: node });
    } else {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        stack.push({ value: (v as Record<string, unknown>)[key], key, parent: node });
      }
    }
  }
  return found;
}

/** A copy of `value` with each long list emptied; only the containers on the way to one are copied. */
function withoutLists(value: unknown, lists: readonly LongList[]): unknown {
  const copies = new Map<object, Record<Key, unknown>>();
  const copy = (v: object): Record<Key, unknown> => {
    let c = copies.get(v);
    if (c === undefined) {
      c = (Array.isArray(v) ? v.slice() : { ...v }) as Record<Key, unknown>;
      copies.set(v, c);
    }
    return c;
  };
  if (lists.some((list) => list.keys.length === 0)) return [];
  const root = copy(value as object);
  for (const { keys } of lists) {
    let original = value as Record<Key, unknown>;
    let target = root;
    for (const key of keys.slice(0, -1)) {
      original = original[key] as Record<Key, unknown>;
      const child = copy(original);
      target[key] = child;
      target = child;
    }
    target[keys[keys.length - 1] as Key] = [];
  }
  return root;
}

/** Zod's way of saying that the stack ran out: V8's and Safari's RangeError, Firefox's InternalError. */
function isStackOverflow(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'InternalError') return true;
  return error instanceof RangeError && /call stack|too many arguments|recursion/i.test(error.message);
}

function issue(keys: readonly Key[], rule: string, message: string, params: Record<string, string> = {}) {
  return { code: 'custom', path: [...keys], message, input: undefined, params: { rule, ...params } } as z.core.$ZodIssue;
}

/** What {@link boundedSafeParse} gives: the parsed value, or the issues. */
export type BoundedResult<T> = { success: true; data: T } | { success: false; issues: z.core.$ZodIssue[] };

/**
 * Internal: `z.safeParse` for input of any size. A list longer than `max` is not handed to zod: it is
 * one `too-many-items` issue (`params.expected` the bound, `params.received` the count) and the rest of
 * the value is still checked. Should zod still run out of stack (a value with hundreds of thousands of
 * problems in short lists), the value is one `too-many-issues` issue instead of a crash.
 *
 * @param schema - the zod schema
 * @param value - untrusted input
 * @param max - the most items a list may have
 * @returns the parsed value, or zod's issues with the issues of this check
 * @example
 * boundedSafeParse(z.array(z.string()), Array(20_000).fill(1)).issues?.[0]?.params;
 * // { rule: 'too-many-items', expected: '10000', received: '20000' }
 */
export function boundedSafeParse<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  max: number = MAX_LIST_ITEMS,
): BoundedResult<z.core.output<S>> {
  const lists = longLists(value, max);
  const checked = lists.length === 0 ? value : withoutLists(value, lists);
  let result: ReturnType<typeof z.safeParse<S>>;
  try {
    result = z.safeParse(schema, checked);
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    return { success: false, issues: [issue([], 'too-many-issues', 'Too many problems to list')] };
  }
  if (lists.length === 0) return result.success ? result : { success: false, issues: result.error.issues };
  // An emptied list may be too short for its schema: that is not a problem of the data.
  const inside = (path: readonly PropertyKey[]) =>
    lists.some(({ keys }) => keys.length <= path.length && keys.every((key, i) => path[i] === key));
  const kept = result.success ? [] : result.error.issues.filter((i) => !inside(i.path));
  const long = lists.map(({ keys, count }) =>
    issue(keys, 'too-many-items', `Too many items: ${count} (at most ${max})`, {
      expected: String(max),
      received: String(count),
    }),
  );
  return { success: false, issues: [...long, ...kept] };
}
