// custom-elements.json is generated from the components' class docblocks, so docs cannot drift.
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
            if (declaration.members) {
              declaration.members = declaration.members.filter(
                (member) => member.privacy !== 'private' && member.privacy !== 'protected',
              );
            }
          }
        }
      },
    },
  ],
};
