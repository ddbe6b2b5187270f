import * as z from 'zod/mini';
import { type FieldIssue, fieldIssue, fieldPath } from './linkedEventIssues.js';
import { LinkedEvent } from './linkedEventSchemas.js';
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

/**
 * Checks one item of the input against {@link LinkedEvent} without letting one bad part cost the
 * whole event: each part that does not have the documented shape is left out and reported
 * (`invalid-field`), at the finest level that keeps the rest: one language of a text
 * (`name.ru`), one element of a list (`keywords[2]`), else the whole field. An item without a
 * string `id` gives no event and one `invalid-event` issue.
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
  let current: Record<string, unknown> = item as Record<string, unknown>;
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
