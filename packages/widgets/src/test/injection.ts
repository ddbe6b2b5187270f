/**
 * Resolves once an `<img src=x onerror=…>` that the component under test might have injected would
 * have run its handler: a probe image with the same address, put into the page the same way, has
 * had its `error` event. XSS tests wait for this instead of a fixed time, which a slow machine can
 * outrun.
 */
export function injectedMarkupSettled(): Promise<void> {
  const probe = document.createElement('div');
  probe.hidden = true;
  probe.innerHTML = '<img src="x" alt="">';
  const image = probe.querySelector('img')!;
  return new Promise<void>((resolve) => {
    image.addEventListener('error', () => resolve(), { once: true });
    image.addEventListener('load', () => resolve(), { once: true });
    document.body.append(probe);
  }).finally(() => probe.remove());
}
