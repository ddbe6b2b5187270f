/**
 * Loads a component's code the first time its tag appears in the document — in the HTML, or added
 * later by a CMS or a page script. A page pays only for the widgets it shows.
 */

/** A tag and how to load the module that registers it. */
export type ComponentLoaders = Record<string, () => Promise<unknown>>;

/**
 * Watches `root` for the given tags and runs each tag's loader once, on the tag's first appearance.
 * Elements already in the page upgrade when their tag is defined, so nothing is lost while loading.
 * Tags inside other components' shadow roots are not seen: pages that build their own components
 * import the npm modules instead.
 *
 * @param loaders - tag name → a function importing the module that registers the tag
 * @param root - the document (or a subtree) to watch; the current document by default
 * @param onError - told when a loader fails (a missing chunk file); the other tags keep loading
 * @returns a function that stops watching
 * @example
 * autoload({ 'pk-calendar': () => import('./calendar.js') }); // loads calendar.js once a <pk-calendar> exists
 */
export function autoload(
  loaders: ComponentLoaders,
  root: Document | Element = document,
  onError: (tag: string, error: unknown) => void = reportLoadError,
): () => void {
  const pending = new Map(Object.entries(loaders));
  const scan = (node: Document | Element) => {
    for (const [tag, load] of pending) {
      if ((node instanceof Element && node.localName === tag) || node.querySelector(tag)) {
        pending.delete(tag);
        if (!customElements.get(tag)) load().catch((error: unknown) => onError(tag, error));
      }
    }
    if (pending.size === 0) observer.disconnect();
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
      if (pending.size === 0) return;
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  scan(root);
  return () => observer.disconnect();
}

/**
 * A failed chunk is a deployment error (a chunk file not copied), or a page policy: a page whose
 * Content-Security-Policy requires Trusted Types (`require-trusted-types-for 'script'`) without
 * allowing Lit's policy makes Lit's `trustedTypes.createPolicy('lit-html')` throw while the module
 * loads. The console is where a web team looks; it names the policy to allow.
 */
function reportLoadError(tag: string, error: unknown): void {
  console.error(
    `perhekeskus: could not load <${tag}>; ${
      /lit-html/.test(error as string) // test() reads the error as text
        ? `Trusted Types blocked Lit's policy: allow trusted-types lit-html`
        : 'is the whole embed folder on the server?'
    }`,
    error,
  );
}
