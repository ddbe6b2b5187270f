/**
 * WCAG 2.1 contrast: relative luminance and contrast ratio of sRGB colours written as `#rgb` or
 * `#rrggbb` (what `<input type="color">` gives), and the minimum ratios of success criteria 1.4.3
 * (text, AA) and 1.4.11 (user-interface components and graphics).
 */

/** WCAG 2.1 AA minimum for normal-size text (1.4.3). */
export const TEXT_MIN_RATIO = 4.5;

/** WCAG 2.1 AA minimum for user-interface components and graphical objects (1.4.11). */
export const NON_TEXT_MIN_RATIO = 3;

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * Reads a hex colour into its red, green and blue channels.
 *
 * @param colour - `#rgb` or `#rrggbb`, any case
 * @returns the channels, 0–255
 * @throws Error naming the value when it is not a hex colour
 * @example
 * parseHexColour('#0af'); // [0, 170, 255]
 */
export function parseHexColour(colour: string): [number, number, number] {
  if (!HEX.test(colour)) throw new Error(`Not a hex colour (#rgb or #rrggbb): ${JSON.stringify(colour)}`);
  const hex =
    colour.length === 4
      ? colour
          .slice(1)
          .split('')
          .map((c) => c + c)
          .join('')
      : colour.slice(1);
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/**
 * The relative luminance of an sRGB colour as WCAG 2.1 defines it (0 black … 1 white).
 *
 * @param colour - `#rgb` or `#rrggbb`
 * @returns the luminance
 * @example
 * relativeLuminance('#ffffff'); // 1
 */
export function relativeLuminance(colour: string): number {
  const [r, g, b] = parseHexColour(colour).map((channel) => {
    const c = channel / 255;
    // WCAG 2.1 writes 0.03928; the sRGB standard's 0.04045 gives the same result for 8-bit channels.
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The contrast ratio of two colours, the same in either order: 1 (no contrast) to 21 (black on white).
 *
 * @param a - one colour, `#rgb` or `#rrggbb`
 * @param b - the other colour
 * @returns the ratio, unrounded
 * @example
 * contrastRatio('#777777', '#ffffff'); // 4.478…
 */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * A ratio as people read it, rounded down to two decimals so that a failing 4.499 never shows as
 * a passing "4.50".
 *
 * @param ratio - a contrast ratio
 * @param locale - the number format's language (`fi` writes a decimal comma)
 * @returns e.g. `4,47:1`
 * @example
 * formatRatio(4.4783, 'fi'); // '4,47:1'
 */
export function formatRatio(ratio: number, locale = 'fi'): string {
  const floored = Math.floor(ratio * 100) / 100;
  const digits = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${digits.format(floored)}:1`;
}
