// Storybook for the widgets: stories sit beside the components, autodocs come from the
// custom-elements.json that `npm run build` generates from the class docblocks.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';
import { compactHtmlTemplates } from '../scripts/compact-html-templates.mjs';

const manifest = fileURLToPath(new URL('../dist/custom-elements.json', import.meta.url));

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../src/components/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Every build would otherwise wait on the closed network to report usage (toolchain.md).
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // preview.ts imports the manifest; without this check Vite would only say that it cannot resolve it.
    // Checked here rather than on load, so that telemetry is already off when Storybook reports the error.
    if (!existsSync(manifest)) {
      throw new Error(
        'packages/widgets/dist/custom-elements.json is missing; Storybook builds its docs from it. Build the widgets first: npm run build -w @perhekeskus/widgets',
      );
    }
    return mergeConfig(viteConfig, {
      // The same resolution as scripts/build.mjs: core from its TypeScript source, no stale dist.
      resolve: { conditions: ['@perhekeskus/source', ...defaultClientConditions] },
      // The same template compaction as the build, so stories show what ships; stories themselves are left as written.
      plugins: [compactHtmlTemplates({ include: /\/src\/components\/.+(?<!\.test|\.stories)\.ts$/ })],
      // Only Storybook's own docs and preview bundles pass Vite's 500 kB advice (the widgets are measured by
      // size-limit); and a quiet build lists no chunks.
      logLevel: 'warn',
      build: { chunkSizeWarningLimit: 1200, reportCompressedSize: false },
    });
  },
};

export default config;
