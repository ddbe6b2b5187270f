/**
 * Storybook helper for the loading stories: a `src` URL that never answers. No server can be told to
 * stall from a static Storybook, so `stallFetch` wraps `window.fetch` for this one URL (honest note:
 * a real slow server shows the same state).
 */
export const PENDING_SRC = 'pk-storybook/never-answers.json';

/** A story `beforeEach`: requests for {@link PENDING_SRC} never settle until aborted; returns the cleanup. */
export function stallFetch(): () => void {
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.endsWith(PENDING_SRC)) return realFetch(input, init);
    return new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
    });
  };
  return () => {
    window.fetch = realFetch;
  };
}
