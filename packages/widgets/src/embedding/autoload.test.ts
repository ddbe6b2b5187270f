import { afterEach, describe, expect, it } from 'vitest';
import { autoload } from './autoload.js';

let counter = 0;
const uniqueTag = () => `pk-autoload-test-${++counter}`;
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const stop of cleanups.splice(0)) stop();
  document.body.replaceChildren();
});

/** A loader that defines `tag` and counts its calls. */
function countingLoader(tag: string) {
  const loader = async () => {
    loader.calls++;
    customElements.define(tag, class extends HTMLElement {});
  };
  loader.calls = 0;
  return loader;
}

describe('autoload', () => {
  it('loads a tag already in the page once and the element upgrades', async () => {
    const tag = uniqueTag();
    document.body.innerHTML = `<${tag}></${tag}><${tag}></${tag}>`;
    const load = countingLoader(tag);
    cleanups.push(autoload({ [tag]: load }));
    await customElements.whenDefined(tag);
    expect(load.calls).toBe(1);
    expect(document.querySelector(tag)?.matches(':defined')).toBe(true);
  });

  it('does not load a tag the page never uses', async () => {
    const used = uniqueTag();
    const unused = uniqueTag();
    document.body.innerHTML = `<${used}></${used}>`;
    const loadUsed = countingLoader(used);
    const loadUnused = countingLoader(unused);
    cleanups.push(autoload({ [used]: loadUsed, [unused]: loadUnused }));
    await customElements.whenDefined(used);
    expect(loadUnused.calls).toBe(0);
    expect(customElements.get(unused)).toBeUndefined();
  });

  it('loads a tag that a script adds later, nested inside other markup', async () => {
    const tag = uniqueTag();
    const load = countingLoader(tag);
    cleanups.push(autoload({ [tag]: load }));
    expect(load.calls).toBe(0);
    const section = document.createElement('section');
    section.innerHTML = `<div><${tag}></${tag}></div>`;
    document.body.append(section);
    await customElements.whenDefined(tag);
    expect(load.calls).toBe(1);
  });

  it('reports a failed load and still loads the other tags', async () => {
    const broken = uniqueTag();
    const fine = uniqueTag();
    document.body.innerHTML = `<${broken}></${broken}><${fine}></${fine}>`;
    const failures: string[] = [];
    cleanups.push(
      autoload(
        { [broken]: () => Promise.reject(new Error('chunk missing')), [fine]: countingLoader(fine) },
        document,
        (tag) => failures.push(tag),
      ),
    );
    await customElements.whenDefined(fine);
    await Promise.resolve();
    expect(failures).toEqual([broken]);
  });

  it('skips a tag another script has already registered', async () => {
    const tag = uniqueTag();
    customElements.define(tag, class extends HTMLElement {});
    document.body.innerHTML = `<${tag}></${tag}>`;
    const load = countingLoader(tag);
    cleanups.push(autoload({ [tag]: load }));
    expect(load.calls).toBe(0);
  });
});
