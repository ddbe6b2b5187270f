// custom-elements.json is generated from the components' class docblocks, so docs cannot drift.
// An attribute with fixed values keeps `string` (or `number`) as its TypeScript type, since markup can
// hold anything and the component reports a wrong value; its docblock's `@type {'month' | 'week'}`
// gives the manifest, and so the JSX types (scripts/jsx-types.mjs), the values it accepts.
export default {
  globs: ['src/components/**/*.component.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: true,
  plugins: [
    {
      // Private and protected members are implementation details, not API: keep them out of the docs.
      name: 'pk-public-members-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const hidden = new Set(
              (declaration.members ?? [])
                .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
                .map((member) => member.name),
            );
            if (declaration.members) declaration.members = declaration.members.filter((m) => !hidden.has(m.name));
            // Internal state sits in the static `properties` map with `state: true`, which the analyzer
            // would list as attributes.
            if (declaration.attributes) {
              declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
            }
          }
        }
      },
    },
  ],
};
