/** Playwright launch options for the machine's Chromium (see the .mjs). */
export const chromiumLaunchOptions: { executablePath: string; args: string[] };

/** Serves `files` by URL path and `page` as HTML for every other path (see the .mjs). */
export function serveStatic(
  files: Record<string, string | Uint8Array>,
  page: string,
): Promise<{ url: string; close: () => void }>;
