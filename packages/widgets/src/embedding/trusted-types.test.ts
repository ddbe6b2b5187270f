import { afterEach, describe, expect, it, vi } from 'vitest';

/** Opens `/__pk__/csp-page` (all three widgets and the embed) under `policy` in an iframe. */
async function pageUnder(policy: string): Promise<Window & { __errors: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '800px';
  frame.src = `/__pk__/csp-page?policy=${encodeURIComponent(policy)}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Window & { __errors: string[] };
}

const rendered = (win: Window, tag: string, selector: string) =>
  win.document.querySelector(tag)?.shadowRoot?.querySelector(selector) ?? null;

afterEach(() => document.body.replaceChildren());

describe('the embed under Trusted Types', () => {
  it('renders every widget under the README’s policy, which allows Lit’s policy “lit-html”', async () => {
    const win = await pageUnder("require-trusted-types-for 'script'; trusted-types lit-html");
    await vi.waitFor(
      () => {
        expect(rendered(win, 'pk-meeting-place-finder', '[part~="result"]')).not.toBeNull();
        expect(rendered(win, 'pk-calendar', '[part~="event"]')).not.toBeNull();
        expect(rendered(win, 'pk-year-clock', '.arc')).not.toBeNull();
      },
      { timeout: 20_000, interval: 50 },
    );
    expect(win.__errors).toEqual([]);
  });

  it('says in the console that Trusted Types blocked Lit’s policy, and which name to allow', async () => {
    const win = await pageUnder("require-trusted-types-for 'script'; trusted-types other-policy");
    await vi.waitFor(() => expect(win.__errors).toHaveLength(3), { timeout: 20_000, interval: 50 });
    for (const message of win.__errors) {
      expect(message).toContain('Trusted Types');
      expect(message).toContain("Trusted Types blocked Lit's policy");
      expect(message).toContain('trusted-types lit-html');
      expect(message).not.toContain('embed folder');
    }
  });
});
