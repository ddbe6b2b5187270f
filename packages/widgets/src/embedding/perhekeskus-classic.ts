/**
 * `dist/embed/perhekeskus.iife.js`, for a CMS that strips `type="module"`: a classic script that
 * loads the module embed beside it. Classic scripts may use `import()`; the URL comes from the
 * script's own `src`, so the folder can live anywhere.
 */
const script = document.currentScript as HTMLScriptElement | null;
if (script?.src) {
  import(/* @vite-ignore */ new URL('perhekeskus.js', script.src).href).catch((error: unknown) => {
    console.error('perhekeskus: could not load perhekeskus.js beside perhekeskus.iife.js', error);
  });
}
