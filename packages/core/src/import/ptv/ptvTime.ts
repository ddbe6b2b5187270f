/** A PTV clock time read as minutes after midnight, with whether seconds had to be dropped. */
export interface PtvTime {
  /** 0–1440; 1440 is `24:00`, the end of the day. */
  readonly minutes: number;
  /** True when the source had non-zero seconds, which `LocalTime` (`HH:mm`) cannot hold. */
  readonly truncated: boolean;
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/**
 * Reads a PTV opening time: `HH:mm:ss` as PTV writes it, or `HH:mm`; `24:00` means the end of the day.
 *
 * @param value - the source time
 * @returns the minutes after midnight, or `undefined` when the value is not a clock time
 * @example
 * ptvTime('09:30:00'); // { minutes: 570, truncated: false }
 * ptvTime('16:00:30'); // { minutes: 960, truncated: true }
 * ptvTime('25:00'); // undefined
 */
export function ptvTime(value: string): PtvTime | undefined {
  const match = TIME.exec(value.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = Number(match[3] ?? 0);
  if (minutes > 59 || seconds > 59) return undefined;
  if (hours > 24 || (hours === 24 && (minutes > 0 || seconds > 0))) return undefined;
  return { minutes: hours * 60 + minutes, truncated: seconds > 0 };
}

/**
 * Formats minutes after midnight (0–1439) as our `LocalTime`, `HH:mm`.
 *
 * @param minutes - minutes after midnight
 * @returns e.g. `09:30`
 * @example
 * formatPtvMinutes(570); // '09:30'
 */
export function formatPtvMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
