import { describe, expect, it } from 'vitest';
import { LazyPart } from './calendar.lazy.js';

describe('LazyPart', () => {
  it('loads its module once, for every caller, and says so', async () => {
    let imports = 0;
    const part = new LazyPart(async () => {
      imports += 1;
      return { answer: 42 };
    });
    expect(part.state).toBeUndefined();
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect(a).toEqual({ answer: 42 });
    expect(b).toBe(a);
    expect(await part.load()).toBe(a);
    expect(imports).toBe(1);
    expect(part.state).toBe(a);
  });

  it('reports a failed load, and loads again when asked again', async () => {
    let fail = true;
    const part = new LazyPart(async () => {
      if (fail) throw new TypeError('Failed to fetch dynamically imported module');
      return { ok: true };
    });
    expect(await part.load()).toBeUndefined();
    expect(part.failed).toBe(true);
    expect(part.state).toBe('failed');
    fail = false;
    const again = part.load();
    // Loading again: no longer failed while it loads.
    expect(part.state).toBeUndefined();
    expect(await again).toEqual({ ok: true });
    expect(part.failed).toBe(false);
  });
});
