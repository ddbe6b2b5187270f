import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { compactHtmlTemplates } from './scripts/compact-html-templates.mjs';
import { serveFixtures } from './src/test/serve-fixtures.js';

export default defineConfig({
  // Read @perhekeskus/core from its TypeScript source, so the tests need no core build.
  resolve: { conditions: ['@perhekeskus/source', ...defaultClientConditions] },
  // The tests run on the templates as the build ships them.
  plugins: [compactHtmlTemplates(), serveFixtures()],
  test: {
    setupFiles: [
      '../../scripts/vitest-fail-on-console.mjs',
      '../../scripts/vitest-record-timeout.mjs',
      './vitest.setup.ts',
    ],
    reporters: ['default', 'json', '../../scripts/vitest-durations-reporter.mjs'],
    outputFile: { json: 'reports/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.test.ts'],
          // Set in each project: a project does not take testTimeout from the root.
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: chromiumLaunchOptions,
            }),
            instances: [{ browser: 'chromium' }],
            commands: {
              /** Emulates Windows high-contrast mode (`forced-colors: active`) or turns it off again. */
              async emulateForcedColors(ctx, active: boolean) {
                await ctx.page.emulateMedia({ forcedColors: active ? 'active' : 'none' });
              },
              /** Lays the page out for print (`@media print`), as the print preview does. Fires no `beforeprint`. */
              async emulatePrintMedia(ctx) {
                await ctx.page.emulateMedia({ media: 'print' });
              },
              /** Ends `emulatePrintMedia`: the page's media type is the browser's own (screen) again. */
              async resetPrintMedia(ctx) {
                await ctx.page.emulateMedia({ media: null });
              },
            },
          },
        },
      },
      {
        extends: true,
        test: {
          // Build-time scripts (the JSX types' generator) run in Node.
          name: 'node',
          include: ['scripts/**/*.test.mjs'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
    ],
  },
});
