// The month grid's keys (the WAI-ARIA date grid pattern): arrows by day and week, Home and End to
// Monday and Sunday, Page Up and Page Down by month, with Shift by year; Enter and Space choose.
// Also the dialog's pointer rule: a click on its backdrop closes it.

/** How a key moves the focused day, or `choose` for Enter and Space; undefined for other keys. */
export type GridKey = { days?: number; weeks?: number; months?: number } | 'choose';

/** ISO weekday of a date, 1 = Monday … 7 = Sunday. */
function isoWeekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/**
 * What a key does in the month grid.
 *
 * @param event - the key event (`key` and `shiftKey`)
 * @param date - the focused day, `YYYY-MM-DD`
 * @returns the shift for core's `shiftDate`, `choose`, or undefined
 * @example
 * gridKey({ key: 'End', shiftKey: false }, '2026-03-10'); // { days: 5 } (to Sunday 15 March)
 */
export function gridKey(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>, date: string): GridKey | undefined {
  const year = event.shiftKey ? 12 : 1;
  switch (event.key) {
    case 'ArrowLeft':
      return { days: -1 };
    case 'ArrowRight':
      return { days: 1 };
    case 'ArrowUp':
      return { weeks: -1 };
    case 'ArrowDown':
      return { weeks: 1 };
    case 'Home':
      return { days: 1 - isoWeekday(date) };
    case 'End':
      return { days: 7 - isoWeekday(date) };
    case 'PageUp':
      return { months: -year };
    case 'PageDown':
      return { months: year };
    case 'Enter':
    case ' ':
      return 'choose';
    default:
      return undefined;
  }
}

/**
 * A click on a modal dialog's backdrop (outside its box) closes it, as a user expects of a modal.
 *
 * @param event - a click whose `currentTarget` is the `<dialog>`
 */
export function closeOnBackdrop(event: MouseEvent): void {
  const dialog = event.currentTarget as HTMLDialogElement;
  if (event.target !== dialog) return;
  const box = dialog.getBoundingClientRect();
  const { clientX: x, clientY: y } = event;
  if (x < box.left || x > box.right || y < box.top || y > box.bottom) dialog.close();
}
