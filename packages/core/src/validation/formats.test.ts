import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { FORMAT_PATTERNS, formatCodeOf, matches, type PatternFormatCode } from './formats.js';
import { formatIssueCodes } from './issueCodes.js';

/** The zod issue of a value that fails a check. */
function failure(schema: z.ZodMiniType, value: unknown) {
  const result = z.safeParse(schema, value);
  if (result.success) throw new Error('expected a failure');
  return result.error.issues[0]!;
}

describe('formats', () => {
  it('keeps the TSDoc example of formatCodeOf true', () => {
    expect(
      formatCodeOf({ code: 'invalid_format', format: 'regex', pattern: '/^\\d{3}$/', path: [], message: '' } as never),
    ).toBe('invalid-municipality-code');
  });

  it('knows every pattern of the table back from its failure, and each pattern belongs to one format code', () => {
    const codes = Object.keys(FORMAT_PATTERNS) as PatternFormatCode[];
    expect(new Set(codes.map((code) => String(FORMAT_PATTERNS[code].pattern))).size).toBe(codes.length);
    for (const code of codes) {
      expect(formatIssueCodes).toContain(code);
      const issue = failure(z.string().check(matches(code)), '\u0000 not it');
      expect(issue.code).toBe('invalid_format');
      expect(formatCodeOf(issue as never), code).toBe(code);
    }
  });

  it('checks with the table’s pattern (the TSDoc example of matches)', () => {
    const Id = z.string().check(matches('invalid-id'));
    expect(z.safeParse(Id, 'perhekahvila-juva').success).toBe(true);
    expect(z.safeParse(Id, 'Perhekahvila Juva').success).toBe(false);
  });

  it('knows zod’s own url and email formats, and nothing else', () => {
    expect(formatCodeOf(failure(z.url(), 'juva.fi') as never)).toBe('invalid-url');
    expect(formatCodeOf(failure(z.email(), 'juva') as never)).toBe('invalid-email');
    expect(formatCodeOf(failure(z.uuid(), 'x') as never)).toBeUndefined();
    expect(formatCodeOf(failure(z.string().check(z.regex(/^x$/)), 'y') as never)).toBeUndefined();
  });
});
