import * as z from 'zod/mini';
import { type FieldIssue, fieldIssue, fieldPath } from './linkedEventIssues.js';
import {
  LinkedEvent,
  LinkedEventKeyword,
  LinkedEventLanguage,
  LinkedEventOffer,
  LinkedEventReference,
} from './linkedEventSchemas.js';
import { issueLogText } from '../../validation/parseInput.js';

/** What {@link parseLinkedEvent} made of an item. */
export interface ParsedLinkedEvent {
  /** The event, with every part that did not fit the documented shape left out; absent when even the id is unusable. */
  event?: LinkedEvent;
  /** One `invalid-field` issue per part left out, or one `invalid-event` issue when there is no event. */
  issues: FieldIssue[];
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** A shallow copy that keeps every own key, `__proto__` included, as data. */
function copy(value: Container): Container {
  return Array.isArray(value) ? [...value] : Object.fromEntries(Object.entries(value));
}

/** The lists of an event, each with the schema of its elements. */
const LISTS = {
  keywords: LinkedEventKeyword,
  audience: LinkedEventKeyword,
  in_language: LinkedEventLanguage,
  sub_events: LinkedEventReference,
  offers: LinkedEventOffer,
} as const;

/**
 * A list longer than this is checked one element at a time before the event's schema sees it: zod
 * gathers the issues of an object's field with `push(...issues)`, which overflows the call stack when
 * a list has some 100,000 bad elements. Shorter lists keep the single pass and the order of its issues.
 */
const LONG_LIST = 1_000;

/**
 * The item with the bad elements of its long lists left out, one `invalid-field` issue for each (the
 * same issue the schema's pass gives: the element's first problem), or the item itself when no list is long.
 */
function withoutBadElements(item: Readonly<Record<string, unknown>>, issues: FieldIssue[]): Record<string, unknown> {
  const long = Object.entries(LISTS).filter(([key]) => {
    const list = Object.hasOwn(item, key) ? item[key] : undefined;
    return Array.isArray(list) && list.length > LONG_LIST;
  });
  if (long.length === 0) return item as Record<string, unknown>;
  const next = copy(item as Record<string, unknown>) as Record<string, unknown>;
  for (const [key, schema] of long) {
    const kept: unknown[] = [];
    for (const [index, element] of (item[key] as unknown[]).entries()) {
      const result = z.safeParse(schema, element);
      if (result.success) kept.push(element);
      else {
        const problem = result.error.issues[0];
        const why = problem === undefined ? 'not valid' : issueLogText(problem);
        issues.push(fieldIssue(fieldPath(key, index), 'invalid-field', `Left out: ${why}`));
      }
    }
    next[key] = kept;
  }
  return next;
}

/**
 * Checks one item of the input against {@link LinkedEvent} without letting one bad part cost the
 * whole event: each part that does not have the documented shape is left out and reported
 * (`invalid-field`), at the finest level that keeps the rest: one language of a text
 * (`name.ru`), one element of a list (`keywords[2]`), else the whole field. An item without a
 * string `id` gives no event and one `invalid-event` issue. Lists of any length are taken (see `LONG_LIST`).
 *
 * @param item - one object of the input's `data` (or array)
 * @returns the event and the issues
 * @example
 * parseLinkedEvent({ id: 'helsinki:1', name: { fi: 'Vauvakahvila', ru: 5 }, keywords: [{ '@id': 'https://…/keyword/yso:p4354/' }, 7] });
 * // { event: { id: 'helsinki:1', name: { fi: 'Vauvakahvila' }, keywords: [{ '@id': … }] },
 * //   issues: [{ field: 'name.ru', code: 'invalid-field', … }, { field: 'keywords[1]', code: 'invalid-field', … }] }
 */
export function parseLinkedEvent(item: Readonly<Record<string, unknown>>): ParsedLinkedEvent {
  const issues: FieldIssue[] = [];
  let current = withoutBadElements(item, issues);
  for (let round = 0; round < 4; round++) {
    const result = z.safeParse(LinkedEvent, current);
    if (result.success) return { event: result.data, issues };
    if (round === 3) break;
    const next = copy(current) as Record<string, unknown>;
    const copied = new Map<string, Container>();
    const drops = new Map<string, Set<number>>();
    for (const problem of result.error.issues) {
      const [top, second] = problem.path;
      if (typeof top !== 'string' || top === 'id') {
        const message = `The item has no usable id (${issueLogText(problem)}), so it cannot be told apart from other events`;
        return { issues: [fieldIssue('id', 'invalid-event', message, true)] };
      }
      if (!Object.hasOwn(next, top)) continue;
      const container = next[top];
      // The finest cut in the first rounds; whole fields after that, so the loop always ends.
      if (round < 2 && second !== undefined && typeof second !== 'symbol' && isContainer(container)) {
        if (Array.isArray(container) && typeof second === 'number') {
          const set = drops.get(top) ?? new Set<number>();
          if (!set.has(second))
            issues.push(fieldIssue(fieldPath(top, second), 'invalid-field', `Left out: ${issueLogText(problem)}`));
          set.add(second);
          drops.set(top, set);
          continue;
        }
        if (!Array.isArray(container)) {
          const key = String(second);
          const target = (copied.get(top) ?? copy(container)) as Record<string, unknown>;
          copied.set(top, target);
          if (Object.hasOwn(target, key)) {
            delete target[key];
            issues.push(fieldIssue(fieldPath(top, key), 'invalid-field', `Left out: ${issueLogText(problem)}`));
          }
          next[top] = target;
          continue;
        }
      }
      delete next[top];
      issues.push(fieldIssue(fieldPath('', top), 'invalid-field', `Left out: ${issueLogText(problem)}`));
    }
    for (const [top, indices] of drops) {
      const list = next[top];
      if (Array.isArray(list)) next[top] = list.filter((_, index) => !indices.has(index));
    }
    current = next;
  }
  const message = 'The item does not have the shape of a Linked Events event';
  return { issues: [fieldIssue('', 'invalid-event', message, true)] };
}
